CREATE TABLE "target_index" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"departments" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "target_index_departments_idx" ON "target_index" USING gin ("departments");