CREATE TYPE "public"."engagement_kind" AS ENUM('incoming_delegation', 'outgoing_delegation', 'meeting', 'exchange_programme', 'conference', 'seminar', 'forum', 'training', 'cultural_event', 'aid_handover', 'online_meeting');--> statement-breakpoint
CREATE TYPE "public"."engagement_level" AS ENUM('state_leader', 'ministerial', 'central_agency', 'provincial', 'district', 'organisation');--> statement-breakpoint
CREATE TYPE "public"."engagement_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'rejected', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."engagement_participant_role" AS ENUM('head_of_delegation', 'member', 'speaker', 'interpreter', 'organiser', 'guest');--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "engagement_co_units" (
	"engagement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "engagement_co_units_engagement_id_unit_id_pk" PRIMARY KEY("engagement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"title" text NOT NULL,
	"signed_on" date,
	"agreement_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_fields" (
	"engagement_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	CONSTRAINT "engagement_fields_engagement_id_field_id_pk" PRIMARY KEY("engagement_id","field_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_user_id" uuid,
	"due_date" date,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"user_id" uuid,
	"contact_id" uuid,
	"partner_id" uuid,
	"name" text NOT NULL,
	"role" "engagement_participant_role" DEFAULT 'member' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "engagement_participants_who_check" CHECK ("engagement_participants"."user_id" is null or "engagement_participants"."contact_id" is null)
);
--> statement-breakpoint
CREATE TABLE "engagement_partners" (
	"engagement_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "engagement_partners_engagement_id_partner_id_pk" PRIMARY KEY("engagement_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"title" text NOT NULL,
	"speakers" text DEFAULT '' NOT NULL,
	"room" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_settings" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"approval_kinds" "engagement_kind"[] NOT NULL,
	"clash_window_days" integer DEFAULT 7 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"engagement_id" uuid NOT NULL,
	"from_state" "engagement_state" NOT NULL,
	"to_state" "engagement_state" NOT NULL,
	"actor_id" uuid,
	"comment" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "engagement_kind" NOT NULL,
	"title_vi" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"title_fr" text DEFAULT '' NOT NULL,
	"state" "engagement_state" DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	"time_zone" text DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
	"country_code" char(2),
	"city" text DEFAULT '' NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"level" "engagement_level",
	"purpose" text DEFAULT '' NOT NULL,
	"budget_amount" numeric(16, 2),
	"budget_currency" char(3),
	"outcome" text DEFAULT '' NOT NULL,
	"needs_approval" boolean DEFAULT false NOT NULL,
	"approver_unit_id" uuid,
	"decision_due_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"visibility" "visibility" DEFAULT 'unit' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagements_titled_check" CHECK (("engagements"."title_vi" || "engagements"."title_en" || "engagements"."title_fr") <> ''),
	CONSTRAINT "engagements_time_check" CHECK ("engagements"."ends_at" >= "engagements"."starts_at"),
	CONSTRAINT "engagements_budget_check" CHECK (("engagements"."budget_amount" is null) = ("engagements"."budget_currency" is null))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_co_units" ADD CONSTRAINT "engagement_co_units_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_co_units" ADD CONSTRAINT "engagement_co_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_documents" ADD CONSTRAINT "engagement_documents_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_fields" ADD CONSTRAINT "engagement_fields_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_fields" ADD CONSTRAINT "engagement_fields_field_id_cooperation_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."cooperation_fields"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_follow_ups" ADD CONSTRAINT "engagement_follow_ups_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_follow_ups" ADD CONSTRAINT "engagement_follow_ups_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_follow_ups" ADD CONSTRAINT "engagement_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_contact_id_partner_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."partner_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_partners" ADD CONSTRAINT "engagement_partners_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_partners" ADD CONSTRAINT "engagement_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_sessions" ADD CONSTRAINT "engagement_sessions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_settings" ADD CONSTRAINT "engagement_settings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_transitions" ADD CONSTRAINT "engagement_transitions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_transitions" ADD CONSTRAINT "engagement_transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_organiser_unit_id_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_approver_unit_id_units_id_fk" FOREIGN KEY ("approver_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_idx" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_user_idx" ON "calendar_feeds" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "engagement_co_units_unit_idx" ON "engagement_co_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "engagement_documents_engagement_idx" ON "engagement_documents" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_follow_ups_engagement_idx" ON "engagement_follow_ups" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_follow_ups_owner_idx" ON "engagement_follow_ups" USING btree ("owner_user_id","done","due_date");--> statement-breakpoint
CREATE INDEX "engagement_participants_engagement_idx" ON "engagement_participants" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_participants_user_idx" ON "engagement_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "engagement_partners_partner_idx" ON "engagement_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "engagement_sessions_engagement_idx" ON "engagement_sessions" USING btree ("engagement_id","starts_at");--> statement-breakpoint
CREATE INDEX "engagement_transitions_engagement_idx" ON "engagement_transitions" USING btree ("engagement_id","at");--> statement-breakpoint
CREATE INDEX "engagements_starts_idx" ON "engagements" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "engagements_ends_idx" ON "engagements" USING btree ("ends_at");--> statement-breakpoint
CREATE INDEX "engagements_owner_idx" ON "engagements" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "engagements_state_idx" ON "engagements" USING btree ("state");--> statement-breakpoint
CREATE INDEX "engagements_approver_idx" ON "engagements" USING btree ("approver_unit_id","state");--> statement-breakpoint
CREATE INDEX "engagements_search_trgm_idx" ON "engagements" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id","read_at");--> statement-breakpoint
CREATE INDEX "attachments_entity_idx" ON "attachments" USING btree ("entity","entity_id");