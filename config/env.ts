import path from "node:path";
import { z } from "zod";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy.ts";

// Every environment variable the app reads, parsed once at boot. A bad value stops the app with one
// line that names the variable, instead of failing later in some request.
const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Barents Bridge <no-reply@barents-bridge.local>"),
  DEMO_MODE: booleanish.default(true),
  // The demo accounts log in like everyone else: their password meets the policy's length.
  DEMO_PASSWORD: z.string().min(15, "must be at least 15 characters").default("barents-demo-2026"),
  // Synthetic projects (labelled as such) put in the public catalogue of a new demo database.
  DEMO_PROJECTS: z.coerce.number().int().min(0).max(200_000).default(1500),
  // Failed logins in 15 minutes before the account, or the client address, is blocked for 15
  // minutes (ADR 0015). An address is shared by a school or an office: its limit is higher.
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_ADDRESS_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(100),
  // The proxies that may tell the app who the client is (config/trust-proxy.ts); unset: none.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx): TrustProxy => {
      const parsed = parseTrustProxy(value);
      if (typeof parsed === "object" && !Array.isArray(parsed)) {
        ctx.addIssue({ code: "custom", message: parsed.refused });
        return z.NEVER;
      }
      return parsed;
    }),
  JOBS: booleanish.default(true),
  // Attachments live as files, outside the database (default: DATA_DIR/attachments).
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(10 * 1024 * 1024),
});

export type Config = z.infer<typeof envSchema> & {
  authSecret: string;
  baseUrl: string;
  demo: boolean;
  attachmentsDir: string;
};

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    throw new ConfigError(`Invalid environment variable ${name}: ${issue.message}`);
  }
  const c = result.data;
  if (c.NODE_ENV === "production" && !c.AUTH_SECRET) {
    throw new ConfigError("Invalid environment variable AUTH_SECRET: required when NODE_ENV=production");
  }
  if (c.NODE_ENV === "production" && !c.PUBLIC_URL) {
    throw new ConfigError("Invalid environment variable PUBLIC_URL: required when NODE_ENV=production");
  }
  const baseUrl = (c.PUBLIC_URL ?? `http://${c.HOST === "0.0.0.0" ? "localhost" : c.HOST}:${c.PORT}`).replace(
    /\/$/,
    "",
  );
  return {
    ...c,
    // Outside production a fixed development secret keeps sessions valid across restarts.
    authSecret: c.AUTH_SECRET ?? "barents-bridge-development-secret-not-for-production",
    baseUrl,
    // Demo data never enters a production database.
    demo: c.DEMO_MODE && c.NODE_ENV !== "production",
    attachmentsDir: c.ATTACHMENTS_DIR ?? path.join(c.DATA_DIR, "attachments"),
  };
}
