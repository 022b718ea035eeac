CREATE TABLE "partner_duplicates" (
	"a_id" uuid NOT NULL,
	"b_id" uuid NOT NULL,
	"score" real NOT NULL,
	"reasons" text[] NOT NULL,
	"dismissed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_duplicates_a_id_b_id_pk" PRIMARY KEY("a_id","b_id")
);
--> statement-breakpoint
ALTER TABLE "partner_duplicates" ADD CONSTRAINT "partner_duplicates_a_id_partners_id_fk" FOREIGN KEY ("a_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_duplicates" ADD CONSTRAINT "partner_duplicates_b_id_partners_id_fk" FOREIGN KEY ("b_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_duplicates_b_idx" ON "partner_duplicates" USING btree ("b_id");--> statement-breakpoint
CREATE INDEX "partner_duplicates_score_idx" ON "partner_duplicates" USING btree ("score");