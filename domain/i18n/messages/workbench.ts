import { defineMessages } from "../define-messages.ts";

// Messages of the workbench area.
export default defineMessages({
  nb: {},
  en: {},
  ru: {},
});
