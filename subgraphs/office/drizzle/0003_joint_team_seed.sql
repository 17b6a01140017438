ALTER TABLE "joint_participants" ADD COLUMN "team_seed" text;--> statement-breakpoint
ALTER TABLE "joint_participants" ADD COLUMN "team_draws" integer DEFAULT 0 NOT NULL;