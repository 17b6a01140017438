-- Every pair of adjacent characters of a text, lower-cased. A GIN index over the pairs finds
-- "name contains" for any term of two characters or more; pg_trgm's trigrams cannot serve the
-- two-character terms (华为, 腾讯) that Chinese name searches mostly are. Built-ins only, so no
-- extension or superuser is needed, on PostgreSQL as on PGlite. Costed high so that the planner reads
-- it from the index rather than computing it row by row.
CREATE OR REPLACE FUNCTION hub_bigrams(s text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
  SELECT coalesce(array_agg(substr(l, i, 2)), '{}') FROM (SELECT lower(s) AS l) AS x, generate_series(1, length(l) - 1) AS i
$$;--> statement-breakpoint
DROP INDEX "targets_industry_idx";--> statement-breakpoint
DROP INDEX "targets_region_idx";--> statement-breakpoint
CREATE INDEX "targets_industry_prefix_idx" ON "targets" USING btree ("industry" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "targets_region_prefix_idx" ON "targets" USING btree ("region" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "targets_name_bigrams_idx" ON "targets" USING gin (hub_bigrams("name"));--> statement-breakpoint
CREATE INDEX "targets_uscc_prefix_idx" ON "targets" USING btree ("uscc" text_pattern_ops);