// The shape of one CLI command. A command is a small module in cli/commands/ that default-exports
// `defineCommand({...})`; cli/command-table.ts lists them. See that file for how to add one.

export interface CliOption {
  type: "string" | "boolean";
  short?: string;
  /** One line for `<command> --help`. */
  description: string;
  /** Placeholder shown in help for string options, e.g. "EMAIL". */
  valueName?: string;
}

type OptionValues<O extends Record<string, CliOption>> = {
  [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string;
};

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

export interface CliContext<O extends Record<string, CliOption> = Record<string, CliOption>> extends CliIo {
  values: OptionValues<O>;
  positionals: string[];
}

export interface CliCommand<O extends Record<string, CliOption> = Record<string, CliOption>> {
  /** What the user types: kebab-case, verb first (`verify-audit`, `create-user`). */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Longer text for `<command> --help`: what it does, what it reads, its exit codes. */
  description?: string;
  /** e.g. "<email>" when the command takes positionals; none are accepted otherwise. */
  positionals?: string;
  options?: O;
  /** Returns the exit code: 0 success, 1 failure, 2 wrong usage. */
  run(context: CliContext<O>): Promise<number>;
}

/** Keeps a command's option names and types tied to the `values` its run() receives. */
export function defineCommand<const O extends Record<string, CliOption> = Record<never, CliOption>>(
  command: CliCommand<O>,
): CliCommand {
  return command as unknown as CliCommand;
}
