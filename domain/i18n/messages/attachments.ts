import { defineMessages } from "../define-messages.ts";

// Messages of the attachments area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
