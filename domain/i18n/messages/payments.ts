import { defineMessages } from "../define-messages.ts";

// Messages of the payments area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
