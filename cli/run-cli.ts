import { parseArgs } from "node:util";
import { commands } from "./command-table.ts";
import type { CliCommand, CliContext, CliIo } from "./define-command.ts";

const invocation = "npm run cli --";

/** Parses argv (without node and the script), runs the command and returns the exit code. */
export async function runCli(argv: string[], io: CliIo, table: CliCommand[] = commands): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(listCommands(table));
    return 2;
  }
  if (name === "--help" || name === "-h") {
    io.stdout(listCommands(table));
    return 0;
  }
  if (name === "help") {
    const topic = rest[0] === undefined ? undefined : table.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !topic) return unknownCommand(rest[0], io);
    io.stdout(topic ? describeCommand(topic) : listCommands(table));
    return 0;
  }
  const command = table.find((c) => c.name === name);
  if (!command) return unknownCommand(name, io);

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        help: { type: "boolean", short: "h" },
        ...Object.fromEntries(
          Object.entries(command.options ?? {}).map(([key, o]) => [
            key,
            o.short ? { type: o.type, short: o.short } : { type: o.type },
          ]),
        ),
      },
      allowPositionals: command.positionals !== undefined,
      strict: true,
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\nRun \`${invocation} ${command.name} --help\` for its options.\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(describeCommand(command));
    return 0;
  }
  try {
    // Only the declared options (all single-valued) get past strict parsing.
    const values = parsed.values as CliContext["values"];
    return await command.run({ ...io, values, positionals: parsed.positionals });
  } catch (error) {
    // Anything a command did not expect: the message for the operator, the stack only on request.
    // A failed query's message repeats its parameters (addresses, names): print the database's
    // own reason instead, so nothing personal reaches stderr and the logs behind it.
    const err = error as Error & { cause?: unknown };
    const reason = err.cause instanceof Error ? err.cause.message : err.message.split("\nparams:")[0];
    io.stderr(`${command.name} failed: ${reason}\n`);
    if (io.env.CLI_DEBUG === "1" && err.stack) io.stderr(`${err.stack}\n`);
    return 1;
  }
}

function unknownCommand(name: string, io: CliIo): number {
  io.stderr(`Unknown command "${name}". Run \`${invocation} --help\` to list the commands.\n`);
  return 2;
}

function listCommands(table: CliCommand[]): string {
  const width = Math.max(4, ...table.map((c) => c.name.length)) + 2;
  const lines = [...table.map((c) => [c.name, c.summary]), ["help", "Show the help of a command"]].map(
    ([name, summary]) => `  ${name!.padEnd(width)}${summary}`,
  );
  return [
    "Barents Bridge command line",
    "",
    `Usage: ${invocation} <command> [options]`,
    "",
    "Commands:",
    ...lines,
    "",
    `Run \`${invocation} <command> --help\` for a command's options.`,
    "",
  ].join("\n");
}

function describeCommand(command: CliCommand): string {
  const options = [
    ...Object.entries(command.options ?? {}).map(([key, o]) => {
      const flag = `${o.short ? `-${o.short}, ` : "    "}--${key}${o.type === "string" ? ` ${o.valueName ?? "VALUE"}` : ""}`;
      return [flag, o.description] as const;
    }),
    ["-h, --help", "Show this help"] as const,
  ];
  const width = Math.max(...options.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: ${invocation} ${command.name}${command.options ? " [options]" : ""}${command.positionals ? ` ${command.positionals}` : ""}`,
    "",
    command.summary,
    ...(command.description ? ["", command.description] : []),
    "",
    "Options:",
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    "",
  ].join("\n");
}
