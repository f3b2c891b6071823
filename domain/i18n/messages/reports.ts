import { defineMessages } from "../define-messages.ts";

// Messages of the reports area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
