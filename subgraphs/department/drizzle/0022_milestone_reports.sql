CREATE TABLE "milestone_reports" (
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"note" text,
	CONSTRAINT "milestone_reports_year_kind_pk" PRIMARY KEY("year","kind")
);
