import { defineMessages } from "../define-messages.ts";

// Messages of the collaboration area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
