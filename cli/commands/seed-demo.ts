import { defineCommand } from "../define-command.ts";
import { withCliDatabase } from "../open-cli-database.ts";

export default defineCommand({
  name: "seed-demo",
  summary: "Fill an empty database with the demo programmes, offices and one account per role",
  description:
    "The same demo data the server creates on its first start: the Norwegian-Russian and the\n" +
    "Norwegian-Swedish-Finnish programmes, the four offices, and applicant@, partner@, adviser@, manager@,\n" +
    "board@ and admin@example.org with the password in DEMO_PASSWORD, and DEMO_PROJECTS synthetic projects\n" +
    "(default 1500, labelled synthetic) in the public catalogue. Does nothing when any account exists.\n" +
    "Refused when NODE_ENV=production. Exit code 0 when seeded or already seeded, 1 when refused.",
  async run(io) {
    if (io.env.NODE_ENV === "production") {
      io.stderr("Demo data is never written when NODE_ENV=production.\n");
      return 1;
    }
    const { parseConfig } = await import("#config/env.ts");
    const { seedDemo } = await import("#domain/demo/seed-demo.server.ts");
    const { ensureOffices } = await import("#domain/offices/ensure-offices.server.ts");
    const config = parseConfig(io.env);
    return withCliDatabase(io, async (database) => {
      await ensureOffices(database.db);
      const { seeded } = await seedDemo(database.db, config.DEMO_PASSWORD, {
        projects: config.DEMO_PROJECTS,
      });
      io.stdout(
        seeded ? "Demo data created.\n" : "The database already has accounts: nothing was changed.\n",
      );
      return 0;
    });
  },
});
