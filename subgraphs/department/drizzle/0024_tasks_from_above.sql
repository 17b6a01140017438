ALTER TABLE "tasks" ADD COLUMN "origin" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "origin_reference" text;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_origin_uq" ON "tasks" USING btree ("origin","origin_reference") WHERE "tasks"."origin" is not null;