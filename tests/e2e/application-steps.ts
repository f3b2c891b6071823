import type { Page } from "playwright-core";
import { fill, isoDay } from "./browser.ts";

// The application the end-to-end applicants write, step by step through the real form: a choir
// project with one partner and one gathering, NOK 100,000 in costs, and the partner's letter.
// Each journey says how it saves a step and opens the next one (with axe, in one language or three).

export interface StepDriver {
  /** Saves the step on screen and waits for the saved page. */
  save(): Promise<void>;
  /** Opens a step of the application ("applicant", "partners", …). */
  open(step: string): Promise<void>;
}

/** Fills the steps from the project to the attachments; the page starts on the project step. */
export async function writeApplication(
  page: Page,
  driver: StepDriver,
  options: { financing: Record<string, string>; travelDescription: string },
) {
  await fill(page, {
    "title.en": "Singing across the border",
    "summary.en": "Choirs from Kirkenes and Murmansk meet twice and give two concerts.",
    "cooperation.en": "The partners plan the programme together and lead one gathering each.",
    priorityArea: "culture-sport",
    startDate: isoDay(40),
    endDate: isoDay(200),
  });
  await driver.save();
  await driver.open("applicant");
  await fill(page, { contactPhone: "+47 912 34 567" });
  await driver.save();
  await driver.open("partners");
  await fill(page, {
    "items[0].name": "Murmansk Youth Choir",
    "items[0].kind": "organisation",
    "items[0].country": "RU",
    "items[0].region": "ru-murmansk",
  });
  await driver.save();
  await driver.open("activities");
  await fill(page, {
    "items[0].title": "Gathering in Murmansk",
    "items[0].startDate": isoDay(60),
    "items[0].endDate": isoDay(62),
    "items[0].place": "Murmansk",
    "items[0].participantsApplicant": "12",
    "items[0].participantsPartner": "15",
  });
  await driver.save();
  // The budget, with rows added by their buttons.
  await driver.open("budget");
  await fill(page, {
    "lines[0].category": "travel",
    "lines[0].amount": "60000",
    "lines[0].description": options.travelDescription,
  });
  await page.getByRole("button", { name: "Add a cost" }).click();
  await page.locator('[name="lines[1].category"]').waitFor();
  await fill(page, {
    "lines[1].category": "food",
    "lines[1].amount": "30000",
    "lines[1].foodPersons": "20",
    "lines[1].foodDays": "3",
  });
  await page.getByRole("button", { name: "Add own work" }).click();
  await page.locator('[name="ownWork[0].kind"]').waitFor();
  await fill(page, { "ownWork[0].kind": "volunteer", "ownWork[0].side": "NO", "ownWork[0].hours": "50" });
  await driver.save();
  await driver.open("financing");
  await fill(page, options.financing);
  await driver.save();
  // The partner's letter, judged by its content.
  await driver.open("attachments");
  await page.locator('[name="kind"]').selectOption("partner-letter");
  await page.locator('[name="file"]').setInputFiles({
    name: "letter.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await page.locator("main form button[type='submit']").last().click();
  await page
    .getByRole("link", { name: /letter\.pdf/ })
    .first()
    .waitFor();
}
