-- The catalogue's revision: one row, raised by every statement that changes catalogue_project, in
-- any process (the server, the CLI's archive import). The catalogue cache (domain/catalogue/
-- catalogue-cache.ts) compares it to tell that a cached answer still holds. The trigger and the
-- single row are hand-written: Drizzle declares the table and its check only. Writers of the
-- catalogue queue on the row until they commit; they are few (an approval, an import batch).
CREATE TABLE "catalogue_revision" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "catalogue_revision_one_row" CHECK ("catalogue_revision"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "catalogue_revision" ("id", "revision") VALUES (1, 0);--> statement-breakpoint
CREATE OR REPLACE FUNCTION catalogue_revision_raise() RETURNS trigger AS $$
BEGIN
  UPDATE catalogue_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER catalogue_revision_on_change
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalogue_project"
  FOR EACH STATEMENT EXECUTE FUNCTION catalogue_revision_raise();
