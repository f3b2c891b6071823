import createUser from "./commands/create-user.ts";
import generateProjects from "./commands/generate-projects.ts";
import importProjects from "./commands/import-projects.ts";
import seedDemo from "./commands/seed-demo.ts";
import verifyAudit from "./commands/verify-audit.ts";
import type { CliCommand } from "./define-command.ts";

// Every command the CLI knows, in the order `--help` lists them.
//
// To add a command (say `create-user`):
//   1. Create cli/commands/create-user.ts that default-exports
//        defineCommand({ name: "create-user", summary: "…one line…", options: { role: { type: "string",
//        description: "…", valueName: "ROLE" } }, positionals: "<email>", async run(io) { … return 0; } })
//      Inside run(), `io.values.role` is typed from `options`, `io.positionals` holds the rest, and
//      `withCliDatabase(io, async (database) => …)` opens the configured database.
//      Import domain modules inside run() (`await import("#domain/…")`), not at the top: the schema
//      and drivers take most of a second to load, and every command module is loaded for `--help`.
//      Print with io.stdout/io.stderr (never personal data on stderr: it ends up in logs).
//      Exit codes: 0 success, 1 failure, 2 wrong usage.
//   2. Import it here and add it to the list below.
// Parsing, --help for the list and for the command, and unknown commands/options are handled by
// run-cli.ts; tests can call runCli() directly or spawn cli/main.ts.
export const commands: CliCommand[] = [createUser, seedDemo, verifyAudit, importProjects, generateProjects];
