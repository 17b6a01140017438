CREATE TABLE "notification_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"notification_id" integer NOT NULL,
	"receiver" text NOT NULL,
	"key" text NOT NULL,
	"payload" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"department" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"joint_inspection_id" integer,
	"proposal_key" text,
	"plan_entry_id" integer,
	"by_subject" text,
	"by_department" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "notification_outbox_uq" ON "notification_outbox" USING btree ("notification_id","receiver");--> statement-breakpoint
CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" USING btree ("delivered_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notifications_department_idx" ON "notifications" USING btree ("department","id");