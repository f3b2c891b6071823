import { describe, expect, it } from "vitest";
import { demoAccounts } from "#domain/demo/demo-accounts.ts";
import { baseUrl, browserForFile, expectAccessible, login, newPage } from "./browser.ts";

const browser = browserForFile();

// Pages each role can reach from the menu; axe runs on every one.
const pagesFor: Record<string, string[]> = {
  applicant: ["/en/account", "/en/organisations"],
  partner: ["/en/account", "/en/organisations"],
  adviser: ["/en/account", "/en/workbench"],
  programme_manager: ["/en/account", "/en/workbench"],
  board_member: ["/en/account", "/en/workbench"],
  administrator: [
    "/en/account",
    "/en/workbench",
    "/en/admin",
    "/en/admin/users",
    "/en/admin/audit",
    "/en/admin/outbox",
    "/en/admin/jobs",
  ],
};

const roleNames: Record<string, string> = {
  applicant: "applicant",
  partner: "partner",
  adviser: "adviser",
  programme_manager: "programme manager",
  board_member: "board member",
  administrator: "administrator",
};

describe("every role logs in, sees its pages, and logs out", () => {
  for (const account of demoAccounts) {
    it(`${account.role}`, async () => {
      const context = await browser().newContext({ locale: "en-GB" });
      const { page, errors } = await newPage(context);
      await login(page, account.email);
      await expect
        .poll(() => page.locator("main").textContent())
        .toContain(`You are logged in as ${account.name} (${roleNames[account.role]}).`);
      for (const path of pagesFor[account.role]!) {
        const response = await page.goto(`${baseUrl()}${path}`);
        expect(response?.status(), path).toBe(200);
        await expectAccessible(page);
      }
      // What the role may not open answers 403 in the page's language.
      if (account.role !== "administrator") {
        const response = await page.goto(`${baseUrl()}/ru/admin/audit`);
        expect(response?.status()).toBe(403);
        expect(await page.locator("h1").textContent()).toBe("Нет доступа");
        await expectAccessible(page);
      }
      await page.goto(`${baseUrl()}/en`);
      await page.getByRole("button", { name: "Log out" }).click();
      await page.getByRole("link", { name: "Log in" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/en");
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
