ALTER TABLE "draw_commitments" ADD COLUMN "period_key" text;--> statement-breakpoint
ALTER TABLE "joint_team_draws" ADD COLUMN "reason" text;