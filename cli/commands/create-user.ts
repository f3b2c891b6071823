import { defineCommand } from "../define-command.ts";
import { withCliDatabase } from "../open-cli-database.ts";

export default defineCommand({
  name: "create-user",
  summary: "Create an account with a role (staff, board, administrators)",
  description:
    "Creates a verified account that can log in at once.\n" +
    "Roles: applicant, partner, adviser, programme_manager, board_member, administrator; an adviser needs --office\n" +
    "(kirkenes, murmansk, arkhangelsk, naryan-mar). Without --password-stdin a random password is made and printed.\n" +
    "Exit code 0 when created, 1 when the address exists or the database cannot be opened, 2 on bad options.",
  positionals: "<email>",
  options: {
    name: { type: "string", description: "the person's name", valueName: "NAME" },
    role: { type: "string", description: "one of the roles above", valueName: "ROLE" },
    office: { type: "string", description: "office id, required for advisers", valueName: "OFFICE" },
    locale: {
      type: "string",
      description: "language of the person's e-mails: nb, en or ru (default nb)",
      valueName: "LANG",
    },
    "password-stdin": { type: "boolean", description: "read the password from standard input" },
  },
  async run(io) {
    const [email, ...rest] = io.positionals;
    if (!email || rest.length > 0 || !io.values.name || !io.values.role) {
      io.stderr(
        "Usage: create-user <email> --name NAME --role ROLE [--office OFFICE] [--locale LANG] [--password-stdin]\n",
      );
      return 2;
    }
    const crypto = await import("node:crypto");
    const { newUserSchema, createUser, UserExistsError } = await import(
      "#domain/accounts/create-user.server.ts"
    );
    const { ensureOffices } = await import("#domain/offices/ensure-offices.server.ts");
    const password = io.values["password-stdin"]
      ? (await readStdin()).replace(/\r?\n$/, "")
      : crypto.randomBytes(12).toString("base64url");
    const input = {
      email,
      name: io.values.name,
      role: io.values.role,
      officeId: io.values.office,
      locale: io.values.locale ?? "nb",
      password,
      emailVerified: true,
    };
    const parsed = newUserSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        io.stderr(`${issue.path.join(".") || "input"}: ${issue.message}\n`);
      return 2;
    }
    return withCliDatabase(io, async (database) => {
      try {
        await ensureOffices(database.db);
        const user = await createUser(database.db, parsed.data, { id: null, label: "cli" });
        io.stdout(`Created ${user.role} ${user.email} (id ${user.id})\n`);
        if (!io.values["password-stdin"]) io.stdout(`Password: ${password}\n`);
        return 0;
      } catch (error) {
        if (error instanceof UserExistsError) {
          io.stderr("A user with this e-mail address already exists.\n");
          return 1;
        }
        throw error;
      }
    });
  },
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
