import { defineMessages } from "../define-messages.ts";

// Account security (issue #13): the password policy, the lockout, the password change.
export default defineMessages({
  nb: {
    "account.password.rules":
      "Minst {min} tegn. Noen ord du husker, fungerer godt. Ikke et kjent passord, og ikke navnet eller e-postadressen din.",
    "account.password.containsEmail": "Passordet kan ikke inneholde e-postadressen din.",
    "account.password.containsName": "Passordet kan ikke inneholde navnet ditt.",
    "account.password.common":
      "Dette passordet er kjent fra lekkede passordlister og er lett å gjette. Velg et annet.",
    "account.password.predictable":
      "Passordet er et mønster som gjentar seg eller går i rekkefølge (som aaaa eller 1234). Velg et som er vanskeligere å gjette.",
    "account.login.blockedAddress": {
      one: "For mange mislykkede innlogginger fra nettverket ditt. Prøv igjen om {count} minutt.",
      other: "For mange mislykkede innlogginger fra nettverket ditt. Prøv igjen om {count} minutter.",
    },
    "account.passwordChange.title": "Endre passord",
    "account.passwordChange.required":
      "Passordet ditt oppfyller ikke lenger reglene våre. Velg et nytt passord for å fortsette.",
    "account.passwordChange.current": "Nåværende passord",
    "account.passwordChange.submit": "Endre passord",
    "account.passwordChange.wrongCurrent": "Det nåværende passordet er feil.",
    "account.passwordChange.done": "Passordet er endret. Andre enheter er logget ut.",
    "account.input.unknownField": "Feltet {field} kan ikke sendes hit.",
  },
  en: {
    "account.password.rules":
      "At least {min} characters. A few words you will remember work well. Not a well-known password, and not your name or e-mail address.",
    "account.password.containsEmail": "The password cannot contain your e-mail address.",
    "account.password.containsName": "The password cannot contain your name.",
    "account.password.common":
      "This password is known from leaked password lists and is easy to guess. Choose another.",
    "account.password.predictable":
      "The password is a repeated or sequential pattern (like aaaa or 1234). Choose one that is harder to guess.",
    "account.login.blockedAddress": {
      one: "Too many failed logins from your network. Try again in {count} minute.",
      other: "Too many failed logins from your network. Try again in {count} minutes.",
    },
    "account.passwordChange.title": "Change password",
    "account.passwordChange.required":
      "Your password no longer meets our rules. Choose a new password to continue.",
    "account.passwordChange.current": "Current password",
    "account.passwordChange.submit": "Change password",
    "account.passwordChange.wrongCurrent": "The current password is wrong.",
    "account.passwordChange.done": "Your password has been changed. Other devices have been logged out.",
    "account.input.unknownField": "The field {field} cannot be sent here.",
  },
  ru: {
    "account.password.rules":
      "Не менее {min} символов. Хорошо подходят несколько слов, которые вы запомните. Не известный всем пароль и не ваше имя или адрес эл. почты.",
    "account.password.containsEmail": "Пароль не может содержать ваш адрес эл. почты.",
    "account.password.containsName": "Пароль не может содержать ваше имя.",
    "account.password.common":
      "Этот пароль известен из утёкших списков паролей, его легко угадать. Выберите другой.",
    "account.password.predictable":
      "Пароль состоит из повторяющихся или идущих подряд символов (например, aaaa или 1234). Выберите пароль, который труднее угадать.",
    "account.login.blockedAddress": {
      one: "Слишком много неудачных попыток входа из вашей сети. Повторите через {count} минуту.",
      few: "Слишком много неудачных попыток входа из вашей сети. Повторите через {count} минуты.",
      many: "Слишком много неудачных попыток входа из вашей сети. Повторите через {count} минут.",
      other: "Слишком много неудачных попыток входа из вашей сети. Повторите через {count} минуты.",
    },
    "account.passwordChange.title": "Смена пароля",
    "account.passwordChange.required":
      "Ваш пароль больше не соответствует нашим правилам. Чтобы продолжить, выберите новый пароль.",
    "account.passwordChange.current": "Текущий пароль",
    "account.passwordChange.submit": "Сменить пароль",
    "account.passwordChange.wrongCurrent": "Текущий пароль указан неверно.",
    "account.passwordChange.done": "Пароль изменён. На других устройствах выполнен выход.",
    "account.input.unknownField": "Поле {field} нельзя отправлять сюда.",
  },
});
