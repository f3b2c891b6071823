import { defineCommand } from "../define-command.ts";
import { withCliDatabase } from "../open-cli-database.ts";

// The columns (domain/catalogue/import-archive.server.ts, archiveColumns, is the source of truth; --help
// prints them from there):
//   case_number*, year*, programme, priority_area, title_nb, title_en, title_ru (at least one
//   title column*), summary_nb, summary_en, summary_ru, results_nb, results_en, results_ru,
//   applicant_name*, applicant_county, partner_names (separated by "|"), partner_countries,
//   partner_regions (one per partner or one for all, separated by "|"), amount_nok*, starts_on,
//   ends_on (YYYY-MM-DD), status* (ongoing | finished).            * required column

const columnHelp =
  "Columns (first line; any order; * required):\n" +
  "  case_number*  year*  programme  priority_area  title_nb  title_en  title_ru (at least one title)\n" +
  "  summary_nb  summary_en  summary_ru  results_nb  results_en  results_ru\n" +
  "  applicant_name*  applicant_county  partner_names  partner_countries  partner_regions\n" +
  "  amount_nok*  starts_on  ends_on  status*\n" +
  'Lists (partner_names, partner_countries, partner_regions) are separated by "|"; countries and regions\n' +
  "give one value per partner, in order, or one value for all. Dates are YYYY-MM-DD, status is ongoing or\n" +
  'finished, amount_nok whole kroner ("150 000" is fine). The catalogue\'s own CSV export can be imported.';

export default defineCommand({
  name: "import-projects",
  summary: "Import the historical project archive from a CSV file into the public catalogue",
  description:
    "Reads FILE.csv (UTF-8, RFC 4180: fields with commas, quotes or line breaks in double quotes, quotes\n" +
    "doubled; semicolon-separated files from Norwegian Excel are read too), checks every row, and writes the\n" +
    "projects only when no row is bad, all in one transaction. A project is keyed by its case number: importing\n" +
    "again updates the rows instead of adding new ones. Imported projects are marked as archive records.\n" +
    "With --dry-run nothing is written: every bad row is listed by line number and reason.\n" +
    `${columnHelp}\n` +
    "Uses DATABASE_URL when set, otherwise the embedded database in DATA_DIR (stop the server first).\n" +
    "Exit code 0 when imported (or a dry run found no bad row), 1 when rows are bad or the file or database\n" +
    "cannot be read, 2 on wrong usage.",
  positionals: "<FILE.csv>",
  options: {
    "dry-run": { type: "boolean", description: "check the file and report bad rows, write nothing" },
  },
  async run(io) {
    const [file, ...rest] = io.positionals;
    if (!file || rest.length > 0) {
      io.stderr("Usage: import-projects <FILE.csv> [--dry-run]\n");
      return 2;
    }
    const fs = await import("node:fs");
    const { readArchiveCsv, checkArchiveAgainstCatalogue, importArchive, ArchiveImportError } = await import(
      "#domain/catalogue/import-archive.server.ts"
    );
    const { createProgress } = await import("#domain/catalogue/progress.ts");
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      io.stderr(
        `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
      );
      return 1;
    }
    const reading = readArchiveCsv(bytes);
    for (const warning of reading.warnings) io.stderr(`warning: ${warning}\n`);
    const report = () => {
      for (const error of reading.errors) io.stdout(`line ${error.line}: ${error.reason}\n`);
    };
    // A problem with the whole file (encoding, header) leaves no rows to look at in the database.
    if (reading.errors.length > 0 && reading.projects.length === 0 && reading.rows === 0) {
      report();
      io.stderr("Nothing was imported.\n");
      return 1;
    }
    return withCliDatabase(io, async (database) => {
      await checkArchiveAgainstCatalogue(database.db, reading);
      const bad = reading.errors.length;
      if (io.values["dry-run"]) {
        report();
        io.stdout(
          `Dry run: ${reading.rows} rows read, ${reading.projects.length} good, ${bad} bad. Nothing was written.\n`,
        );
        return bad > 0 ? 1 : 0;
      }
      if (bad > 0) {
        report();
        io.stderr(`${bad} bad row${bad > 1 ? "s" : ""}: nothing was imported. Fix them and import again.\n`);
        return 1;
      }
      const progress = createProgress({
        write: io.stderr,
        tty: Boolean(process.stderr.isTTY),
        label: "Importing",
        total: reading.projects.length,
      });
      try {
        const summary = await importArchive(
          database.db,
          reading.projects.map((p) => p.project),
          { onProgress: (written) => progress.update(written) },
        );
        progress.done();
        io.stdout(
          `Imported ${summary.inserted + summary.updated} projects: ${summary.inserted} new, ${summary.updated} updated.\n`,
        );
        return 0;
      } catch (error) {
        progress.done();
        if (error instanceof ArchiveImportError) {
          io.stderr(`${error.message}\n`);
          return 1;
        }
        throw error;
      }
    });
  },
});
