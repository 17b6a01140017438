CREATE TABLE "joint_inspections" (
	"id" serial PRIMARY KEY NOT NULL,
	"lead" text NOT NULL,
	"departments" text[] NOT NULL,
	"window_start" date NOT NULL,
	"window_end" date NOT NULL,
	"scheduled_date" date,
	"status" text NOT NULL,
	"plan_text" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_participants" (
	"joint_id" integer NOT NULL,
	"department" text NOT NULL,
	"response" text NOT NULL,
	"reason" text,
	"responded_by" text,
	"responded_at" timestamp with time zone,
	"inspectors" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "joint_participants_joint_id_department_pk" PRIMARY KEY("joint_id","department")
);
--> statement-breakpoint
CREATE TABLE "joint_records" (
	"joint_id" integer NOT NULL,
	"uscc" text NOT NULL,
	"department" text NOT NULL,
	"signatures" jsonb NOT NULL,
	"findings" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_records_joint_id_uscc_department_pk" PRIMARY KEY("joint_id","uscc","department")
);
--> statement-breakpoint
CREATE TABLE "joint_targets" (
	"joint_id" integer NOT NULL,
	"uscc" text NOT NULL,
	CONSTRAINT "joint_targets_joint_id_uscc_pk" PRIMARY KEY("joint_id","uscc")
);
--> statement-breakpoint
CREATE TABLE "joint_transitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"joint_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"by_subject" text NOT NULL,
	"by_department" text,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
