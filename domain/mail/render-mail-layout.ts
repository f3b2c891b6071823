import type { Locale } from "#vocabulary/vocabulary.ts";

// One layout for every e-mail, as HTML and as plain text. Mail clients ignore stylesheets and much of
// CSS, so the HTML is tables with inline styles; the text version says the same for clients (and
// people) that do not read HTML. Every string is escaped here: nothing reaching this module is HTML.

export interface MailContent {
  locale: Locale;
  subject: string;
  greeting: string;
  before: string[];
  action?: { label: string; href: string; fallback: string };
  after: string[];
  signOff: string;
  signature: string;
  footer: string;
}

const brand = "Barents Bridge";
const font = "font-family:Arial,Helvetica,sans-serif;";
// #0b4f6c on white and white on #0b4f6c both exceed WCAG AA contrast (about 8.5:1).
const accent = "#0b4f6c";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function renderMailText(content: MailContent): string {
  const blocks = [brand, content.greeting, ...content.before];
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.href}`);
  blocks.push(...content.after, `${content.signOff}\n${content.signature}`, `-- \n${content.footer}`);
  return `${blocks.join("\n\n")}\n`;
}

export function renderMailHtml(content: MailContent): string {
  const paragraph = (text: string) => `<p style="margin:0 0 16px;">${escapeHtml(text)}</p>`;
  const action = content.action
    ? `<p style="margin:24px 0;"><a href="${escapeHtml(content.action.href)}" style="display:inline-block;padding:12px 24px;background-color:${accent};color:#ffffff;text-decoration:underline;font-weight:bold;border-radius:4px;">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#3f4a56;">${escapeHtml(content.action.fallback)}<br><a href="${escapeHtml(content.action.href)}" style="color:${accent};word-break:break-all;">${escapeHtml(content.action.href)}</a></p>`
    : "";
  return `<!DOCTYPE html>
<html lang="${content.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:8px;">
<tr><td style="padding:32px 32px 8px;${font}font-size:16px;line-height:1.5;color:#1d2631;">
<p style="margin:0 0 8px;font-size:14px;font-weight:bold;color:${accent};">${brand}</p>
<h1 style="margin:0 0 24px;font-size:22px;line-height:1.3;color:#1d2631;">${escapeHtml(content.subject)}</h1>
${[content.greeting, ...content.before].map(paragraph).join("\n")}
${action}
${content.after.map(paragraph).join("\n")}
<p style="margin:24px 0 16px;">${escapeHtml(content.signOff)}<br>${escapeHtml(content.signature)}</p>
</td></tr>
<tr><td style="padding:16px 32px 32px;${font}font-size:13px;line-height:1.5;color:#4b5663;border-top:1px solid #dde2e7;">${escapeHtml(content.footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
