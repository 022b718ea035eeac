-- A task deleted before this link had a key leaves no dangling id behind.
UPDATE "proposals" SET "task_id" = NULL WHERE "task_id" IS NOT NULL AND "task_id" NOT IN (SELECT "id" FROM "tasks");--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
