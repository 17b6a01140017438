ALTER TABLE "publication_outbox" ALTER COLUMN "task_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "publication_outbox" ADD COLUMN "kind" text DEFAULT 'results' NOT NULL;--> statement-breakpoint
ALTER TABLE "publication_outbox" ADD COLUMN "ref" text;