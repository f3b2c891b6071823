import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection.ts";
import { cliInTemporaryDataDir } from "#tests/fixtures/cli.ts";

// create-user and seed-demo through runCli, against an embedded database in a temporary directory,
// as an operator would run them with the server stopped.

const { cli, dataDir } = cliInTemporaryDataDir("bb-cli-accounts-", {
  DEMO_PASSWORD: "cli-demo-password",
  DEMO_PROJECTS: "0",
});

describe("account commands", () => {
  it("creates an adviser in an office, who can then be found with the role", async () => {
    const result = await cli([
      "create-user",
      "Kari@Example.org",
      "--name",
      "Kari Adviser",
      "--role",
      "adviser",
      "--office",
      "kirkenes",
      "--locale",
      "en",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^Created adviser kari@example.org \(id [0-9a-f-]+\)\nPassword: \S{12,}\n$/,
    );
    const database = await openDatabase({ dataDir: dataDir() });
    const user = await database.db.query.users.findFirst({
      where: (u, { eq }) => eq(u.email, "kari@example.org"),
    });
    const account = await database.db.query.accounts.findFirst({
      where: (a, { eq }) => eq(a.userId, user!.id),
    });
    await database.close();
    expect(user).toMatchObject({ role: "adviser", officeId: "kirkenes", locale: "en", emailVerified: true });
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain(result.stdout.split("Password: ")[1]!.trim());
  });

  it("refuses bad options with usage errors and a taken address without changing anything", async () => {
    expect(
      (await cli(["create-user", "a@example.org", "--name", "A", "--role", "adviser"])).stderr,
    ).toContain("an adviser belongs to an office");
    expect((await cli(["create-user", "a@example.org", "--name", "A", "--role", "emperor"])).code).toBe(2);
    expect((await cli(["create-user", "not-an-address", "--name", "A", "--role", "applicant"])).code).toBe(2);
    expect((await cli(["create-user", "--name", "A"])).code).toBe(2);
    const taken = await cli(["create-user", "kari@example.org", "--name", "Other", "--role", "applicant"]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe("A user with this e-mail address already exists.\n");
  });

  it("seeds demo data only into a database without accounts, and never in production", async () => {
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-cli-seed-"));
    const first = await cli(["seed-demo"], { DATA_DIR: emptyDir, DEMO_PROJECTS: "12" });
    expect(first).toMatchObject({ code: 0, stdout: "Demo data created.\n" });
    const second = await cli(["seed-demo"], { DATA_DIR: emptyDir });
    expect(second.stdout).toBe("The database already has accounts: nothing was changed.\n");
    const database = await openDatabase({ dataDir: emptyDir });
    const users = await database.db.query.users.findMany();
    const programmes = await database.db.query.programmes.findMany();
    // The demo catalogue: the number asked for, every one labelled synthetic.
    const catalogue = (await database.db.execute(
      sql`select source, count(*)::int as n from catalogue_project group by source`,
    )) as unknown as { rows: { source: string; n: number }[] };
    await database.close();
    expect(catalogue.rows).toEqual([{ source: "synthetic", n: 12 }]);
    expect(users.map((u) => u.role).sort()).toEqual([
      "administrator",
      "adviser",
      "applicant",
      "board_member",
      "partner",
      "programme_manager",
    ]);
    expect(programmes.map((p) => p.id).sort()).toEqual(["no-ru-regular", "no-se-fi-2024"]);
    const production = await cli(["seed-demo"], {
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "bb-cli-prod-")),
      NODE_ENV: "production",
    });
    expect(production.code).toBe(1);
    fs.rmSync(emptyDir, { recursive: true, force: true });
  });
});
