ALTER TABLE "targets" ADD COLUMN "change_txid" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "change_txid" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "targets_change_idx" ON "targets" USING btree ("change_txid","uscc");--> statement-breakpoint
CREATE INDEX "tasks_change_idx" ON "tasks" USING btree ("change_txid","id");