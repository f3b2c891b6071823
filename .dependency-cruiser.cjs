// The boundaries of the code base, checked by `npm run lint` (ADR 0010). The one that matters most:
// code that can reach the browser never imports the database, node:*, server folders or a
// *.server.ts module. A module that needs any of those is server-only and says so in its name
// (`*.server.ts`); React Router's build refuses a `.server` module in the browser's bundle, and these
// rules make sure nothing else can smuggle one in.

/** Folders that only ever run on the server (or in tests and tools). */
const serverFolders = "^(db|server|jobs|cli|config|scripts|bench|tests)/";
/** Packages that only run on the server. */
const serverPackages = [
  "^drizzle-orm",
  "^pg$",
  "^pg-boss",
  "^@electric-sql/pglite",
  "^nodemailer",
  "^pdfkit",
  "^better-auth(?!/(react|client))",
  "^express",
  "^compression",
  "^@react-router/(node|express)",
  "^helmet",
];
/** Modules allowed to import server-only code: server-only ones, tests, fixtures, route modules. */
const mayImportServerCode = [
  serverFolders,
  "\\.server\\.tsx?$",
  "\\.test\\.tsx?$",
  "\\.e2e\\.ts$",
  "/testing/",
  // Route modules: React Router strips loader/action (and their imports) from the browser build,
  // and refuses a `.server` import that the component still uses.
  "^app/routes/",
  "^app/root\\.tsx$",
  "^app/entry\\.server\\.tsx$",
  "^app/context\\.ts$",
  "^(vite|vitest|vitest\\.e2e|drizzle|react-router)\\.config\\.ts$",
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "server-code-in-shared-module",
      severity: "error",
      comment:
        "This module may reach the browser, so it must not import the database, node:*, a server " +
        "folder or a *.server.ts module. Move the server part into a *.server.ts module, or rename this " +
        "module to *.server.ts if nothing in the browser needs it.",
      from: { pathNot: mayImportServerCode },
      to: {
        dependencyTypesNot: ["type-only"],
        path: [serverFolders, "\\.server\\.tsx?$", ...serverPackages],
      },
    },
    {
      name: "node-builtin-in-shared-module",
      severity: "error",
      comment: "node:* modules do not exist in the browser: only *.server.ts modules may use them.",
      from: { pathNot: mayImportServerCode },
      to: { dependencyTypes: ["core"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "vocabulary-imports-nothing",
      severity: "error",
      comment: "The vocabulary is imported by the schema, the domain and the browser; it depends on nothing.",
      from: { path: "^vocabulary/" },
      to: { pathNot: "^vocabulary/" },
    },
    {
      name: "schema-knows-no-domain",
      severity: "error",
      comment: "db/ depends on the vocabulary only; the domain depends on db/, never the other way.",
      from: { path: "^db/" },
      to: { path: "^(domain|app|server|jobs|cli)/" },
    },
    {
      name: "domain-knows-no-http-or-react",
      severity: "error",
      comment: "The domain is plain TypeScript: routes, the CLI, jobs and the API are doors into it.",
      from: { path: "^domain/", pathNot: ["\\.test\\.tsx?$", "/testing/"] },
      to: { path: ["^(app|server|cli)/", "^react($|-dom|-router)", "^express", "^@react-router/"] },
    },
    {
      name: "one-way-to-send-a-notification",
      severity: "error",
      comment:
        "E-mails and in-app notifications are written by sendNotification " +
        "(domain/notifications/send-notification.server.ts) and nothing else (ADR 0013): call it, with " +
        "a kind from notification-kinds.server.ts, instead of writing to the outbox yourself.",
      from: {
        path: "^(app|domain|server|jobs|cli)/",
        pathNot: ["^domain/notifications/send-notification\\.server\\.ts$", "\\.test\\.tsx?$", "/testing/"],
      },
      to: { path: "^domain/mail/queue-mail\\.server\\.ts$" },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules that import each other cannot be understood (or tested) one at a time.",
      from: {},
      to: { circular: true, dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|build|data|\\.tmp|\\.react-router)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
