import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkCatalogueFiles, readCatalogueFiles } from "#domain/i18n/check-catalogues.server.ts";
import {
  type MailTemplate,
  type MailTemplateParams,
  mailTemplates,
  renderMail,
} from "#domain/mail/templates.ts";
import { locales } from "#vocabulary/vocabulary.ts";

const link = "https://bridge.example.no/verify?token=abc&user=42";
const pdfLink = "https://bridge.example.no/en/applications/a1/versions/1/pdf";
const samples: { [T in MailTemplate]: MailTemplateParams[T] } = {
  "verify-email": { link },
  "reset-password": { link },
  "organisation-invitation": { organisation: "Pasvik Folkehøgskole", inviter: "Kari Nordmann", link },
  welcome: { name: "Kari Nordmann" },
  "application-invitation": {
    inviterName: "Kari Nordmann",
    organisationName: "Pasvik Folkehøgskole",
    applicationTitle: "Grenseløs kor",
    rights: "read the application",
    link,
    name: "Olga Ivanova",
  },
  "application-received": {
    caseNumber: "2026/00017",
    applicationTitle: "Grenseløs kor",
    programmeName: "Barents project funds",
    submittedAt: "12 Mar 2026, 14:03",
    statusLink: link,
    pdfLink,
  },
  "application-message": { channel: "team", applicationTitle: "Grenseløs kor", link },
  "case-update": { caseNumber: "2026/00017", applicationTitle: "Grenseløs kor", state: "Approved", link },
};

function render<T extends MailTemplate>(locale: (typeof locales)[number], template: T) {
  return renderMail(locale, template, samples[template]);
}

describe("mail templates", () => {
  it("has every mail message in nb, en and ru with the same placeholders", () => {
    const files = readCatalogueFiles(path.resolve(import.meta.dirname, "../i18n/messages"));
    expect(checkCatalogueFiles(files).filter((problem) => problem.includes("/mail.json"))).toEqual([]);
  });

  for (const locale of locales) {
    for (const template of mailTemplates) {
      it(`renders ${template} in ${locale}`, () => {
        const mail = render(locale, template);
        expect(mail.subject.length).toBeGreaterThan(5);
        for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/\{\w+\}/);
        expect(mail.html).toContain(`<html lang="${locale}"`);
        expect(mail.html).toContain(`<title>${mail.subject}</title>`);
        expect(mail.text.startsWith("Barents Bridge\n\n")).toBe(true);
        if (template === "welcome") {
          expect(mail.text).toContain("Kari Nordmann");
          expect(mail.html).toContain("Kari Nordmann");
        } else {
          // Raw in the text, attribute-escaped in the HTML, both as the button and as the fallback.
          expect(mail.text).toContain(link);
          expect(mail.html).toContain(`href="${link.replace("&", "&amp;")}"`);
          expect(mail.html.split(link.replace("&", "&amp;")).length - 1).toBe(3);
          expect(mail.html).not.toContain(link);
        }
      });
    }
  }

  it("speaks each language in its own words", () => {
    expect(render("nb", "verify-email").subject).toBe("Bekreft e-postadressen din");
    expect(render("en", "verify-email").subject).toBe("Please confirm your e-mail address");
    expect(render("ru", "verify-email").subject).toBe("Подтвердите, пожалуйста, адрес электронной почты");
    expect(render("ru", "organisation-invitation").subject).toBe(
      "Приглашение в организацию «Pasvik Folkehøgskole» в Barents Bridge",
    );
    expect(render("en", "organisation-invitation").text).toContain(
      "Kari Nordmann has invited you to join Pasvik Folkehøgskole on Barents Bridge",
    );
    expect(render("nb", "welcome").text).toContain("Hei, Kari Nordmann!");
    expect(renderMail("en", "reset-password", { link, name: "Kari" }).text).toContain("\n\nDear Kari,\n\n");
    expect(renderMail("en", "reset-password", { link, name: undefined }).text).toContain("\n\nHello,\n\n");
  });

  it("escapes names in the HTML, so markup in a name is shown, not run", () => {
    const name = `<script>alert("x")</script> & "Bob's"`;
    const welcome = renderMail("en", "welcome", { name });
    expect(welcome.html).not.toContain("<script>");
    expect(welcome.html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Bob&#39;s&quot;",
    );
    expect(welcome.text).toContain(name);

    const invitation = renderMail("nb", "organisation-invitation", {
      organisation: "<b>Org</b>",
      inviter: name,
      link,
    });
    expect(invitation.html).not.toMatch(/<script|<b>/);
    expect(invitation.html).toContain("&lt;b&gt;Org&lt;/b&gt;");
  });

  it("keeps parameters on one line, so a name cannot add a header to the subject", () => {
    const mail = renderMail("en", "organisation-invitation", {
      organisation: "Evil\r\nBcc: victim@example.com",
      inviter: "Kari",
      link,
    });
    expect(mail.subject).toBe("Invitation to join Evil Bcc: victim@example.com on Barents Bridge");
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it("accepts only web addresses as links", () => {
    expect(() => renderMail("en", "verify-email", { link: "javascript:alert(1)" })).toThrow(/http/);
    expect(() => renderMail("en", "reset-password", { link: "not a url" })).toThrow(/http/);
  });

  it("always has a plain-text alternative with the greeting, sign-off and footer", () => {
    const mail = render("ru", "reset-password");
    expect(mail.text).toMatch(/^Barents Bridge\n\nЗдравствуйте!\n\n/);
    expect(mail.text).toContain("Задать новый пароль:\n");
    expect(mail.text).toContain("С уважением,\nНорвежский Баренцев секретариат");
    expect(mail.text).toContain("-- \nЭто письмо отправлено автоматически");
  });

  it("invites a partner to an application in the partner's language, with the rights in words", () => {
    const mail = renderMail("ru", "application-invitation", {
      ...samples["application-invitation"],
      rights: "просматривать заявку; оставлять комментарии",
    });
    expect(mail.subject).toBe("Приглашение к работе над заявкой «Grenseløs kor»");
    expect(mail.text).toContain("Здравствуйте, Olga Ivanova!");
    expect(mail.text).toContain("Kari Nordmann (Pasvik Folkehøgskole) приглашает вас");
    expect(mail.text).toContain("Приглашение даёт вам право просматривать заявку; оставлять комментарии.");
    expect(mail.text).toContain("Открыть приглашение:\n");
  });

  it("gives the receipt its case number, programme, time and both links", () => {
    const mail = render("en", "application-received");
    expect(mail.subject).toBe("We have received your application 2026/00017");
    expect(mail.text).toContain(
      "We have received the application “Grenseløs kor” to Barents project funds. It was sent on 12 Mar 2026, 14:03.",
    );
    expect(mail.text).toContain(`Follow the application:\n${link}`);
    expect(mail.text).toContain(`A PDF copy of the application as sent: ${pdfLink}`);
    expect(mail.html).toContain(pdfLink);
    expect(() =>
      renderMail("en", "application-received", {
        ...samples["application-received"],
        pdfLink: "javascript:x",
      }),
    ).toThrow(/http/);
  });

  it("announces a new message without its contents, for the team and for the case", () => {
    const team = render("nb", "application-message");
    expect(team.subject).toBe("Ny melding om søknaden «Grenseløs kor»");
    expect(team.text).toContain("Selve meldingen står ikke i denne e-posten.");
    const fromSecretariat = renderMail("en", "application-message", {
      channel: "case",
      caseNumber: "2026/00017",
      applicationTitle: "Grenseløs kor",
      link,
      name: "Kari",
    });
    expect(fromSecretariat.subject).toBe(
      "New message from the Barents Secretariat about application 2026/00017",
    );
    expect(fromSecretariat.text).toContain("Dear Kari,");
    expect(fromSecretariat.text).toContain("Read the message:\n");
    expect(() =>
      renderMail("en", "application-message", { channel: "case", applicationTitle: "x", link }),
    ).toThrow(/caseNumber/);
  });
});
