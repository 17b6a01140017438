CREATE TABLE "joint_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"lead" text NOT NULL,
	"departments" text[] NOT NULL,
	"department_items" jsonb NOT NULL,
	"scope" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_items_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "joint_plan_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"lead" text NOT NULL,
	"departments" text[] NOT NULL,
	"joint_item_code" text,
	"name" text NOT NULL,
	"items" text NOT NULL,
	"scope" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"planned_targets" integer,
	"status" text NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_late" boolean NOT NULL,
	"review_note" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "joint_plans" (
	"year" integer PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"entry_ids" integer[] NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "joint_inspections" ADD COLUMN "plan_entry_id" integer;--> statement-breakpoint
CREATE INDEX "joint_plan_entries_year_idx" ON "joint_plan_entries" USING btree ("year");