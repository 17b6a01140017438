CREATE TABLE "joint_proposal_inbox" (
	"key" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"departments" text[] NOT NULL,
	"window_start" date NOT NULL,
	"window_end" date NOT NULL,
	"target_count" integer NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
