import type { Database } from "#db/connection.ts";
import type { CliIo } from "./define-command.ts";

/**
 * Runs `work` against the database the environment names (DATABASE_URL, else the embedded one in
 * DATA_DIR), closing it afterwards. Expected problems (bad environment, the embedded database held
 * by a running server) become one line on stderr and exit code 1, not a stack trace.
 */
export async function withCliDatabase(
  io: CliIo,
  work: (database: Database) => Promise<number>,
): Promise<number> {
  // Loaded here, not at the top: the database drivers take most of a second to load, and `--help`
  // or a typo should answer at once.
  const [{ ConfigError, parseConfig }, { DatabaseInUseError, openDatabase }] = await Promise.all([
    import("#config/env.ts"),
    import("#db/connection.ts"),
  ]);
  let database: Database;
  try {
    const config = parseConfig(io.env);
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
