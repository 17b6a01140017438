CREATE TABLE "directory_entries" (
	"department" text NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_entries_department_uscc_pk" PRIMARY KEY("department","uscc")
);
--> statement-breakpoint
CREATE TABLE "sync_state" (
	"department" text PRIMARY KEY NOT NULL,
	"directory_cursor" text,
	"task_cursor" text,
	"last_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "task_entries" (
	"department" text NOT NULL,
	"task_id" integer NOT NULL,
	"uscc" text NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"item_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"inspector_count" integer DEFAULT 0 NOT NULL,
	"due_start" date NOT NULL,
	"due_end" date NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_entries_department_task_id_pk" PRIMARY KEY("department","task_id")
);
--> statement-breakpoint
CREATE INDEX "directory_entries_uscc_idx" ON "directory_entries" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "task_entries_uscc_idx" ON "task_entries" USING btree ("uscc");