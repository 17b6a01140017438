CREATE TABLE "publication_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"receiver" text NOT NULL,
	"task_id" integer NOT NULL,
	"key" text NOT NULL,
	"payload" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_follow_ups" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"kind" text NOT NULL,
	"document_number" text,
	"date" date NOT NULL,
	"deadline" date,
	"rectified" boolean,
	"receiving_party" text,
	"note" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "publication_outbox_key_uq" ON "publication_outbox" USING btree ("key");--> statement-breakpoint
CREATE INDEX "publication_outbox_due_idx" ON "publication_outbox" USING btree ("delivered_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "task_follow_ups_task_idx" ON "task_follow_ups" USING btree ("task_id","id");--> statement-breakpoint
CREATE INDEX "task_results_published_idx" ON "task_results" USING btree ("published_at");