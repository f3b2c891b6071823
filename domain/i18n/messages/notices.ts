import { defineMessages } from "../define-messages.ts";

// Notices shown once after a redirect (app/web/answer.server.ts redirectWithNotice), and refusals
// of domain results (domain/result.ts) that had no message of their own.
export default defineMessages({
  nb: {
    "workbench.saved.savedNotice": "Filteret «{name}» er lagret.",
    "workbench.saved.deletedNotice": "Filteret er slettet.",
    "workbench.saved.invalidName": "Skriv et navn på høyst {max} tegn.",
  },
  en: {
    "workbench.saved.savedNotice": "The filter “{name}” is saved.",
    "workbench.saved.deletedNotice": "The filter is deleted.",
    "workbench.saved.invalidName": "Write a name of at most {max} characters.",
  },
  ru: {
    "workbench.saved.savedNotice": "Фильтр «{name}» сохранён.",
    "workbench.saved.deletedNotice": "Фильтр удалён.",
    "workbench.saved.invalidName": "Введите название не длиннее {max} символов.",
  },
});
