import { defineMessages } from "../define-messages.ts";

// The application form, the applicant's list of applications, submission and the status page.
export default defineMessages({
  nb: {
    "application.step.project": "Prosjektet",
    "application.step.applicant": "Søker og kontaktperson",
    "application.step.partners": "Partnere",
    "application.step.activities": "Aktivitetsplan",
    "application.step.budget": "Budsjett",
    "application.step.financing": "Finansieringsplan",
    "application.step.attachments": "Vedlegg",
    "application.step.review": "Kontroll og innsending",
    "application.steps": "Søknadens steg",
    "application.stepState.problem": "må rettes",
    "application.stepState.done": "utfylt",
  },
  en: {
    "application.step.project": "The project",
    "application.step.applicant": "Applicant and contact person",
    "application.step.partners": "Partners",
    "application.step.activities": "Activity plan",
    "application.step.budget": "Budget",
    "application.step.financing": "Financing plan",
    "application.step.attachments": "Attachments",
    "application.step.review": "Review and submit",
    "application.steps": "Steps of the application",
    "application.stepState.problem": "needs fixing",
    "application.stepState.done": "filled in",
  },
  ru: {
    "application.step.project": "Проект",
    "application.step.applicant": "Заявитель и контактное лицо",
    "application.step.partners": "Партнёры",
    "application.step.activities": "План мероприятий",
    "application.step.budget": "Бюджет",
    "application.step.financing": "План финансирования",
    "application.step.attachments": "Приложения",
    "application.step.review": "Проверка и отправка",
    "application.steps": "Этапы заявки",
    "application.stepState.problem": "нужно исправить",
    "application.stepState.done": "заполнено",
  },
});
