ALTER TABLE "import_rows" ADD COLUMN "name_key" text;--> statement-breakpoint
ALTER TABLE "import_rows" ADD COLUMN "site_key" text;--> statement-breakpoint
ALTER TABLE "import_rows" ADD COLUMN "email_key" text;--> statement-breakpoint
CREATE INDEX "partners_name_key_md5_idx" ON "partners" USING btree (md5("name_key"));