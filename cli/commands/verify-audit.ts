import { defineCommand } from "../define-command.ts";
import { withCliDatabase } from "../open-cli-database.ts";

export default defineCommand({
  name: "verify-audit",
  summary: "Check that no audit log entry was altered, removed or inserted",
  description:
    "Recomputes the hash chain of the whole audit log, oldest entry first.\n" +
    "Uses DATABASE_URL when set, otherwise the embedded database in DATA_DIR (stop the server first).\n" +
    "Exit code 0 when the chain is intact, 1 when it is broken or the database cannot be opened.",
  async run(io) {
    const { verifyAuditChain } = await import("#domain/audit/verify-audit-chain.server.ts");
    return withCliDatabase(io, async (database) => {
      const report = await verifyAuditChain(database.db);
      if (report.ok) {
        io.stdout(`Audit chain OK: ${report.checked} entries checked\n`);
        return 0;
      }
      io.stdout(`Audit chain BROKEN at entry #${report.firstBroken?.id}: ${report.firstBroken?.reason}\n`);
      return 1;
    });
  },
});
