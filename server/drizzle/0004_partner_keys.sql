ALTER TABLE "partners" ADD COLUMN "name_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "partners_name_key_trgm_idx" ON "partners" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partners_website_idx" ON "partners" USING btree ("website");