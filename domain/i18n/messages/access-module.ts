import { defineMessages } from "../define-messages.ts";

// Why the access rules refuse (domain/access/case-access.ts), for every refusal the other message
// sets do not already name ("case.refused.*" in cases.ts), and what an adviser without an office sees.
export default defineMessages({
  nb: {
    "case.refused.no-tie": "Du har ikke tilgang til denne søknaden.",
    "case.refused.not-sent": "Søknaden er ikke sendt ennå.",
    "case.refused.no-office": "Du er ikke knyttet til et kontor, og ser derfor ingen saker.",
    "case.refused.not-granted": "Invitasjonen din gir ikke rett til dette.",
    "case.refused.secretariat-case": "Saken er under styrets grense og avgjøres av sekretariatet.",
    "case.refused.wrong-state": "Dette kan ikke gjøres med saken slik den står nå ({state}).",
    "case.refused.section-locked":
      "Dette steget ble ikke åpnet for endring da søknaden ble sendt tilbake. Bare stegene sekretariatet ba om kan endres.",
    "workbench.noOffice":
      "Du er rådgiver uten kontor, og ser derfor ingen saker. En administrator kan knytte deg til et kontor under «Brukere og roller».",
  },
  en: {
    "case.refused.no-tie": "You do not have access to this application.",
    "case.refused.not-sent": "The application has not been sent yet.",
    "case.refused.no-office": "You belong to no office, so you see no cases.",
    "case.refused.not-granted": "Your invitation does not allow this.",
    "case.refused.secretariat-case":
      "The case is below the board's threshold and is decided by the secretariat.",
    "case.refused.wrong-state": "This cannot be done with the case as it stands now ({state}).",
    "case.refused.section-locked":
      "This step was not opened for changes when the application was returned. Only the steps the secretariat asked about can be changed.",
    "workbench.noOffice":
      "You are an adviser without an office, so you see no cases. An administrator can give you an office under “Users and roles”.",
  },
  ru: {
    "case.refused.no-tie": "У вас нет доступа к этой заявке.",
    "case.refused.not-sent": "Заявка ещё не отправлена.",
    "case.refused.no-office": "Вы не прикреплены ни к одному офису, поэтому не видите дел.",
    "case.refused.not-granted": "Ваше приглашение не даёт такого права.",
    "case.refused.secretariat-case": "Сумма ниже порога правления; решение принимает секретариат.",
    "case.refused.wrong-state": "Это нельзя сделать с делом в его текущем состоянии ({state}).",
    "case.refused.section-locked":
      "Этот шаг не был открыт для изменений, когда заявку вернули. Изменить можно только шаги, о которых просил секретариат.",
    "workbench.noOffice":
      "Вы консультант без офиса, поэтому не видите дел. Администратор может прикрепить вас к офису в разделе «Пользователи и роли».",
  },
});
