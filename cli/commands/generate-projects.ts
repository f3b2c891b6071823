import { defineCommand } from "../define-command.ts";
import { withCliDatabase } from "../open-cli-database.ts";

const maxCount = 1_000_000;

export default defineCommand({
  name: "generate-projects",
  summary: "Fill the public catalogue with synthetic (made-up) projects for demos and benchmarks",
  description:
    "Writes N made-up projects in Norwegian, English and Russian, spread over 2003-2026, the programmes,\n" +
    "priority areas, counties and partner regions. The same --seed gives the same projects. They are marked\n" +
    'synthetic (the pages label them) and numbered "S<year>/<number>", a range no real case uses; running\n' +
    "again updates them instead of adding more. --replace first removes every synthetic project.\n" +
    "Refused when NODE_ENV=production unless --allow-production is given.\n" +
    "Uses DATABASE_URL when set, otherwise the embedded database in DATA_DIR (stop the server first).\n" +
    "Exit code 0 when written, 1 when refused or the database cannot be opened, 2 on wrong usage.",
  options: {
    count: { type: "string", description: `number of projects, 1 to ${maxCount}`, valueName: "N" },
    seed: { type: "string", description: "seed of the corpus (default 1)", valueName: "S" },
    replace: { type: "boolean", description: "remove every synthetic project first" },
    "allow-production": { type: "boolean", description: "write even when NODE_ENV=production" },
  },
  async run(io) {
    const count = Number(io.values.count);
    if (!io.values.count || !/^\d+$/.test(io.values.count) || count < 1 || count > maxCount) {
      io.stderr(`Usage: generate-projects --count N [--seed S] [--replace]   (N from 1 to ${maxCount})\n`);
      return 2;
    }
    const seed = io.values.seed ?? "1";
    if (seed.length > 100) {
      io.stderr("The seed is at most 100 characters.\n");
      return 2;
    }
    if (io.env.NODE_ENV === "production" && !io.values["allow-production"]) {
      io.stderr(
        "Synthetic projects are not written when NODE_ENV=production (add --allow-production to insist).\n",
      );
      return 1;
    }
    const { insertSyntheticProjects } = await import(
      "#domain/catalogue/synthetic/generate-projects.server.ts"
    );
    const { createProgress } = await import("#domain/catalogue/progress.ts");
    return withCliDatabase(io, async (database) => {
      const progress = createProgress({
        write: io.stderr,
        tty: Boolean(process.stderr.isTTY),
        label: "Generating",
        total: count,
      });
      const started = Date.now();
      const result = await insertSyntheticProjects(database.db, {
        count,
        seed,
        replace: io.values.replace === true,
        onProgress: (written) => progress.update(written),
      });
      progress.done();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.stdout(
        `${result.removed ? `Removed ${result.removed} synthetic projects. ` : ""}` +
          `Wrote ${result.written} synthetic projects (seed ${seed}) in ${seconds} s.\n`,
      );
      return 0;
    });
  },
});
