import { ConfigError, parseConfig } from "#config/env.ts";

/**
 * The configuration from the environment, for the server's entry points: a wrong or missing
 * setting ends the process with the message that says which, not a stack trace.
 */
export function configOrExit(env: NodeJS.ProcessEnv = process.env): ReturnType<typeof parseConfig> {
  try {
    return parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
