ALTER TABLE "inspection_items" ADD COLUMN "industries" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD COLUMN "regions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;