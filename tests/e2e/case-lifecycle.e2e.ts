import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { writeApplication } from "./application-steps.ts";
import { baseUrl, browserForFile, expectAccessible, fill, login, newPage } from "./browser.ts";

// A case from submission to closure in Chromium, each role in its own browser: the demo applicant
// sends an application (70,000 of 100,000, so the secretariat decides); the adviser screens it and
// returns it with the activities step opened; the applicant changes that step and sends again; the
// adviser screens and assesses it; the programme manager decides it at a secretariat meeting; the
// applicant accepts the grant and asks for the advance, which the adviser pays (the project runs);
// the applicant reports, the adviser approves the report, and the final payment closes the case.
// axe runs on every page each role sees.

const browser = browserForFile();

/** Opens a page and runs axe on it. */
async function visit(page: Page, path: string) {
  await page.goto(`${baseUrl()}/en${path}`);
  await expectAccessible(page);
}

/** Clicks a submit button and waits until the URL matches `to` (the action's redirect). */
async function submit(page: Page, button: ReturnType<Page["locator"]>, to: RegExp) {
  await button.click();
  await page.waitForURL(to).catch(async (error) => {
    const alerts = await page.locator("main [role=alert], main .ds-validation-message").allTextContents();
    throw new Error(`no ${to} after the click on ${page.url()}: ${alerts.join(" | ")}`, { cause: error });
  });
  await page.waitForLoadState();
}

/** The main text without the narrow spaces number formatting uses. */
async function mainText(page: Page) {
  return ((await page.locator("main").textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
}

/** Waits until the main text (narrow spaces made plain) contains `text`. */
async function expectText(page: Page, text: string) {
  await page
    .waitForFunction(
      (wanted) =>
        (document.querySelector("main")?.textContent ?? "").replace(/[\u00a0\u202f]/g, " ").includes(wanted),
      text,
      { timeout: 10_000 },
    )
    .catch(async (error) => {
      throw new Error(`"${text}" not on ${page.url()}: ${await mainText(page)}`, { cause: error });
    });
}

/** Waits until the case page's state tag says `state`. */
async function expectState(page: Page, state: string) {
  await expect.poll(() => page.locator("main .bb-facts dd").first().textContent()).toBe(state);
}

/** Saves one application step and waits for the saved page. */
async function saveStep(page: Page) {
  await submit(page, page.getByRole("button", { name: "Save", exact: true }), /saved=1/);
  await expectAccessible(page);
}

describe("a case from submission to closure", () => {
  it("is screened, returned, sent again, assessed, decided, paid, reported on and closed", {
    timeout: 600_000,
  }, async () => {
    const roles = {} as Record<"applicant" | "adviser" | "manager", { page: Page; errors: string[] }>;
    for (const [role, email] of [
      ["applicant", "applicant@example.org"],
      ["adviser", "adviser@example.org"],
      ["manager", "manager@example.org"],
    ] as const) {
      const context = await browser().newContext({ locale: "en-GB" });
      roles[role] = await newPage(context);
      await login(roles[role].page, email);
    }
    const applicant = roles.applicant.page;
    const adviser = roles.adviser.page;
    const manager = roles.manager.page;

    // The applicant starts an application in the Norwegian-Russian programme's continuous call.
    await visit(applicant, "/applications");
    const callId = await applicant
      .locator('select[name="callId"] option[value^="no-ru-regular-continuous"]')
      .first()
      .getAttribute("value");
    expect(callId).toBeTruthy();
    await applicant.locator('select[name="callId"]').selectOption(callId!);
    await submit(
      applicant,
      applicant.getByRole("button", { name: "Start the application" }),
      /\/en\/applications\/[0-9a-f-]{36}\/project$/,
    );
    const applicationId = /applications\/([0-9a-f-]{36})\//.exec(applicant.url())![1]!;
    const applicationPath = `/applications/${applicationId}`;
    const casePath = `/cases/${applicationId}`;

    await writeApplication(
      applicant,
      { save: () => saveStep(applicant), open: (step) => visit(applicant, `${applicationPath}/${step}`) },
      {
        travelDescription: "Bus Kirkenes–Murmansk and back",
        financing: {
          requested: "70000",
          ownFunds: "10000",
          partnerContributions: "10000",
          otherSources: "0",
        },
      },
    );
    await expectAccessible(applicant);
    await visit(applicant, `${applicationPath}/review`);
    await expectText(applicant, "The application meets the programme's rules and can be sent.");
    await applicant.locator("#confirm").check();
    await submit(
      applicant,
      applicant.getByRole("button", { name: "Send the application" }),
      /\/status\?sent=1$/,
    );
    await applicant.locator("h1", { hasText: /^Application \d/ }).waitFor();
    const caseNumber = (await applicant.locator("h1").textContent())!.replace("Application ", "");
    expect(caseNumber).toMatch(/^\d{4}\/\d{5}$/);
    await expectAccessible(applicant);
    // Sent is not approved: the public catalogue has no page for it yet.
    const projectPath = `/projects/${caseNumber.replace("/", "-")}`;
    expect((await applicant.request.get(`${baseUrl()}/en${projectPath}`)).status()).toBe(404);
    const catalogueSearch = `${baseUrl()}/api/v1/projects?q=${encodeURIComponent("Singing across the border")}&source=case`;
    expect((await (await applicant.request.get(catalogueSearch)).json()).total).toBe(0);

    // The adviser finds the case on the workbench and takes it.
    await visit(adviser, "/workbench");
    await submit(adviser, adviser.getByRole("link", { name: caseNumber }), new RegExp(`${casePath}$`));
    await expectAccessible(adviser);
    const me = await adviser
      .locator('select[name="adviserId"] option', { hasText: "Anders Adviser" })
      .getAttribute("value");
    await adviser.locator('select[name="adviserId"]').selectOption(me!);
    await submit(adviser, adviser.getByRole("button", { name: "Assign the case" }), /assigned=1/);
    // With JavaScript the address changes a moment before React has drawn the new page: wait for
    // the name (or time out), then say what is shown.
    const assignedTo = adviser.locator('main .bb-facts dt:has-text("Adviser") + dd');
    await assignedTo
      .filter({ hasText: "Anders Adviser" })
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    expect(await assignedTo.textContent()).toBe("Anders Adviser");
    await expectAccessible(adviser);

    // Screening: started, then returned with the activities step opened and a reason.
    await visit(adviser, `${casePath}/screening`);
    await adviser.getByRole("button", { name: "Start the screening" }).click();
    await adviser.locator("#outcome-returned").waitFor();
    await expectAccessible(adviser);
    await adviser.locator("#outcome-returned").check();
    await adviser
      .locator('[name="reason"]')
      .fill("Please describe the second gathering in Kirkenes in the activity plan.");
    await adviser.locator("#section-activities").check();
    await submit(
      adviser,
      adviser.getByRole("button", { name: "Record the outcome" }),
      new RegExp(`${casePath}$`),
    );
    await expectState(adviser, "With the applicant for changes");
    await expectAccessible(adviser);

    // The applicant reads the request, changes the activities and sends again.
    await visit(applicant, `${applicationPath}/status`);
    await expectText(applicant, "The secretariat asks you to change the application");
    await expectText(applicant, "Please describe the second gathering in Kirkenes");
    await expectText(applicant, "Status: Returned to you for changes");
    await submit(
      applicant,
      applicant.locator(`main a[href$="${applicationPath}/activities"]`),
      /\/activities$/,
    );
    await expectAccessible(applicant);
    await fill(applicant, { "items[0].title": "Gatherings in Murmansk and Kirkenes" });
    await saveStep(applicant);
    await visit(applicant, `${applicationPath}/review`);
    await applicant.locator("#confirm").check();
    await submit(
      applicant,
      applicant.getByRole("button", { name: "Send the application" }),
      /\/status\?sent=1$/,
    );
    await expectText(applicant, "Status: Submitted");
    await expectAccessible(applicant);

    // Screening again: the whole checklist met, eligible.
    await visit(adviser, casePath);
    await expectText(adviser, "Gatherings in Murmansk and Kirkenes");
    await visit(adviser, `${casePath}/screening`);
    await adviser.getByRole("button", { name: "Start the screening" }).click();
    await adviser.locator("#outcome-eligible").waitFor();
    for (const box of await adviser.locator('input[name="checklist"]').all()) await box.check();
    await adviser.locator("#outcome-eligible").check();
    await submit(
      adviser,
      adviser.getByRole("button", { name: "Record the outcome" }),
      new RegExp(`${casePath}$`),
    );
    await expectState(adviser, "Assessment");
    await expectAccessible(adviser);

    // Assessment: the declaration, the scores, approve 70,000; then the assessment is complete.
    await visit(adviser, `${casePath}/assessment`);
    await adviser.locator("#no-conflict").check();
    await adviser.getByRole("button", { name: "Declare and start assessing" }).click();
    await adviser.locator('select[name^="score-"]').first().waitFor();
    await expectAccessible(adviser);
    for (const score of await adviser.locator('select[name^="score-"]').all()) await score.selectOption("4");
    await adviser.locator('input[name="recommendation"][value="approve"]').check();
    await adviser.locator('[name="amount"]').fill("70000");
    await adviser.getByRole("button", { name: "Save the assessment" }).click();
    await adviser.getByText("Your assessment is saved.").waitFor();
    await expectAccessible(adviser);
    await adviser.getByRole("button", { name: "Assessment done: ready for a meeting" }).click();
    await adviser.getByText("The assessment is complete: the case is ready for a meeting.").waitFor();
    await expectAccessible(adviser);

    // The programme manager decides the case at a secretariat meeting and closes the meeting.
    await visit(manager, "/meetings");
    await fill(manager, { kind: "secretariat", programmeId: "no-ru-regular", budgetNok: "1000000" });
    await submit(
      manager,
      manager.getByRole("button", { name: "Create the meeting" }),
      /\/meetings\/[^/?]+\?created=1$/,
    );
    await expectAccessible(manager);
    const candidate = await manager
      .locator('select[name="applicationId"] option', { hasText: caseNumber })
      .getAttribute("value");
    await manager.locator('select[name="applicationId"]').selectOption(candidate!);
    await submit(manager, manager.getByRole("button", { name: "Add to the agenda" }), /added=1/);
    await expectAccessible(manager);
    const approveForm = manager.locator('form[aria-label="Approve"]');
    await approveForm.locator('[name="amount"]').fill("70000");
    await submit(manager, approveForm.locator("button[type=submit]"), /decided=1/);
    await expectAccessible(manager);
    await submit(manager, manager.getByRole("button", { name: "Close the meeting" }), /closed=1/);
    await expectAccessible(manager);
    // Approved: the project has its public page at once, with the amount granted.
    await visit(manager, projectPath);
    expect((await manager.locator("h1").textContent())?.trim()).toBe("Singing across the border");
    expect(await mainText(manager)).toContain("NOK 70,000");
    // The same search finds it at once: an approval refreshes the server's cached answers.
    const found = await (await manager.request.get(catalogueSearch)).json();
    expect(found.items.map((item: { caseNumber: string }) => item.caseNumber)).toEqual([caseNumber]);

    // The applicant accepts the grant and asks for the advance (at most 75 %).
    await visit(applicant, `${applicationPath}/status`);
    await expectText(applicant, "Status: Approved");
    await submit(applicant, applicant.getByRole("link", { name: "Decision and letter" }), /\/grant$/);
    await expectAccessible(applicant);
    await applicant.locator("#accept-confirm").check();
    await submit(applicant, applicant.getByRole("button", { name: "Accept the grant" }), /accepted=1/);
    await expectAccessible(applicant);
    await visit(applicant, `${applicationPath}/payments`);
    await expectText(applicant, "NOK 52,500");
    await fill(applicant, { amount: "52500" });
    await submit(applicant, applicant.getByRole("button", { name: "Request the advance" }), /done=requested/);
    await expectAccessible(applicant);

    // The adviser approves the advance and marks it paid: the project is running.
    await visit(adviser, `${casePath}/payments`);
    await submit(adviser, adviser.locator('button[name="intent"][value="approve"]'), /done=approve/);
    await expectAccessible(adviser);
    await submit(adviser, adviser.locator('button[name="intent"][value="mark-paid"]'), /done=mark-paid/);
    await expectText(adviser, "The case is: Running");
    await expectAccessible(adviser);

    // The applicant writes and sends the final report (own funding 30 %, no auditor needed).
    await visit(applicant, `${applicationPath}/final-report`);
    await fill(applicant, {
      done: "Two gatherings and two concerts, in Murmansk and in Kirkenes.",
      results: "A joint repertoire and a choir exchange that goes on next year.",
      cooperation: "The partners planned together and led one gathering each.",
      participantsApplicant: "12",
      participantsPartner: "15",
      "actual.travel": "60000",
      "actual.food": "30000",
      ownWorkActual: "10000",
      financingGrant: "70000",
      financingOwnFunds: "10000",
      financingPartners: "10000",
      financingOther: "0",
    });
    await submit(applicant, applicant.getByRole("button", { name: "Send the final report" }), /done=sent/);
    await expectAccessible(applicant);

    // The adviser approves the report.
    await visit(adviser, `${casePath}/final-report`);
    await adviser.getByRole("button", { name: "Approve the report" }).click();
    await adviser.getByText("The report was approved.").waitFor();
    await expectAccessible(adviser);

    // The applicant asks for the rest; the adviser approves and pays it; the case is closed.
    await visit(applicant, `${applicationPath}/payments`);
    await expectText(applicant, "NOK 17,500");
    await fill(applicant, { amount: "17500" });
    await submit(
      applicant,
      applicant.getByRole("button", { name: "Request the final payment" }),
      /done=requested/,
    );
    await expectAccessible(applicant);
    await visit(adviser, `${casePath}/payments`);
    await submit(adviser, adviser.locator('button[name="intent"][value="approve"]'), /done=approve/);
    await submit(adviser, adviser.locator('button[name="intent"][value="mark-paid"]'), /done=mark-paid/);
    await expectText(adviser, "The case is: Closed");
    await expectAccessible(adviser);

    await visit(applicant, `${applicationPath}/status`);
    await expectText(applicant, "Status: Closed");
    await visit(adviser, casePath);
    await expectState(adviser, "Closed");

    for (const [role, { page, errors }] of Object.entries(roles)) {
      expect(errors, `console errors for the ${role}`).toEqual([]);
      await page.context().close();
    }
  });
});
