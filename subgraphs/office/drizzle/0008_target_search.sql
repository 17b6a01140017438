-- 一企一档's search box over the office's index, as the departments' directories search (their
-- migration 0014): every pair of adjacent characters of a name, lower-cased, in a GIN index.
CREATE OR REPLACE FUNCTION hub_bigrams(s text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
  SELECT coalesce(array_agg(substr(l, i, 2)), '{}') FROM (SELECT lower(s) AS l) AS x, generate_series(1, length(l) - 1) AS i
$$;--> statement-breakpoint
CREATE INDEX "directory_entries_name_bigrams_idx" ON "directory_entries" USING gin (hub_bigrams("name"));--> statement-breakpoint
CREATE INDEX "directory_entries_uscc_prefix_idx" ON "directory_entries" USING btree ("uscc" text_pattern_ops);