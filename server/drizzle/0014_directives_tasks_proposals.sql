CREATE TYPE "public"."directive_kind" AS ENUM('directive', 'resolution', 'conclusion', 'plan', 'decision', 'programme');--> statement-breakpoint
CREATE TYPE "public"."directive_status" AS ENUM('in_force', 'superseded', 'expired');--> statement-breakpoint
CREATE TYPE "public"."progress_status" AS ENUM('not_started', 'on_track', 'at_risk', 'late', 'done');--> statement-breakpoint
CREATE TYPE "public"."task_report_state" AS ENUM('draft', 'submitted', 'accepted', 'returned');--> statement-breakpoint
CREATE TYPE "public"."reporting_cadence" AS ENUM('monthly', 'quarterly', 'half_yearly', 'yearly', 'once');--> statement-breakpoint
CREATE TYPE "public"."task_recurrence" AS ENUM('none', 'monthly', 'quarterly', 'half_yearly', 'yearly');--> statement-breakpoint
CREATE TYPE "public"."proposal_state" AS ENUM('submitted', 'accepted', 'answered', 'closed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."proposal_urgency" AS ENUM('normal', 'urgent', 'very_urgent');--> statement-breakpoint
CREATE TABLE "directives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" "directive_kind" NOT NULL,
	"issuing_body" text DEFAULT '' NOT NULL,
	"issued_on" date NOT NULL,
	"title_vi" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"title_fr" text DEFAULT '' NOT NULL,
	"summary_vi" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"summary_fr" text DEFAULT '' NOT NULL,
	"full_text" text DEFAULT '' NOT NULL,
	"status" "directive_status" DEFAULT 'in_force' NOT NULL,
	"superseded_by_id" uuid,
	"implements_task_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"visibility" "visibility" DEFAULT 'unit' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directives_titled_check" CHECK (("directives"."title_vi" || "directives"."title_en" || "directives"."title_fr") <> '')
);
--> statement-breakpoint
CREATE TABLE "task_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"number" text DEFAULT '' NOT NULL,
	"title_vi" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"title_fr" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_groups_titled_check" CHECK (("task_groups"."title_vi" || "task_groups"."title_en" || "task_groups"."title_fr") <> '')
);
--> statement-breakpoint
CREATE TABLE "task_fields" (
	"task_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	CONSTRAINT "task_fields_task_id_field_id_pk" PRIMARY KEY("task_id","field_id")
);
--> statement-breakpoint
CREATE TABLE "task_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"unit_of_measure" text DEFAULT '' NOT NULL,
	"baseline" numeric(18, 4),
	"target" numeric(18, 4)
);
--> statement-breakpoint
CREATE TABLE "task_links" (
	"task_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"record_id" uuid NOT NULL,
	CONSTRAINT "task_links_task_id_entity_record_id_pk" PRIMARY KEY("task_id","entity","record_id")
);
--> statement-breakpoint
CREATE TABLE "task_report_values" (
	"report_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	CONSTRAINT "task_report_values_report_id_indicator_id_pk" PRIMARY KEY("report_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "task_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text DEFAULT 'report' NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" "progress_status" NOT NULL,
	"percent" integer DEFAULT 0 NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"state" "task_report_state" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"previous_id" uuid,
	"review_comment" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_reports_percent_check" CHECK ("task_reports"."percent" between 0 and 100),
	CONSTRAINT "task_reports_kind_check" CHECK ("task_reports"."kind" in ('report', 'input'))
);
--> statement-breakpoint
CREATE TABLE "task_supporting_units" (
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "task_supporting_units_task_id_unit_id_pk" PRIMARY KEY("task_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid,
	"group_id" uuid,
	"parent_task_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"number" text DEFAULT '' NOT NULL,
	"title_vi" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"title_fr" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"start_on" date,
	"due_on" date,
	"recurrence" "task_recurrence" DEFAULT 'none' NOT NULL,
	"cadence" "reporting_cadence" DEFAULT 'quarterly' NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"status" "progress_status" DEFAULT 'not_started' NOT NULL,
	"percent" integer DEFAULT 0 NOT NULL,
	"done_at" timestamp with time zone,
	"last_report_at" timestamp with time zone,
	"proposal_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"visibility" "visibility" DEFAULT 'unit' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_titled_check" CHECK (("tasks"."title_vi" || "tasks"."title_en" || "tasks"."title_fr") <> ''),
	CONSTRAINT "tasks_percent_check" CHECK ("tasks"."percent" between 0 and 100),
	CONSTRAINT "tasks_weight_check" CHECK ("tasks"."weight" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"run_on" date NOT NULL,
	"process" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"result" jsonb,
	"error" text,
	CONSTRAINT "job_runs_job_run_on_pk" PRIMARY KEY("job","run_on")
);
--> statement-breakpoint
CREATE TABLE "proposal_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "proposal_counters_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "proposal_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"from_state" "proposal_state",
	"to_state" "proposal_state" NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"comment" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_settings" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"sla_days" integer DEFAULT 30 NOT NULL,
	"reopen_days" integer DEFAULT 14 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"field_id" uuid,
	"urgency" "proposal_urgency" DEFAULT 'normal' NOT NULL,
	"state" "proposal_state" DEFAULT 'submitted' NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"handling_unit_id" uuid,
	"handler_user_id" uuid,
	"due_on" date,
	"group_id" uuid,
	"answer" text DEFAULT '' NOT NULL,
	"reject_reason" text DEFAULT '' NOT NULL,
	"task_id" uuid,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"closed_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"visibility" "visibility" DEFAULT 'unit' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_title_check" CHECK ("proposals"."title" <> '')
);
--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_superseded_by_id_directives_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."directives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_groups" ADD CONSTRAINT "task_groups_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_fields" ADD CONSTRAINT "task_fields_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_fields" ADD CONSTRAINT "task_fields_field_id_cooperation_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."cooperation_fields"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_indicators" ADD CONSTRAINT "task_indicators_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_links" ADD CONSTRAINT "task_links_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_report_values" ADD CONSTRAINT "task_report_values_report_id_task_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."task_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_report_values" ADD CONSTRAINT "task_report_values_indicator_id_task_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."task_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_previous_id_task_reports_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."task_reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_supporting_units" ADD CONSTRAINT "task_supporting_units_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_supporting_units" ADD CONSTRAINT "task_supporting_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_group_id_task_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."task_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_task_id_tasks_id_fk" FOREIGN KEY ("parent_task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_counters" ADD CONSTRAINT "proposal_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_groups" ADD CONSTRAINT "proposal_groups_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_groups" ADD CONSTRAINT "proposal_groups_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_groups" ADD CONSTRAINT "proposal_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_settings" ADD CONSTRAINT "proposal_settings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_field_id_cooperation_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."cooperation_fields"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_handling_unit_id_units_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_handler_user_id_users_id_fk" FOREIGN KEY ("handler_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_group_id_proposal_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."proposal_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directives_owner_idx" ON "directives" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "directives_implements_idx" ON "directives" USING btree ("implements_task_id");--> statement-breakpoint
CREATE INDEX "directives_issued_idx" ON "directives" USING btree ("issued_on");--> statement-breakpoint
CREATE INDEX "directives_search_trgm_idx" ON "directives" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_groups_directive_idx" ON "task_groups" USING btree ("directive_id","position");--> statement-breakpoint
CREATE INDEX "task_indicators_task_idx" ON "task_indicators" USING btree ("task_id","position");--> statement-breakpoint
CREATE INDEX "task_links_record_idx" ON "task_links" USING btree ("entity","record_id");--> statement-breakpoint
CREATE INDEX "task_reports_task_idx" ON "task_reports" USING btree ("task_id","period_start");--> statement-breakpoint
CREATE INDEX "task_reports_state_idx" ON "task_reports" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "task_reports_version_idx" ON "task_reports" USING btree ("task_id","unit_id","kind","period","version");--> statement-breakpoint
CREATE INDEX "task_supporting_units_unit_idx" ON "task_supporting_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "tasks_directive_idx" ON "tasks" USING btree ("directive_id","position");--> statement-breakpoint
CREATE INDEX "tasks_group_idx" ON "tasks" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "tasks_parent_idx" ON "tasks" USING btree ("parent_task_id");--> statement-breakpoint
CREATE INDEX "tasks_lead_idx" ON "tasks" USING btree ("lead_unit_id","status");--> statement-breakpoint
CREATE INDEX "tasks_owner_idx" ON "tasks" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "tasks_search_trgm_idx" ON "tasks" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "proposal_events_proposal_idx" ON "proposal_events" USING btree ("proposal_id","id");--> statement-breakpoint
CREATE INDEX "proposals_target_idx" ON "proposals" USING btree ("target_unit_id","state");--> statement-breakpoint
CREATE INDEX "proposals_owner_idx" ON "proposals" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "proposals_handling_idx" ON "proposals" USING btree ("handling_unit_id");--> statement-breakpoint
CREATE INDEX "proposals_group_idx" ON "proposals" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "proposals_due_idx" ON "proposals" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "proposals_search_trgm_idx" ON "proposals" USING gin ("search_text" gin_trgm_ops);