ALTER TABLE "joint_records" ADD COLUMN "department_task_id" integer;--> statement-breakpoint
ALTER TABLE "joint_records" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "joint_records" ADD COLUMN "delivery_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "joint_records" ADD COLUMN "delivery_error" text;--> statement-breakpoint
ALTER TABLE "task_entries" ADD COLUMN "joint_inspection_id" integer;--> statement-breakpoint
CREATE INDEX "joint_records_undelivered_idx" ON "joint_records" USING btree ("joint_id","department") WHERE "joint_records"."delivered_at" is null;