import type { MessageKey } from "#domain/i18n/catalog.ts";
import type { Locale } from "#domain/i18n/locales.ts";
import { createTranslator, type MessageParams } from "#domain/i18n/translate.ts";
import { type MailContent, renderMailHtml, renderMailText } from "./render-mail-layout.ts";

// Every e-mail the platform sends is a template here: which catalog messages make it up, in what order,
// and which parameter is its link. Wording lives in domain/i18n/messages/mail.ts, in all three languages.

// `name`, where a template takes one, turns "Hello," into "Dear Kari,".
export interface MailTemplateParams {
  "verify-email": { link: string; name?: string };
  "reset-password": { link: string; name?: string };
  "organisation-invitation": { organisation: string; inviter: string; link: string };
  welcome: { name: string };
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
  /** Button label; the button leads to the template's `link` parameter. */
  action?: MessageKey;
  after: MessageKey[];
}

const templates: Record<MailTemplate, TemplateDefinition> = {
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
  const definition = templates[template];
  if (!definition) throw new MailTemplateError(`Unknown mail template ${template}`);
  const values = cleanParams(params as unknown as Record<string, unknown>);
  const t = createTranslator(locale);
  const link = values.link;
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
 * cannot break a header or the layout, and links must be web addresses, never `javascript:`.
 */
function cleanParams(params: Record<string, unknown>): MessageParams & { link?: string; name?: string } {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (typeof value !== "string") throw new MailTemplateError(`Mail parameter ${key} must be a string`);
    const line = value.replace(/\s+/g, " ").trim();
    if (key === "link") {
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
