ALTER TABLE "task_results" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "task_results" ADD COLUMN "publication_due" date;--> statement-breakpoint
ALTER TABLE "task_results" ADD COLUMN "published_late" boolean;