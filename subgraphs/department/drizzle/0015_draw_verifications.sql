CREATE TABLE "draw_verifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"draw_id" integer NOT NULL,
	"input_digest" text NOT NULL,
	"reproduces" boolean NOT NULL,
	"checks" jsonb NOT NULL,
	"verified_by" text NOT NULL,
	"verified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "draw_verifications_draw_idx" ON "draw_verifications" USING btree ("draw_id","id");