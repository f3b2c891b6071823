import crypto from "node:crypto";

// The invitation link carries a random token; only its SHA-256 is stored, so a copy of the database
// (a backup, an administrator's query) cannot be turned into working invitation links.

export function createInvitationToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens we made are 43 characters of base64url; anything else is not looked up at all. */
export function isPlausibleToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
