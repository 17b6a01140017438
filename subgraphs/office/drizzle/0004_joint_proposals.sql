CREATE TABLE "joint_proposals" (
	"key" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"departments" text[] NOT NULL,
	"window_start" date NOT NULL,
	"window_end" date NOT NULL,
	"target_count" integer NOT NULL,
	"status" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_deliveries" (
	"key" text NOT NULL,
	"department" text NOT NULL,
	"delivered_status" text,
	"delivered_target_count" integer,
	"delivered_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "proposal_deliveries_key_department_pk" PRIMARY KEY("key","department")
);
