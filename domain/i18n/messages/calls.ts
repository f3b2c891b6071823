import { defineMessages } from "../define-messages.ts";

// Messages of the calls area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
