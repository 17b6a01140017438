-- Every write to targets and tasks records its transaction id, so that readers can pull changes
-- incrementally: rows whose transaction is below the snapshot's xmin can no longer change order.
CREATE FUNCTION stamp_change_txid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_txid := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER targets_change_txid BEFORE INSERT OR UPDATE ON targets FOR EACH ROW EXECUTE FUNCTION stamp_change_txid();--> statement-breakpoint
CREATE TRIGGER tasks_change_txid BEFORE INSERT OR UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION stamp_change_txid();--> statement-breakpoint
UPDATE targets SET change_txid = change_txid;--> statement-breakpoint
UPDATE tasks SET change_txid = change_txid;
