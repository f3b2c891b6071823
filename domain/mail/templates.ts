import type { MessageKey } from "#domain/i18n/catalog.ts";
import { createTranslator, type MessageParams } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { type MailContent, renderMailHtml, renderMailText } from "./render-mail-layout.ts";

// Every e-mail the platform sends is a template here: which catalog messages make it up, in what order,
// and which parameter is its link. Wording lives in domain/i18n/messages/<lang>/mail.json, in all three languages.

// `name`, where a template takes one, turns "Hello," into "Dear Kari,".
export interface MailTemplateParams {
  "verify-email": { link: string; name?: string };
  "reset-password": { link: string; name?: string };
  "organisation-invitation": { organisation: string; inviter: string; link: string };
  welcome: { name: string };
  /**
   * A partner invited to one application. `rights` is what the invitation allows, already in the
   * recipient's words (describeRights in domain/collaboration/collaborator-rights.ts); `name` is the name the inviter typed.
   */
  "application-invitation": {
    inviterName: string;
    organisationName: string;
    applicationTitle: string;
    rights: string;
    link: string;
    name?: string;
  };
  /** The receipt for a sent application; `submittedAt` is already formatted in the recipient's language. */
  /** A case changed state; `state` is already in the recipient's words (applicant or staff). */
  "case-update": { caseNumber: string; applicationTitle: string; state: string; link: string; name?: string };
  "application-received": {
    caseNumber: string;
    applicationTitle: string;
    programmeName: string;
    submittedAt: string;
    statusLink: string;
    pdfLink: string;
    name?: string;
  };
  /**
   * A new message on an application. The message itself is never in the e-mail (it may hold personal
   * data and e-mail travels unencrypted): the reader logs in to read it. `caseNumber` for "case".
   */
  "application-message": {
    channel: "team" | "case";
    applicationTitle: string;
    caseNumber?: string;
    link: string;
    name?: string;
  };
}
export type MailTemplate = keyof MailTemplateParams;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface TemplateDefinition {
  subject: MessageKey;
  before: MessageKey[];
  /** Button label; the button leads to the template's `link` parameter (or the one `linkParam` names). */
  action?: MessageKey;
  linkParam?: string;
  after: MessageKey[];
}

/** A template whose wording depends on a parameter picks its definition from the (cleaned) parameters. */
type TemplateEntry = TemplateDefinition | ((values: Record<string, string>) => TemplateDefinition);

const templates: Record<MailTemplate, TemplateEntry> = {
  "verify-email": {
    subject: "mail.verifyEmail.subject",
    before: ["mail.verifyEmail.intro"],
    action: "mail.verifyEmail.action",
    after: ["mail.verifyEmail.expiry", "mail.verifyEmail.ignore"],
  },
  "reset-password": {
    subject: "mail.resetPassword.subject",
    before: ["mail.resetPassword.intro"],
    action: "mail.resetPassword.action",
    after: ["mail.resetPassword.expiry", "mail.resetPassword.ignore"],
  },
  "organisation-invitation": {
    subject: "mail.organisationInvitation.subject",
    before: ["mail.organisationInvitation.intro"],
    action: "mail.organisationInvitation.action",
    after: ["mail.organisationInvitation.account", "mail.organisationInvitation.ignore"],
  },
  welcome: {
    subject: "mail.welcome.subject",
    before: ["mail.welcome.intro", "mail.welcome.help"],
    after: [],
  },
  "application-invitation": {
    subject: "mail.applicationInvitation.subject",
    before: ["mail.applicationInvitation.intro", "mail.applicationInvitation.rights"],
    action: "mail.applicationInvitation.action",
    after: ["mail.applicationInvitation.account", "mail.applicationInvitation.ignore"],
  },
  "application-received": {
    subject: "mail.applicationReceived.subject",
    before: ["mail.applicationReceived.intro", "mail.applicationReceived.caseNumber"],
    action: "mail.applicationReceived.action",
    linkParam: "statusLink",
    after: ["mail.applicationReceived.pdf", "mail.applicationReceived.next"],
  },
  "case-update": {
    subject: "mail.caseUpdate.subject",
    before: ["mail.caseUpdate.intro"],
    action: "mail.caseUpdate.action",
    after: ["mail.caseUpdate.why"],
  },
  "application-message": (values) => {
    if (values.channel === "case") {
      if (!values.caseNumber) throw new MailTemplateError("application-message on a case needs a caseNumber");
      return {
        subject: "mail.applicationMessage.case.subject",
        before: ["mail.applicationMessage.case.intro", "mail.applicationMessage.notIncluded"],
        action: "mail.applicationMessage.action",
        after: ["mail.applicationMessage.why"],
      };
    }
    if (values.channel !== "team") throw new MailTemplateError("application-message needs a channel");
    return {
      subject: "mail.applicationMessage.team.subject",
      before: ["mail.applicationMessage.team.intro", "mail.applicationMessage.notIncluded"],
      action: "mail.applicationMessage.action",
      after: ["mail.applicationMessage.why"],
    };
  },
};

export const mailTemplates = Object.keys(templates) as MailTemplate[];

export function isMailTemplate(value: unknown): value is MailTemplate {
  return typeof value === "string" && Object.hasOwn(templates, value);
}

export class MailTemplateError extends Error {}

const maxParamLength = 300;

export function renderMail<T extends MailTemplate>(
  locale: Locale,
  template: T,
  params: MailTemplateParams[T],
): RenderedMail {
  const entry: TemplateEntry | undefined = Object.hasOwn(templates, template)
    ? templates[template]
    : undefined;
  if (!entry) throw new MailTemplateError(`Unknown mail template ${template}`);
  const values = cleanParams(params as unknown as Record<string, unknown>);
  const definition = typeof entry === "function" ? entry(values) : entry;
  const t = createTranslator(locale);
  const link = values[definition.linkParam ?? "link"];
  if (definition.action && link === undefined) throw new MailTemplateError(`${template} needs a link`);
  const content: MailContent = {
    locale,
    subject: t(definition.subject, values),
    greeting: values.name ? t("mail.greetingName", values) : t("mail.greeting"),
    before: definition.before.map((key) => t(key, values)),
    action:
      definition.action && link !== undefined
        ? { label: t(definition.action, values), href: link, fallback: t("mail.linkFallback") }
        : undefined,
    after: definition.after.map((key) => t(key, values)),
    signOff: t("mail.signOff"),
    signature: t("mail.signature"),
    footer: t("mail.footer"),
  };
  return { subject: content.subject, text: renderMailText(content), html: renderMailHtml(content) };
}

/**
 * Parameters are user input (names, organisation names): each is squeezed onto one line so that it
 * cannot break a header or the layout, and links (`link`, `…Link`) must be web addresses, never
 * `javascript:`.
 */
function cleanParams(params: Record<string, unknown>): MessageParams & Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (typeof value !== "string") throw new MailTemplateError(`Mail parameter ${key} must be a string`);
    const line = value.replace(/\s+/g, " ").trim();
    if (key === "link" || key.endsWith("Link")) {
      if (!isWebAddress(line)) throw new MailTemplateError("Mail link must be an http(s) address");
      values[key] = line;
    } else {
      values[key] = line.length > maxParamLength ? `${line.slice(0, maxParamLength)}…` : line;
    }
  }
  return values;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && value.length <= 2000;
  } catch {
    return false;
  }
}
