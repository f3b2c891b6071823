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
    "mail.applicationInvitation.subject": "Invitasjon til å samarbeide om søknaden «{applicationTitle}»",
    "mail.applicationInvitation.intro":
      "{inviterName} i {organisationName} inviterer deg til å arbeide sammen med dem om søknaden «{applicationTitle}» i Barents Bridge, der det søkes om prosjektmidler til samarbeid over grensen i nord.",
    "mail.applicationInvitation.rights": "Invitasjonen gir deg rett til å {rights}.",
    "mail.applicationInvitation.action": "Se invitasjonen",
    "mail.applicationInvitation.account":
      "Logg inn med denne e-postadressen for å godta invitasjonen. Har du ikke konto ennå, kan du opprette en med denne adressen. Lenken kan brukes én gang.",
    "mail.applicationInvitation.ignore":
      "Hvis du ikke venter denne invitasjonen, kan du se bort fra e-posten. Ingenting skjer før du godtar den.",
    "mail.caseUpdate.subject": "Sak {caseNumber}: {state}",
    "mail.caseUpdate.intro": "Det er nytt i saken «{applicationTitle}» ({caseNumber}): {state}.",
    "mail.caseUpdate.action": "Åpne saken",
    "mail.caseUpdate.why":
      "Du får denne e-posten fordi du arbeider med saken. Du kan slå av e-poster som ikke er påkrevd, under Konto.",
    "mail.applicationReceived.subject": "Vi har mottatt søknaden din {caseNumber}",
    "mail.applicationReceived.intro":
      "Takk! Vi har mottatt søknaden «{applicationTitle}» til {programmeName}. Den ble sendt {submittedAt}.",
    "mail.applicationReceived.caseNumber":
      "Søknaden har saksnummer {caseNumber}. Oppgi gjerne saksnummeret når du kontakter oss om søknaden.",
    "mail.applicationReceived.action": "Følg søknaden",
    "mail.applicationReceived.pdf": "En PDF-kopi av søknaden slik den ble sendt: {pdfLink}",
    "mail.applicationReceived.next":
      "En rådgiver går gjennom søknaden. Du får en e-post når sekretariatet skriver til deg om den.",
    "mail.applicationMessage.team.subject": "Ny melding om søknaden «{applicationTitle}»",
    "mail.applicationMessage.team.intro":
      "Det er kommet en ny melding i samtalen mellom søkeren og partnerne om søknaden «{applicationTitle}».",
    "mail.applicationMessage.case.subject": "Ny melding fra Barentssekretariatet om søknad {caseNumber}",
    "mail.applicationMessage.case.intro":
      "Barentssekretariatet har skrevet til dere om søknaden {caseNumber} «{applicationTitle}».",
    "mail.applicationMessage.notIncluded":
      "Selve meldingen står ikke i denne e-posten. Logg inn i Barents Bridge for å lese og svare på den.",
    "mail.applicationMessage.action": "Les meldingen",
    "mail.applicationMessage.why": "Du får denne e-posten fordi du er med på søknaden.",
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
    "mail.applicationInvitation.subject": "Invitation to work on the application “{applicationTitle}”",
    "mail.applicationInvitation.intro":
      "{inviterName} of {organisationName} has invited you to work with them on the application “{applicationTitle}” on Barents Bridge, where project funds for cooperation across the border in the North are applied for.",
    "mail.applicationInvitation.rights": "The invitation allows you to {rights}.",
    "mail.applicationInvitation.action": "See the invitation",
    "mail.applicationInvitation.account":
      "Log in with this e-mail address to accept the invitation. If you do not have an account yet, you can create one with this address. The link can be used once.",
    "mail.applicationInvitation.ignore":
      "If you were not expecting this invitation, you can ignore this e-mail. Nothing happens until you accept it.",
    "mail.caseUpdate.subject": "Case {caseNumber}: {state}",
    "mail.caseUpdate.intro": "There is news in the case “{applicationTitle}” ({caseNumber}): {state}.",
    "mail.caseUpdate.action": "Open the case",
    "mail.caseUpdate.why":
      "You receive this e-mail because you work on the case. You can turn off e-mails that are not required under Account.",
    "mail.applicationReceived.subject": "We have received your application {caseNumber}",
    "mail.applicationReceived.intro":
      "Thank you. We have received the application “{applicationTitle}” to {programmeName}. It was sent on {submittedAt}.",
    "mail.applicationReceived.caseNumber":
      "The application has the case number {caseNumber}. Please quote it when you contact us about the application.",
    "mail.applicationReceived.action": "Follow the application",
    "mail.applicationReceived.pdf": "A PDF copy of the application as sent: {pdfLink}",
    "mail.applicationReceived.next":
      "An adviser will go through the application. You will receive an e-mail when the secretariat writes to you about it.",
    "mail.applicationMessage.team.subject": "New message about the application “{applicationTitle}”",
    "mail.applicationMessage.team.intro":
      "There is a new message in the conversation between the applicant and the partners about the application “{applicationTitle}”.",
    "mail.applicationMessage.case.subject":
      "New message from the Barents Secretariat about application {caseNumber}",
    "mail.applicationMessage.case.intro":
      "The Barents Secretariat has written to you about the application {caseNumber} “{applicationTitle}”.",
    "mail.applicationMessage.notIncluded":
      "The message itself is not included in this e-mail. Log in to Barents Bridge to read and answer it.",
    "mail.applicationMessage.action": "Read the message",
    "mail.applicationMessage.why": "You receive this e-mail because you take part in the application.",
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
    "mail.applicationInvitation.subject": "Приглашение к работе над заявкой «{applicationTitle}»",
    "mail.applicationInvitation.intro":
      "{inviterName} ({organisationName}) приглашает вас к совместной работе над заявкой «{applicationTitle}» в Barents Bridge — системе, в которой подаются заявки на проектные средства для приграничного сотрудничества на Севере.",
    "mail.applicationInvitation.rights": "Приглашение даёт вам право {rights}.",
    "mail.applicationInvitation.action": "Открыть приглашение",
    "mail.applicationInvitation.account":
      "Чтобы принять приглашение, войдите в систему с этим адресом электронной почты. Если у вас ещё нет учётной записи, вы можете создать её с этим адресом. Ссылкой можно воспользоваться только один раз.",
    "mail.applicationInvitation.ignore":
      "Если вы не ожидали этого приглашения, просто не обращайте внимания на это письмо: без вашего согласия ничего не произойдёт.",
    "mail.caseUpdate.subject": "Дело {caseNumber}: {state}",
    "mail.caseUpdate.intro": "Новости по делу «{applicationTitle}» ({caseNumber}): {state}.",
    "mail.caseUpdate.action": "Открыть дело",
    "mail.caseUpdate.why":
      "Вы получили это письмо, потому что работаете с делом. Необязательные письма можно отключить в разделе «Учётная запись».",
    "mail.applicationReceived.subject": "Ваша заявка {caseNumber} получена",
    "mail.applicationReceived.intro":
      "Благодарим вас! Мы получили заявку «{applicationTitle}» по программе «{programmeName}». Заявка отправлена {submittedAt}.",
    "mail.applicationReceived.caseNumber":
      "Заявке присвоен номер дела {caseNumber}. Пожалуйста, указывайте его, когда обращаетесь к нам по поводу заявки.",
    "mail.applicationReceived.action": "Следить за заявкой",
    "mail.applicationReceived.pdf": "PDF-копия заявки в том виде, в каком она была отправлена: {pdfLink}",
    "mail.applicationReceived.next":
      "Консультант рассмотрит заявку. Вы получите письмо, когда секретариат напишет вам о ней.",
    "mail.applicationMessage.team.subject": "Новое сообщение о заявке «{applicationTitle}»",
    "mail.applicationMessage.team.intro":
      "В переписке заявителя и партнёров о заявке «{applicationTitle}» появилось новое сообщение.",
    "mail.applicationMessage.case.subject": "Новое сообщение от Баренцева секретариата о заявке {caseNumber}",
    "mail.applicationMessage.case.intro":
      "Норвежский Баренцев секретариат написал вам о заявке {caseNumber} «{applicationTitle}».",
    "mail.applicationMessage.notIncluded":
      "Само сообщение в это письмо не включено. Чтобы прочитать его и ответить, войдите в Barents Bridge.",
    "mail.applicationMessage.action": "Прочитать сообщение",
    "mail.applicationMessage.why": "Вы получили это письмо, потому что участвуете в работе над заявкой.",
  },
});
