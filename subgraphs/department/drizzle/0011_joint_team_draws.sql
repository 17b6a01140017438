CREATE TABLE "joint_team_draws" (
	"id" serial PRIMARY KEY NOT NULL,
	"joint_inspection_id" text NOT NULL,
	"usccs" text[] NOT NULL,
	"size" integer NOT NULL,
	"public_value" text NOT NULL,
	"seed" text NOT NULL,
	"team" text[] NOT NULL,
	"drawn_by" text NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "joint_team_draws_joint_idx" ON "joint_team_draws" USING btree ("joint_inspection_id","id");