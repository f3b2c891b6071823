import type { MessagePrefix } from "#domain/i18n/message-keys.ts";

// The shell's messages (header, footer, error page), sent by the root loader on every page, and
// with any error thrown before that loader's data exists (a refused form body, a lost database).
export const shellMessages: readonly MessagePrefix[] = [
  "app",
  "shell",
  "nav",
  "footer",
  "error",
  "form.invalid",
  "application.nav",
  "notifications.nav",
  "meetings.title",
  "payments.list.title",
  "reports.nav",
  "manage.nav",
];
