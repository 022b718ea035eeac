ALTER TABLE "partners" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "failed_step" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "partners_import_idx" ON "partners" USING btree ("import_id") WHERE "partners"."import_id" is not null;