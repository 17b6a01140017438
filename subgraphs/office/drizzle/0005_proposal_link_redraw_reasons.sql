ALTER TABLE "joint_inspections" ADD COLUMN "proposal_key" text;--> statement-breakpoint
ALTER TABLE "joint_participants" ADD COLUMN "team_redraw_reasons" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD COLUMN "joint_inspection_id" integer;