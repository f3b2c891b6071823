import { defineMessages } from "../define-messages.ts";

// Messages of the meetings area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
