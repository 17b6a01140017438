ALTER TABLE "task_results" ADD COLUMN "joint_inspection_id" integer;--> statement-breakpoint
ALTER TABLE "task_results" ADD COLUMN "joint_lead" text;--> statement-breakpoint
ALTER TABLE "task_results" ADD COLUMN "joint_departments" text[];--> statement-breakpoint
CREATE INDEX "task_results_joint_idx" ON "task_results" USING btree ("joint_inspection_id") WHERE "task_results"."joint_inspection_id" is not null;