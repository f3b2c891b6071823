import { defineMessages } from "../define-messages.ts";

// Messages of the notifications area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
