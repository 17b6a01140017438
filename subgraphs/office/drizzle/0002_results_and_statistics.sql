ALTER TABLE "joint_records" ADD COLUMN "category_code" text;--> statement-breakpoint
ALTER TABLE "joint_records" ADD COLUMN "department_findings" text;--> statement-breakpoint
ALTER TABLE "task_entries" ADD COLUMN "category_code" text;--> statement-breakpoint
ALTER TABLE "task_entries" ADD COLUMN "inspection_date" date;--> statement-breakpoint
ALTER TABLE "task_entries" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "task_entries" ADD COLUMN "publication_due" date;--> statement-breakpoint
ALTER TABLE "task_entries" ADD COLUMN "published_late" boolean;--> statement-breakpoint
ALTER TABLE "task_entries" ADD COLUMN "follow_up_state" text;--> statement-breakpoint
CREATE INDEX "task_entries_due_end_idx" ON "task_entries" USING btree ("due_end");--> statement-breakpoint
CREATE INDEX "task_entries_published_idx" ON "task_entries" USING btree ("published_at");--> statement-breakpoint
-- Task entries synced before now lack their results: read every department's task feed again from the start.
UPDATE "sync_state" SET "task_cursor" = NULL;