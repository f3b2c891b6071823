import { defineMessages } from "../define-messages.ts";

// E-mails the platform sends. Plain text only: domain/mail escapes everything for the HTML version,
// so a name like "<script>" is shown, never run. Russian addresses the reader with the formal «вы».
export default defineMessages({
  nb: {
    "mail.greeting": "Hei!",
    "mail.greetingName": "Hei, {name}!",
    "mail.signOff": "Vennlig hilsen",
    "mail.signature": "Barentssekretariatet",
    "mail.linkFallback": "Hvis knappen ikke virker, kan du kopiere denne lenken inn i nettleseren:",
    "mail.footer":
      "Denne e-posten er sendt automatisk fra Barents Bridge, og svar til denne adressen blir ikke lest.",
    "mail.verifyEmail.subject": "Bekreft e-postadressen din",
    "mail.verifyEmail.intro":
      "Takk for at du har opprettet en konto i Barents Bridge. Bekreft e-postadressen din for å ta kontoen i bruk.",
    "mail.verifyEmail.action": "Bekreft e-postadressen",
    "mail.verifyEmail.expiry": "Lenken er gyldig i en begrenset periode.",
    "mail.verifyEmail.ignore":
      "Hvis det ikke var du som opprettet kontoen, kan du se bort fra denne e-posten.",
    "mail.resetPassword.subject": "Tilbakestill passordet ditt",
    "mail.resetPassword.intro":
      "Vi har fått en forespørsel om å tilbakestille passordet til kontoen din i Barents Bridge. Du kan velge et nytt passord med lenken nedenfor.",
    "mail.resetPassword.action": "Velg nytt passord",
    "mail.resetPassword.expiry":
      "Av sikkerhetshensyn er lenken bare gyldig en kort stund, og den kan brukes én gang.",
    "mail.resetPassword.ignore":
      "Hvis det ikke var du som ba om dette, kan du se bort fra denne e-posten. Passordet ditt forblir uendret.",
    "mail.organisationInvitation.subject": "Invitasjon til {organisation} i Barents Bridge",
    "mail.organisationInvitation.intro":
      "{inviter} har invitert deg til å bli med i {organisation} i Barents Bridge, der organisasjonen søker om prosjektmidler og følger opp prosjektene sine.",
    "mail.organisationInvitation.action": "Godta invitasjonen",
    "mail.organisationInvitation.account":
      "Har du ikke konto ennå, kan du opprette en når du åpner lenken. Bruk da denne e-postadressen.",
    "mail.organisationInvitation.ignore":
      "Hvis du ikke venter denne invitasjonen, kan du se bort fra e-posten. Ingenting skjer før du godtar den.",
    "mail.welcome.subject": "Velkommen til Barents Bridge",
    "mail.welcome.intro":
      "Kontoen din er klar. I Barents Bridge kan du søke om prosjektmidler til samarbeid over grensen i nord, følge søknadene dine og rapportere fra prosjektene.",
    "mail.welcome.help": "Har du spørsmål, hjelper rådgiverne våre deg gjerne på veien.",
  },
  en: {
    "mail.greeting": "Hello,",
    "mail.greetingName": "Dear {name},",
    "mail.signOff": "Kind regards,",
    "mail.signature": "The Norwegian Barents Secretariat",
    "mail.linkFallback": "If the button does not work, copy this link into your browser:",
    "mail.footer":
      "This e-mail was sent automatically by Barents Bridge. Replies to this address are not read.",
    "mail.verifyEmail.subject": "Please confirm your e-mail address",
    "mail.verifyEmail.intro":
      "Thank you for creating an account on Barents Bridge. Please confirm your e-mail address to start using it.",
    "mail.verifyEmail.action": "Confirm e-mail address",
    "mail.verifyEmail.expiry": "The link is valid for a limited time.",
    "mail.verifyEmail.ignore": "If you did not create this account, you can safely ignore this e-mail.",
    "mail.resetPassword.subject": "Reset your password",
    "mail.resetPassword.intro":
      "We received a request to reset the password for your Barents Bridge account. You can choose a new password using the link below.",
    "mail.resetPassword.action": "Choose a new password",
    "mail.resetPassword.expiry":
      "For your security, the link is valid for a short time only and can be used once.",
    "mail.resetPassword.ignore":
      "If you did not ask for this, you can safely ignore this e-mail. Your password will not be changed.",
    "mail.organisationInvitation.subject": "Invitation to join {organisation} on Barents Bridge",
    "mail.organisationInvitation.intro":
      "{inviter} has invited you to join {organisation} on Barents Bridge, where the organisation applies for project funding and follows up its projects.",
    "mail.organisationInvitation.action": "Accept the invitation",
    "mail.organisationInvitation.account":
      "If you do not have an account yet, you can create one when you open the link. Please use this e-mail address.",
    "mail.organisationInvitation.ignore":
      "If you were not expecting this invitation, you can ignore this e-mail. Nothing happens until you accept it.",
    "mail.welcome.subject": "Welcome to Barents Bridge",
    "mail.welcome.intro":
      "Your account is ready. On Barents Bridge you can apply for funding for cross-border cooperation projects in the North, follow your applications and report on your projects.",
    "mail.welcome.help": "If you have any questions, our advisers will be glad to help you along the way.",
  },
  ru: {
    "mail.greeting": "Здравствуйте!",
    "mail.greetingName": "Здравствуйте, {name}!",
    "mail.signOff": "С уважением,",
    "mail.signature": "Норвежский Баренцев секретариат",
    "mail.linkFallback": "Если кнопка не работает, скопируйте эту ссылку в адресную строку браузера:",
    "mail.footer":
      "Это письмо отправлено автоматически системой Barents Bridge. Пожалуйста, не отвечайте на него.",
    "mail.verifyEmail.subject": "Подтвердите, пожалуйста, адрес электронной почты",
    "mail.verifyEmail.intro":
      "Благодарим вас за регистрацию в Barents Bridge. Чтобы начать работу, подтвердите, пожалуйста, адрес электронной почты.",
    "mail.verifyEmail.action": "Подтвердить адрес",
    "mail.verifyEmail.expiry": "Ссылка действительна в течение ограниченного времени.",
    "mail.verifyEmail.ignore":
      "Если вы не создавали учётную запись, просто не обращайте внимания на это письмо.",
    "mail.resetPassword.subject": "Восстановление пароля",
    "mail.resetPassword.intro":
      "Мы получили запрос на сброс пароля к вашей учётной записи в Barents Bridge. Задать новый пароль можно по ссылке ниже.",
    "mail.resetPassword.action": "Задать новый пароль",
    "mail.resetPassword.expiry":
      "В целях безопасности ссылка действует недолго и может быть использована только один раз.",
    "mail.resetPassword.ignore":
      "Если вы не отправляли такой запрос, просто не обращайте внимания на это письмо: ваш пароль останется прежним.",
    "mail.organisationInvitation.subject": "Приглашение в организацию «{organisation}» в Barents Bridge",
    "mail.organisationInvitation.intro":
      "{inviter} приглашает вас присоединиться к организации «{organisation}» в Barents Bridge — системе, в которой организация подаёт заявки на финансирование проектов и ведёт их.",
    "mail.organisationInvitation.action": "Принять приглашение",
    "mail.organisationInvitation.account":
      "Если у вас ещё нет учётной записи, вы сможете создать её, перейдя по ссылке. Пожалуйста, зарегистрируйтесь с этим же адресом электронной почты.",
    "mail.organisationInvitation.ignore":
      "Если вы не ожидали этого приглашения, просто не обращайте внимания на это письмо: без вашего согласия ничего не произойдёт.",
    "mail.welcome.subject": "Добро пожаловать в Barents Bridge",
    "mail.welcome.intro":
      "Ваша учётная запись готова. В Barents Bridge вы можете подавать заявки на финансирование проектов приграничного сотрудничества на Севере, следить за их рассмотрением и отчитываться о ходе проектов.",
    "mail.welcome.help": "Если у вас возникнут вопросы, наши консультанты будут рады вам помочь.",
  },
});
