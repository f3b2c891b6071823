import type { Locale } from "#vocabulary/vocabulary.ts";

// Where the e-mails of this area lead. Absolute addresses: an e-mail has no page to be relative to.

export interface CollaborationMailOptions {
  /** The public address of the app, without a trailing slash (config.baseUrl). */
  baseUrl: string;
  /** SMTP configured: outbox rows are queued for delivery instead of stored (see sendNotification). */
  smtpEnabled: boolean;
}

export function invitationLink(baseUrl: string, locale: Locale, token: string): string {
  return `${baseUrl}/${locale}/application-invitations/${token}`;
}

export function teamPageLink(baseUrl: string, locale: Locale, applicationId: string): string {
  return `${baseUrl}/${locale}/applications/${encodeURIComponent(applicationId)}/team`;
}

export function statusPageLink(baseUrl: string, locale: Locale, applicationId: string): string {
  return `${baseUrl}/${locale}/applications/${encodeURIComponent(applicationId)}/status`;
}
