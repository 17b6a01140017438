CREATE TABLE "check_forms" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_code" text NOT NULL,
	"version" integer NOT NULL,
	"points" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "task_results" ADD COLUMN "check_answers" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "check_forms_item_version_uq" ON "check_forms" USING btree ("item_code","version");