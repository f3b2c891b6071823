import { checkCatalogs } from "#domain/i18n/catalog.ts";

const problems = checkCatalogs();
if (problems.length > 0) {
  console.error(`Translation catalogs are incomplete (${problems.length} problems):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.warn("Translation catalogs: nb, en and ru complete.");
