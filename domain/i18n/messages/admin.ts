import { defineMessages } from "../define-messages.ts";

export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
