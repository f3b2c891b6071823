import { extractText, getMeta } from "unpdf";
import { describe, expect, it } from "vitest";
import { type GrantLetterInput, renderGrantLetter } from "./render-grant-letter.server.ts";
import { type RejectionLetterInput, renderRejectionLetter } from "./render-rejection-letter.server.ts";

// The letters are read back with pdf.js (unpdf), as a viewer or a screen reader would read them.

const plain = (text: string) => text.replace(/\s+/g, " ").trim();

async function read(pdf: Buffer) {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return plain(text);
}

const parties = {
  caseNumber: "2026/00042",
  organisationName: "Vardø Korforening",
  projectTitle: "Joik og sang over grensen",
  programmeName: "Norsk-russiske prosjektmidler (ordinære)",
  decidedAt: new Date("2026-03-02T10:00:00Z"),
  decidedBy: "secretariat" as const,
};

function grantLetter(overrides: Partial<GrantLetterInput> = {}): GrantLetterInput {
  return {
    ...parties,
    amount: 65_000,
    conditions: "Begge samlingene må gjennomføres.",
    advanceMaxPercent: 75,
    reportDueOn: "2026-11-30",
    auditorRequired: false,
    auditorAboveGrant: 100_000,
    minOwnFundingPercent: 30,
    acceptedAt: null,
    acceptedByName: null,
    ...overrides,
  };
}

function rejectionLetter(overrides: Partial<RejectionLetterInput> = {}): RejectionLetterInput {
  return {
    ...parties,
    reasons: "Partnerens rolle er uklar.",
    appealDeadline: "2026-03-23",
    appealedAt: null,
    final: false,
    ...overrides,
  };
}

describe("the grant letter", () => {
  it("states the amount, conditions, advance, report deadline and auditor rule, in Norwegian", async () => {
    const pdf = await renderGrantLetter("nb", grantLetter());
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const all = await read(pdf);
    expect(all).toContain("Tilsagnsbrev, sak 2026/00042");
    expect(all).toContain(
      "Norsk-russiske prosjektmidler (ordinære) gir Vardø Korforening tilsagn om 65 000 kr",
    );
    expect(all).toContain("Vilkår Begge samlingene må gjennomføres.");
    expect(all).toContain("Dere kan be om forskudd på opptil 75 % av tilsagnet: 48 750 kr.");
    expect(all).toContain("Frist for sluttrapport 30. november 2026");
    expect(all).toContain("Ikke påkrevd: tilsagnet er ikke over 100 000 kr.");
    expect(all).toContain("Vedtatt av Sekretariatets behandlingsmøte");
    const { info } = await getMeta(new Uint8Array(pdf));
    expect(info.Title).toBe("Tilsagnsbrev, sak 2026/00042");
  });

  it("asks for an auditor above the limit and shows who accepted, in Russian", async () => {
    const all = await read(
      await renderGrantLetter(
        "ru",
        grantLetter({
          amount: 150_000,
          auditorRequired: true,
          decidedBy: "board",
          acceptedAt: new Date("2026-03-05T08:00:00Z"),
          acceptedByName: "Kari Nordmann",
        }),
      ),
    );
    expect(all).toContain("Грантовое письмо, заявка 2026/00042");
    expect(all).toContain("150 000 NOK");
    expect(all).toContain("Требуется: грант превышает 100 000 NOK");
    expect(all).toContain("112 500 NOK");
    expect(all).toContain("Решение приняло Правление");
    expect(all).toContain("Принято в Barents Bridge: Kari Nordmann, 5 марта 2026 г.");
  });
});

describe("the rejection letter", () => {
  it("gives the reasons and says how to appeal to the board within three weeks", async () => {
    const all = await read(await renderRejectionLetter("en", rejectionLetter()));
    expect(all).toContain("Decision on case 2026/00042: rejected");
    expect(all).toContain("Reasons Partnerens rolle er uklar.");
    expect(all).toContain("You may appeal this decision to the board.");
    expect(all).toContain("within three weeks of the decision, by 23 March 2026 at the latest");
  });

  it("says the board's decision on an appeal is final", async () => {
    const all = await read(
      await renderRejectionLetter("nb", rejectionLetter({ final: true, decidedBy: "board" })),
    );
    expect(all).toContain("klagen er avvist");
    expect(all).toContain("Styrets vedtak i klagesaken er endelig og kan ikke påklages.");
    expect(all).not.toContain("Slik klager dere");
  });
});
