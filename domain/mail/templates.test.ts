import { describe, expect, it } from "vitest";
import { checkCatalogs } from "#domain/i18n/catalog.ts";
import { locales } from "#domain/i18n/locales.ts";
import {
  type MailTemplate,
  type MailTemplateParams,
  mailTemplates,
  renderMail,
} from "#domain/mail/templates.ts";

const link = "https://bridge.example.no/verify?token=abc&user=42";
const samples: { [T in MailTemplate]: MailTemplateParams[T] } = {
  "verify-email": { link },
  "reset-password": { link },
  "organisation-invitation": { organisation: "Pasvik Folkehøgskole", inviter: "Kari Nordmann", link },
  welcome: { name: "Kari Nordmann" },
};

function render<T extends MailTemplate>(locale: (typeof locales)[number], template: T) {
  return renderMail(locale, template, samples[template]);
}

describe("mail templates", () => {
  it("has every mail message in nb, en and ru with the same placeholders", () => {
    expect(checkCatalogs().filter((problem) => problem.startsWith("mail."))).toEqual([]);
  });

  for (const locale of locales) {
    for (const template of mailTemplates) {
      it(`renders ${template} in ${locale}`, () => {
        const mail = render(locale, template);
        expect(mail.subject.length).toBeGreaterThan(5);
        for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/\{\w+\}/);
        expect(mail.html).toContain(`<html lang="${locale}"`);
        expect(mail.html).toContain(`<title>${mail.subject}</title>`);
        expect(mail.text.startsWith("Barents Bridge\n\n")).toBe(true);
        if (template === "welcome") {
          expect(mail.text).toContain("Kari Nordmann");
          expect(mail.html).toContain("Kari Nordmann");
        } else {
          // Raw in the text, attribute-escaped in the HTML, both as the button and as the fallback.
          expect(mail.text).toContain(link);
          expect(mail.html).toContain(`href="${link.replace("&", "&amp;")}"`);
          expect(mail.html.split(link.replace("&", "&amp;")).length - 1).toBe(3);
          expect(mail.html).not.toContain(link);
        }
      });
    }
  }

  it("speaks each language in its own words", () => {
    expect(render("nb", "verify-email").subject).toBe("Bekreft e-postadressen din");
    expect(render("en", "verify-email").subject).toBe("Please confirm your e-mail address");
    expect(render("ru", "verify-email").subject).toBe("Подтвердите, пожалуйста, адрес электронной почты");
    expect(render("ru", "organisation-invitation").subject).toBe(
      "Приглашение в организацию «Pasvik Folkehøgskole» в Barents Bridge",
    );
    expect(render("en", "organisation-invitation").text).toContain(
      "Kari Nordmann has invited you to join Pasvik Folkehøgskole on Barents Bridge",
    );
    expect(render("nb", "welcome").text).toContain("Hei, Kari Nordmann!");
    expect(renderMail("en", "reset-password", { link, name: "Kari" }).text).toContain("\n\nDear Kari,\n\n");
    expect(renderMail("en", "reset-password", { link, name: undefined }).text).toContain("\n\nHello,\n\n");
  });

  it("escapes names in the HTML, so markup in a name is shown, not run", () => {
    const name = `<script>alert("x")</script> & "Bob's"`;
    const welcome = renderMail("en", "welcome", { name });
    expect(welcome.html).not.toContain("<script>");
    expect(welcome.html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Bob&#39;s&quot;",
    );
    expect(welcome.text).toContain(name);

    const invitation = renderMail("nb", "organisation-invitation", {
      organisation: "<b>Org</b>",
      inviter: name,
      link,
    });
    expect(invitation.html).not.toMatch(/<script|<b>/);
    expect(invitation.html).toContain("&lt;b&gt;Org&lt;/b&gt;");
  });

  it("keeps parameters on one line, so a name cannot add a header to the subject", () => {
    const mail = renderMail("en", "organisation-invitation", {
      organisation: "Evil\r\nBcc: victim@example.com",
      inviter: "Kari",
      link,
    });
    expect(mail.subject).toBe("Invitation to join Evil Bcc: victim@example.com on Barents Bridge");
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it("accepts only web addresses as links", () => {
    expect(() => renderMail("en", "verify-email", { link: "javascript:alert(1)" })).toThrow(/http/);
    expect(() => renderMail("en", "reset-password", { link: "not a url" })).toThrow(/http/);
  });

  it("always has a plain-text alternative with the greeting, sign-off and footer", () => {
    const mail = render("ru", "reset-password");
    expect(mail.text).toMatch(/^Barents Bridge\n\nЗдравствуйте!\n\n/);
    expect(mail.text).toContain("Задать новый пароль:\n");
    expect(mail.text).toContain("С уважением,\nНорвежский Баренцев секретариат");
    expect(mail.text).toContain("-- \nЭто письмо отправлено автоматически");
  });
});
