import path from "node:path";
import { checkI18n } from "#domain/i18n/check-catalogues.server.ts";

// The translation catalogues' check (docs/translating.md): run from the project's root.
const problems = checkI18n(path.resolve(import.meta.dirname, ".."));
if (problems.length > 0) {
  console.error(`Translation catalogues have ${problems.length} problem(s) (domain/i18n/messages/):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.warn("Translation catalogues: nb, en and ru complete, valid ICU, every key used.");
