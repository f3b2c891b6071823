ALTER TABLE "organization" ADD COLUMN "org_number" text;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "county" text;--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_org_number_unique" UNIQUE("org_number");