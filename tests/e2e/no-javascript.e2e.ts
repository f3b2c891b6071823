import { describe, expect, it } from "vitest";
import {
  baseUrl,
  browserForFile,
  demoPassword,
  expectAccessible,
  login,
  newContextWithoutJs,
  newPage,
} from "./browser.ts";

const browser = browserForFile();

describe("forms work without JavaScript", () => {
  it("shows translated errors in a focused summary, keeps what was typed, then logs in", async () => {
    const context = await newContextWithoutJs(browser(), { locale: "nb-NO" });
    const { page } = await newPage(context);
    await page.goto(`${baseUrl()}/nb/register`);
    await page.locator('input[name="name"]').fill("Kari Nordmann");
    await page.locator('input[name="email"]').fill("ikke-en-adresse");
    await page.locator('input[name="password"]').fill("kort");
    await page.locator('input[name="confirmPassword"]').fill("kort");
    await page.locator('main form button[type="submit"]').click();
    await page.waitForLoadState();
    const main = await page.locator("main").textContent();
    expect(main).toContain("For å gå videre må du rette opp følgende:");
    expect(main).toContain("Skriv en gyldig e-postadresse");
    expect(main).toContain("Passordet må ha minst 15 tegn.");
    expect(await page.locator('input[name="name"]').inputValue()).toBe("Kari Nordmann");
    expect(await page.locator('input[name="email"]').inputValue()).toBe("ikke-en-adresse");
    // The summary links to the field in error.
    expect(await page.locator('a[href="#register-email"]').count()).toBe(1);
    await expectAccessible(page);

    await page.goto(`${baseUrl()}/nb/login`);
    await page.locator('input[name="email"]').fill("applicant@example.org");
    await page.locator('input[name="password"]').fill("feil-passord");
    await page.locator('main form button[type="submit"]').click();
    await page.waitForLoadState();
    expect(await page.locator("main").textContent()).toContain("E-postadressen eller passordet er feil.");
    await expectAccessible(page);
    await page.locator('input[name="password"]').fill(demoPassword());
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(`${baseUrl()}/nb`);
    expect(await page.locator("main").textContent()).toContain(
      "Du er logget inn som Ingrid Applicant (søker).",
    );
    await context.close();
  });

  it("lets an organisation owner invite a member, and the invitee accept, with JavaScript off", async () => {
    const context = await newContextWithoutJs(browser());
    const { page } = await newPage(context);
    await login(page, "applicant@example.org");
    await page.goto(`${baseUrl()}/en/organisations`);
    await page.getByRole("link", { name: "Kirkenes Kulturforening" }).click();
    await page.locator('input[name="email"]').fill("partner@example.org");
    await page.locator('main form button[type="submit"]').last().click();
    await page.waitForLoadState();
    expect(await page.locator("main").textContent()).toContain("The invitation has been sent.");
    await expectAccessible(page);
    await context.close();

    // The administrator finds the e-mail in the outbox and follows its link as the partner would.
    const adminContext = await browser().newContext();
    const admin = await newPage(adminContext);
    await login(admin.page, "admin@example.org");
    await admin.page.goto(`${baseUrl()}/en/admin/outbox?recipient=partner%40example.org`);
    await admin.page.locator("main table a").first().click();
    await expectAccessible(admin.page);
    const link = await admin.page.locator("main ul a[href*='/invitations/']").first().getAttribute("href");
    expect(link).toBeTruthy();
    await adminContext.close();

    const partnerContext = await newContextWithoutJs(browser());
    const partner = await newPage(partnerContext);
    await login(partner.page, "partner@example.org");
    await partner.page.goto(link!);
    // The link is in the partner's own language (Norwegian for the demo partner).
    expect(link).toMatch(/\/nb\/invitations\//);
    expect(await partner.page.locator("main").textContent()).toContain(
      "Du er invitert til å bli med i Kirkenes Kulturforening.",
    );
    await expectAccessible(partner.page);
    await partner.page.getByRole("button", { name: "Godta" }).click();
    await partner.page.waitForURL(/\/nb\/organisations\/.+/);
    expect(await partner.page.locator("h1").textContent()).toBe("Kirkenes Kulturforening");
    await partnerContext.close();
  });
});
