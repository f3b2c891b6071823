-- Account security (issue #13): failed logins per account and per address move from Better Auth's
-- rate_limit table to a table of their own, with a fixed window and an explicit end of the block;
-- the old counters go. A flag asks a person whose password no longer meets the policy to change it.
DELETE FROM "rate_limit" WHERE "key" LIKE 'login-failure:%';--> statement-breakpoint
CREATE TABLE "login_failure" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "password_change_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "login_failure_window_idx" ON "login_failure" USING btree ("window_started_at");