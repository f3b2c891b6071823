import { defineMessages } from "../define-messages.ts";

// Messages of the documents area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
