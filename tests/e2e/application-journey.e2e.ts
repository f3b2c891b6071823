import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { writeApplication } from "./application-steps.ts";
import { baseUrl, browserForFile, expectAccessible, fill, login, newPage } from "./browser.ts";

// The applicant's journey in Chromium: a new user registers, creates an organisation, invites a
// partner, fills every step, sees eligibility fail and then pass, sends, gets the receipt and sees
// the status; the partner edits what they may and nothing else. axe runs on every step in nb, en, ru.

const browser = browserForFile();

const email = "kari.e2e@example.org";
const password = "nordlys-over-vidda-2026";

/** The administrator opens the newest outbox message to `recipient` and returns its link that contains `part`. */
async function linkFromOutbox(recipient: string, part: string): Promise<string> {
  const context = await browser().newContext();
  const { page } = await newPage(context);
  await login(page, "admin@example.org");
  await page.goto(`${baseUrl()}/en/admin/outbox?recipient=${encodeURIComponent(recipient)}`);
  await page.locator("main table a").first().click();
  const link = await page.locator(`main a[href*='${part}']`).first().getAttribute("href");
  await context.close();
  expect(link, `a link with ${part} in the e-mail to ${recipient}`).toBeTruthy();
  return link!;
}

/** Saves the step with its button, then runs axe on it in all three languages. */
async function saveAndCheck(page: Page) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/saved=1/);
  await accessibleInEveryLanguage(page);
}

async function saveAndContinue(page: Page) {
  const before = page.url();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page
    .waitForURL((url) => url.toString() !== before)
    .catch(async (error) => {
      throw new Error(`still on ${before}: ${await page.locator("main").textContent()}`, { cause: error });
    });
}

/** axe on the same page in all three languages. */
async function accessibleInEveryLanguage(page: Page) {
  const path = new URL(page.url()).pathname;
  for (const lang of ["nb", "ru", "en"]) {
    await page.goto(`${baseUrl()}${path.replace(/^\/(nb|en|ru)\//, `/${lang}/`)}`);
    await expectAccessible(page);
  }
}

describe("the applicant's journey", () => {
  it("from registration to a sent application, with a partner who edits only the budget", {
    timeout: 600_000,
  }, async () => {
    const context = await browser().newContext({ locale: "en-GB" });
    const { page, errors } = await newPage(context);

    // Register and verify the address by the link in the e-mail.
    await page.goto(`${baseUrl()}/en/register`);
    await fill(page, { name: "Kari Nordmann", email, password, confirmPassword: password });
    await page.locator("main form button[type='submit']").click();
    await page.waitForLoadState();
    const verify = await linkFromOutbox(email, "verify-email");
    await page.goto(verify);
    // Verifying may log the user in already; otherwise log in.
    await page.goto(`${baseUrl()}/en/login`);
    if (new URL(page.url()).pathname.endsWith("/login")) {
      await fill(page, { email, password });
      await Promise.all([
        page.waitForURL((url) => !url.pathname.endsWith("/login")),
        page.locator("main form button[type='submit']").click(),
      ]);
    }

    // An organisation, registered by its number.
    await page.goto(`${baseUrl()}/en/organisations`);
    await fill(page, {
      name: "Pasvik Kor",
      orgNumber: "974 760 673",
      address: "Storgata 2, 9900 Kirkenes",
      county: "no-finnmark",
    });
    await page.getByRole("button", { name: /register|create/i }).click();
    await page.waitForURL(/\/en\/organisations\/.+/);

    // Start an application in the first open call.
    await page.goto(`${baseUrl()}/en/applications`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Start the application" }).click();
    await page.waitForURL(/\/en\/applications\/[0-9a-f-]{36}\/project$/);
    const applicationPath = new URL(page.url()).pathname.replace(/\/project$/, "");

    // Steps 1-7, each checked by axe in all three languages; the financing asks for too much (78 %).
    await writeApplication(
      page,
      {
        save: () => saveAndCheck(page),
        async open(step) {
          await page.goto(`${baseUrl()}${applicationPath}/${step}`);
          // The applicant and contact person step comes prefilled with the user.
          if (step === "applicant")
            expect(await page.locator('[name="contactName"]').inputValue()).toBe("Kari Nordmann");
        },
      },
      {
        travelDescription: "Bus",
        financing: { requested: "78000", ownFunds: "2000", partnerContributions: "10000", otherSources: "0" },
      },
    );
    await accessibleInEveryLanguage(page);

    // Invite the partner (the demo partner account) to edit the budget only.
    await page.goto(`${baseUrl()}${applicationPath}/team`);
    await fill(page, {
      email: "partner@example.org",
      name: "Olga Partner",
      kind: "organisation",
      organisationName: "Murmansk Youth Choir",
      country: "RU",
      locale: "en",
    });
    await page.locator('input[name="editSections"][value="budget"]').check();
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await page.waitForLoadState();
    await expectAccessible(page);

    // Step 8: the review says why it cannot be sent.
    await page.goto(`${baseUrl()}${applicationPath}/review`);
    const blocked = (await page.locator("main").textContent())!.replace(/[\u00a0\u202f]/g, " ");
    expect(blocked).toContain("You ask for 78 %");
    expect(blocked).toContain("The application cannot be sent yet");
    await accessibleInEveryLanguage(page);

    // The partner accepts and edits the budget, and cannot edit the project.
    const invitation = await linkFromOutbox("partner@example.org", "application-invitations");
    const partnerContext = await browser().newContext({ locale: "en-GB" });
    const partner = await newPage(partnerContext);
    await login(partner.page, "partner@example.org");
    await partner.page.goto(invitation);
    await expectAccessible(partner.page);
    await partner.page.getByRole("button", { name: "Accept the invitation" }).click();
    await partner.page.waitForURL(/\/project$/);
    expect(await partner.page.locator('[name="title.en"]').isDisabled()).toBe(true);
    const forbidden = await partner.page.request.post(`${baseUrl()}${applicationPath}/project`, {
      form: { "title.en": "Taken over", baseRevision: "0", baseValues: "{}", intent: "save" },
      headers: { origin: baseUrl() },
    });
    expect(forbidden.status()).toBe(403);
    await partner.page.goto(`${baseUrl()}${applicationPath}/budget`);
    expect(await partner.page.locator('[name="lines[0].description"]').isDisabled()).toBe(false);
    await partner.page.locator('[name="lines[0].description"]').fill("Bus Kirkenes–Murmansk and back");
    await partner.page.getByRole("button", { name: "Save", exact: true }).click();
    await partner.page.waitForURL(/saved=1/);
    expect(partner.errors).toEqual([]);
    await partnerContext.close();

    // The applicant fixes the financing; the review passes; send.
    await page.goto(`${baseUrl()}${applicationPath}/financing`);
    await fill(page, { requested: "70000", ownFunds: "10000" });
    await saveAndContinue(page);
    await page.goto(`${baseUrl()}${applicationPath}/review`);
    expect(await page.locator("main").textContent()).toContain(
      "The application meets the programme's rules and can be sent.",
    );
    await expectAccessible(page);
    await page.locator("#confirm").check();
    await page.getByRole("button", { name: "Send the application" }).click();
    await page.waitForURL(/\/status\?sent=1$/);
    // The address changes as React Router starts rendering the next page, not after it.
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/^Application \d{4}\/\d{5}$/);
    const heading = await page.locator("h1").textContent();
    const caseNumber = heading!.replace("Application ", "");
    expect(await page.locator("main").textContent()).toContain(`got case number ${caseNumber}`);
    await accessibleInEveryLanguage(page);

    // The receipt is in the outbox, with the status page's link.
    const statusLink = await linkFromOutbox(email, "/status");
    expect(statusLink).toContain(applicationPath);
    // The PDF of the application as sent opens for the applicant.
    const pdf = await page.request.get(`${baseUrl()}${applicationPath}/versions/1/pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(errors).toEqual([]);
    await context.close();
  });
});
