import type { MessagePrefix } from "#domain/i18n/message-keys.ts";
import { formKitMessages } from "../form-kit.tsx";

// The messages both final-report pages show (the grantee's and the adviser's): the report, the
// payments it leads to, and the form's own.
export const finalReportMessages = [
  "finalReport",
  "payments.error",
  "payments.link",
  "payments.list.heading",
  "payments.page",
  "account.name.noMarkup",
  ...formKitMessages,
] as const satisfies readonly MessagePrefix[];
