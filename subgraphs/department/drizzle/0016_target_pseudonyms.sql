ALTER TABLE "targets" ADD COLUMN "pseudonym" text;--> statement-breakpoint
CREATE UNIQUE INDEX "targets_pseudonym_idx" ON "targets" USING btree ("pseudonym") WHERE "targets"."pseudonym" is not null;--> statement-breakpoint
CREATE INDEX "targets_pseudonym_missing_idx" ON "targets" USING btree ("uscc") WHERE "targets"."id_kind" = 'RESIDENT_ID' and "targets"."pseudonym" is null;