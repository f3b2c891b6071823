import { runCli } from "./run-cli.ts";

// Entry point: `npm run cli -- <command> [options]`. Output is written before the exit code is set,
// and the process ends on its own once the command has closed its database.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
