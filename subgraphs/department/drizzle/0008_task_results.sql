CREATE TABLE "task_results" (
	"task_id" integer PRIMARY KEY NOT NULL,
	"category_code" text NOT NULL,
	"findings" text NOT NULL,
	"inspection_date" date NOT NULL,
	"signers" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"entry_due" date NOT NULL,
	"entry_due_provisional" boolean NOT NULL,
	"entered_late" boolean NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
