CREATE TABLE "credit_class_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"from_class" text,
	"to_class" text NOT NULL,
	"source" text DEFAULT 'DIRECTORY' NOT NULL,
	"reference" text,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"txid" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "credit_class_changes_uscc_idx" ON "credit_class_changes" USING btree ("uscc","id");--> statement-breakpoint
CREATE INDEX "credit_class_changes_txid_idx" ON "credit_class_changes" USING btree ("txid");--> statement-breakpoint
-- Every class a target gets, by whatever path: the service that wrote it then says who and why.
CREATE FUNCTION record_credit_class_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.credit_class IS DISTINCT FROM OLD.credit_class THEN
    INSERT INTO credit_class_changes (uscc, from_class, to_class, txid)
    VALUES (NEW.uscc, CASE WHEN TG_OP = 'UPDATE' THEN OLD.credit_class END, NEW.credit_class, pg_current_xact_id()::text::bigint);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER targets_credit_class_history AFTER INSERT OR UPDATE OF credit_class ON targets FOR EACH ROW EXECUTE FUNCTION record_credit_class_change();--> statement-breakpoint
INSERT INTO credit_class_changes (uscc, to_class, source, txid) SELECT uscc, credit_class, 'MIGRATION', 0 FROM targets;
