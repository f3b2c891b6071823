import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, attachments, calls, members, organizations, programmes, users } from "#db/schema.ts";
import { ensureOffices } from "#domain/offices/ensure-offices.server.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { ApplicationForm } from "../application-form.ts";
import { createApplication } from "../create-application.server.ts";

// Test fixtures: a programme, an open call, an applicant organisation with one member, and a draft
// whose form meets every rule (the eligibility engine's own fixture, typed into the form).

function isoDay(moment: Date, plusDays: number): string {
  return new Date(moment.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

/** A complete form: NOK 100,000 total, 70,000 (exactly 70 %) requested, balanced. */
export function completeForm(now: Date): ApplicationForm {
  return {
    project: {
      title: { nb: "Joik og sang over grensen" },
      summary: { nb: "Korene i Kirkenes og Murmansk møtes to ganger." },
      cooperation: { nb: "Partnerne planlegger og leder samlingene sammen." },
      priorityArea: "culture-sport",
      startDate: isoDay(now, 30),
      endDate: isoDay(now, 200),
    },
    applicant: {
      contactName: "Kari Nordmann",
      contactEmail: "kari@example.org",
      contactPhone: "+47 912 34 567",
    },
    partners: {
      items: [{ name: "Murmansk Choir", kind: "organisation", country: "RU", region: "ru-murmansk" }],
    },
    activities: {
      items: [
        {
          title: "Samling i Murmansk",
          startDate: isoDay(now, 40),
          endDate: isoDay(now, 42),
          place: "Murmansk",
          participantsApplicant: "10",
          participantsPartner: "10",
        },
      ],
    },
    budget: {
      lines: [
        { category: "travel", description: "Buss Kirkenes-Murmansk", amount: "60 000" },
        { category: "food", description: "Mat", amount: "30000", foodPersons: "20", foodDays: "3" },
      ],
      ownWork: [{ kind: "volunteer", side: "NO", hours: "50" }],
    },
    financing: { requested: "70000", ownFunds: "10000", partnerContributions: "10000", otherSources: "0" },
  };
}

export interface ApplicationFixture {
  programmeId: string;
  callId: string;
  organisationId: string;
  userId: string;
  applicationId: string;
}

let counter = 0;

/** Programme + open call (once per database), and a new organisation, member and complete draft. */
export async function seedApplication(
  db: Db,
  options: { now?: Date; programmeId?: string; callId?: string; complete?: boolean } = {},
): Promise<ApplicationFixture> {
  const now = options.now ?? new Date();
  await ensureOffices(db);
  const programme = programmeSeeds.find((p) => p.id === (options.programmeId ?? "no-ru-regular"))!;
  await db.insert(programmes).values(programme).onConflictDoNothing();
  const callId = options.callId ?? `${programme.id}-continuous`;
  await db
    .insert(calls)
    .values({
      id: callId,
      programmeId: programme.id,
      title: { nb: "Løpende", en: "Continuous", ru: "Постоянный" },
      kind: "continuous",
      opensAt: new Date("2020-01-01T00:00:00Z"),
      closesAt: null,
      budgetNok: 10_000_000,
    })
    .onConflictDoNothing();
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${crypto.randomBytes(3).toString("hex")}`;
  const userId = crypto.randomUUID();
  await db
    .insert(users)
    .values({ id: userId, name: `Kari ${tag}`, email: `kari-${tag}@example.org`, emailVerified: true });
  const organisationId = crypto.randomUUID();
  await db.insert(organizations).values({
    id: organisationId,
    name: `Kor ${tag}`,
    slug: `kor-${tag}`,
    orgNumber: null,
    address: "Storgata 1, 9900 Kirkenes",
    county: "no-finnmark",
  });
  // The organisation number is unique; a valid test number per organisation keeps the rules happy.
  await db
    .update(organizations)
    .set({ orgNumber: validOrgNumber(counter) })
    .where(eq(organizations.id, organisationId));
  await db
    .insert(members)
    .values({ id: crypto.randomUUID(), organizationId: organisationId, userId, role: "owner" });
  const created = await createApplication(db, {
    user: { id: userId, name: `Kari ${tag}`, email: `kari-${tag}@example.org` },
    organisationId,
    callId,
    now,
  });
  if (!created.ok) throw new Error(`fixture: ${created.kind}`);
  if (options.complete !== false) await completeApplication(db, created.value.id, userId, now);
  return { programmeId: programme.id, callId, organisationId, userId, applicationId: created.value.id };
}

/** Fills in every section of a draft and adds the partner letter `userId` uploaded: ready to send. */
export async function completeApplication(db: Db, applicationId: string, userId: string, now: Date) {
  await db
    .update(applications)
    .set({ form: completeForm(now) })
    .where(eq(applications.id, applicationId));
  await db.insert(attachments).values({
    id: crypto.randomUUID(),
    applicationId,
    kind: "partner-letter",
    fileName: "letter.pdf",
    mediaType: "application/pdf",
    sizeBytes: 10,
    sha256: "0".repeat(64),
    storageKey: "00/none",
    uploadedBy: userId,
  });
}

/** A 9-digit number with a valid modulus-11 check digit, different for each n (and unique per process). */
export function validOrgNumber(n: number): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let base = 80_000_000 + ((process.pid * 1000 + n * 7) % 9_000_000); ; base += 1) {
    const digits = String(base).padStart(8, "0").split("").map(Number);
    const sum = digits.reduce((total, digit, index) => total + digit * weights[index]!, 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${digits.join("")}${check === 11 ? 0 : check}`;
  }
}
