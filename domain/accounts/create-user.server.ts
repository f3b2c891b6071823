import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { Queryable } from "#db/connection.ts";
import { accounts, users } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { type Locale, officeRoles, type Role, roles } from "#vocabulary/vocabulary.ts";
import { checkNewPassword, passwordLength, passwordRuleMessage } from "./password-policy.ts";
import { passwordRulesFor } from "./password-rules.server.ts";

// Creating an account outside the sign-up form: the CLI and demo mode. Passwords are hashed the way
// Better Auth verifies them, so these users log in through the same form as everyone else, and
// meet the same password policy (the CLI speaks English).
export const newUserSchema = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((e) => e.toLowerCase()),
    name: z.string().trim().min(1).max(120),
    password: z.string().max(passwordLength.max * 4),
    role: z.enum(roles),
    officeId: z.string().min(1).optional(),
    locale: z.enum(["nb", "en", "ru"]).default("nb"),
    emailVerified: z.boolean().default(true),
  })
  .refine((u) => !officeRoles.includes(u.role) || u.officeId, {
    message: "an adviser belongs to an office: give --office",
    path: ["officeId"],
  })
  .superRefine((u, ctx) => {
    const verdict = checkNewPassword(u.password, u, passwordRulesFor(null));
    if (!verdict.ok) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: passwordRuleMessage(createTranslator("en"), verdict),
      });
    }
  });

export type NewUser = z.input<typeof newUserSchema>;

export class UserExistsError extends Error {}

export async function createUser(
  q: Queryable,
  input: NewUser,
  actor: { id: string | null; label: string },
  /** A hash made earlier by hashPassword, to create many accounts with one password cheaply (demo). */
  passwordHash?: string,
): Promise<{ id: string; email: string; role: Role; locale: Locale }> {
  const user = newUserSchema.parse(input);
  const existing = await q.query.users.findFirst({ where: (u, { eq }) => eq(u.email, user.email) });
  if (existing) throw new UserExistsError("a user with this e-mail address already exists");
  const id = crypto.randomUUID();
  const now = new Date();
  await q.insert(users).values({
    id,
    email: user.email,
    name: user.name,
    role: user.role,
    officeId: user.officeId ?? null,
    locale: user.locale,
    emailVerified: user.emailVerified,
    createdAt: now,
    updatedAt: now,
  });
  await q.insert(accounts).values({
    id: crypto.randomUUID(),
    accountId: id,
    providerId: "credential",
    userId: id,
    password: passwordHash ?? (await hashPassword(user.password)),
    createdAt: now,
    updatedAt: now,
  });
  await recordAuditEntry(q, {
    actor,
    action: "user.create",
    entityType: "user",
    entityId: id,
    after: { role: user.role, officeId: user.officeId ?? null, locale: user.locale },
  });
  return { id, email: user.email, role: user.role, locale: user.locale };
}
