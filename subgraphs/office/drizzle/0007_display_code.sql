ALTER TABLE "directory_entries" ADD COLUMN "display_code" text;--> statement-breakpoint
-- An index synced before pseudonyms held individuals' resident IDs: it is rebuilt by the next sync.
DELETE FROM "directory_entries";--> statement-breakpoint
DELETE FROM "task_entries";--> statement-breakpoint
UPDATE "sync_state" SET "directory_cursor" = NULL, "task_cursor" = NULL;
