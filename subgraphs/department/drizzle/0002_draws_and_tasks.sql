CREATE TABLE "draw_commitments" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"commitment" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_by_draw" integer
);
--> statement-breakpoint
CREATE TABLE "draw_snapshots" (
	"draw_id" integer PRIMARY KEY NOT NULL,
	"population" "bytea" NOT NULL,
	"pool" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draws" (
	"id" serial PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"period_key" text NOT NULL,
	"idempotency_key" text,
	"commitment_id" integer NOT NULL,
	"commitment" text NOT NULL,
	"secret" text NOT NULL,
	"public_value" text NOT NULL,
	"seed" text NOT NULL,
	"witnesses" jsonb NOT NULL,
	"params" jsonb NOT NULL,
	"algorithm" text NOT NULL,
	"population_digest" text NOT NULL,
	"population_size" integer NOT NULL,
	"pool_digest" text NOT NULL,
	"result" jsonb NOT NULL,
	"result_digest" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_inspector_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"leaving" text NOT NULL,
	"replacement" text NOT NULL,
	"reason" text NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"draw_id" integer,
	"plan_id" integer,
	"uscc" text NOT NULL,
	"item_codes" text[] NOT NULL,
	"inspectors" text[] NOT NULL,
	"due_start" date NOT NULL,
	"due_end" date NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "draws_plan_period_uq" ON "draws" USING btree ("plan_id","period_key");--> statement-breakpoint
CREATE UNIQUE INDEX "draws_seq_uq" ON "draws" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "draws_idempotency_uq" ON "draws" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "task_inspector_changes_task_idx" ON "task_inspector_changes" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "tasks_uscc_idx" ON "tasks" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "tasks_draw_idx" ON "tasks" USING btree ("draw_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("due_end");