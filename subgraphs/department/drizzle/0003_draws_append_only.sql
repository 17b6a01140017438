-- Draw records are append-only (全程留痕): refuse UPDATE and DELETE on draws and their snapshots.
-- Tampering through a superuser who drops the trigger is still caught by verifyDrawChain.
CREATE FUNCTION refuse_draw_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'draw records are append-only (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$;--> statement-breakpoint
CREATE TRIGGER draws_append_only BEFORE UPDATE OR DELETE ON draws FOR EACH ROW EXECUTE FUNCTION refuse_draw_change();--> statement-breakpoint
CREATE TRIGGER draw_snapshots_append_only BEFORE UPDATE OR DELETE ON draw_snapshots FOR EACH ROW EXECUTE FUNCTION refuse_draw_change();
