-- Trigram similarity gives the catalogue search its typo tolerance (contrib on PostgreSQL, bundled in PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "catalogue_project" (
	"id" text PRIMARY KEY NOT NULL,
	"case_number" text NOT NULL,
	"source" text NOT NULL,
	"application_id" text,
	"title" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_county" text,
	"partners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partner_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"partner_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority_area" text,
	"programme_id" text,
	"year" integer NOT NULL,
	"amount_nok" integer NOT NULL,
	"starts_on" text,
	"ends_on" text,
	"status" text NOT NULL,
	"results" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_nb" "tsvector",
	"search_en" "tsvector",
	"search_ru" "tsvector",
	"search_text" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_project_case_number_unique" UNIQUE("case_number")
);
--> statement-breakpoint
ALTER TABLE "catalogue_project" ADD CONSTRAINT "catalogue_project_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_year_idx" ON "catalogue_project" USING btree ("year");--> statement-breakpoint
CREATE INDEX "catalogue_programme_idx" ON "catalogue_project" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "catalogue_area_idx" ON "catalogue_project" USING btree ("priority_area");--> statement-breakpoint
CREATE INDEX "catalogue_county_idx" ON "catalogue_project" USING btree ("applicant_county");--> statement-breakpoint
CREATE INDEX "catalogue_amount_idx" ON "catalogue_project" USING btree ("amount_nok");--> statement-breakpoint
CREATE INDEX "catalogue_search_nb_idx" ON "catalogue_project" USING gin ("search_nb");--> statement-breakpoint
CREATE INDEX "catalogue_search_en_idx" ON "catalogue_project" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "catalogue_search_ru_idx" ON "catalogue_project" USING gin ("search_ru");--> statement-breakpoint
CREATE INDEX "catalogue_regions_idx" ON "catalogue_project" USING gin ("partner_regions");--> statement-breakpoint
CREATE INDEX "catalogue_countries_idx" ON "catalogue_project" USING gin ("partner_countries");--> statement-breakpoint
CREATE INDEX "catalogue_search_text_idx" ON "catalogue_project" USING gin ("search_text" gin_trgm_ops);