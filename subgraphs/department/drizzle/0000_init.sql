CREATE TABLE "inspection_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text NOT NULL,
	"target_kind" text NOT NULL,
	"method" text NOT NULL,
	"default_ratio" double precision NOT NULL,
	"frequency" integer DEFAULT 1 NOT NULL,
	"key_area" boolean DEFAULT false NOT NULL,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_items_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "inspectors" (
	"id" serial PRIMARY KEY NOT NULL,
	"certificate_number" text NOT NULL,
	"name" text NOT NULL,
	"gender" text,
	"position" text,
	"unit" text,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"conflicts" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspectors_certificate_number_unique" UNIQUE("certificate_number")
);
--> statement-breakpoint
CREATE TABLE "plan_adjustments" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"reason" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"adjusted_by" text NOT NULL,
	"adjusted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"item_codes" text[] NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"ratios" jsonb NOT NULL,
	"frequency" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text,
	"legal_representative" text,
	"phone" text,
	"industry" text,
	"region" text,
	"risk_level" text NOT NULL,
	"credit_class" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "plan_adjustments_plan_idx" ON "plan_adjustments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plans_year_idx" ON "plans" USING btree ("year");--> statement-breakpoint
CREATE INDEX "targets_credit_idx" ON "targets" USING btree ("credit_class");--> statement-breakpoint
CREATE INDEX "targets_risk_idx" ON "targets" USING btree ("risk_level");--> statement-breakpoint
CREATE INDEX "targets_industry_idx" ON "targets" USING btree ("industry");--> statement-breakpoint
CREATE INDEX "targets_region_idx" ON "targets" USING btree ("region");--> statement-breakpoint
CREATE INDEX "targets_tags_idx" ON "targets" USING gin ("tags");