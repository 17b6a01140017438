/**
 * Long operations as jobs (作业): a request starts one and gets its id at once; the work runs in the
 * service that owns it, its progress is written as it goes, and `job(id)` reads state, progress,
 * result and error. The queue is pg-boss, in its own schema of the service's database, on both
 * drivers (PGlite through the same SQL interface as PostgreSQL). Jobs are rows: they survive a
 * restart, and one that was running when its process died is retried on the next start.
 */
import PgBoss from "pg-boss";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { HubError } from "./errors.js";
import { logger } from "./logger.js";
import type { SqlExecutor } from "./storage.js";

export enum JobState {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  RETRYING = "RETRYING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
}
registerEnumType(JobState, {
  name: "JobState",
  description: "Where a job is",
  valuesConfig: {
    QUEUED: { description: "Waiting to start (排队中)" },
    RUNNING: { description: "Running now (进行中)" },
    RETRYING: { description: "Failed or was interrupted, and will run again (等待重试)" },
    SUCCEEDED: { description: "Done; `result` holds what it produced (已完成)" },
    FAILED: { description: "Failed for good; `error` says why (失败)" },
    CANCELLED: { description: "Cancelled before it finished (已取消)" },
  },
});

const STATES: Record<string, JobState> = {
  created: JobState.QUEUED,
  retry: JobState.RETRYING,
  active: JobState.RUNNING,
  completed: JobState.SUCCEEDED,
  failed: JobState.FAILED,
  cancelled: JobState.CANCELLED,
};

@Directive("@shareable")
@ObjectType({ description: "A long operation: started by a request, followed here until it ends" })
export class Job {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "What the job does (sync…)" }) kind!: string;
  @Field(() => JobState) state!: JobState;
  @Field(() => Int, { nullable: true, description: "Steps done so far (departments, rows…)" }) done!: number | null;
  @Field(() => Int, { nullable: true, description: "Steps in all, when known" }) total!: number | null;
  @Field(() => String, { nullable: true, description: "The step running now, in words" }) step!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "What a job that SUCCEEDED produced" }) result!: unknown;
  @Field(() => String, { nullable: true, description: "Why the last attempt failed" }) error!: string | null;
  @Field(() => Int, { description: "Attempts after the first" }) retries!: number;
  @Field(() => String, { description: "The account that started it (schedule: the service's own timer)" }) requestedBy!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

/** What a handler reports as it goes. */
export interface JobProgress {
  progress(done: number, total?: number | null, step?: string | null): Promise<void>;
}

export interface JobKind<TData extends object> {
  handler(data: TData, progress: JobProgress): Promise<unknown>;
  /**
   * At most one of this kind queued and one running (a second request while one waits gets the
   * waiting one's id).
   */
  oneAtATime?: boolean;
  /** A running attempt that takes longer is failed (and retried); 15 minutes by default. */
  expireInSeconds?: number;
  /** Attempts after the first; 2 by default. */
  retryLimit?: number;
}

export interface StartedJob {
  id: string;
  /** False when an equal job was already waiting and its id is returned instead. */
  created: boolean;
}

export interface JobQueue {
  start(kind: string, data: object, requestedBy: string): Promise<StartedJob>;
  get(id: string): Promise<Job | null>;
  /** Wait for a job to end (the CLI and the demo); never needed by a GraphQL client, which polls `job(id)`. */
  settled(id: string, pollMs?: number): Promise<Job>;
  /**
   * Stop taking jobs, give the running ones `waitMs` to end (10 s by default), and put back in the
   * queue those that did not.
   */
  close(waitMs?: number): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface JobRow {
  id: string;
  name: string;
  state: string;
  data: { requestedBy?: string } | null;
  output: unknown;
  retry_count: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  done: number | null;
  total: number | null;
  step: string | null;
}

/** The message of a failure pg-boss kept as output ({ message, stack… } for an Error). */
function failureMessage(output: unknown): string | null {
  if (output == null) return null;
  if (typeof output === "object" && "message" in output) return String((output as { message: unknown }).message).slice(0, 500);
  return String(output).slice(0, 500);
}

const toJob = (r: JobRow): Job => {
  const state = STATES[r.state] ?? JobState.FAILED;
  return {
    id: r.id,
    kind: r.name,
    state,
    done: r.done,
    total: r.total,
    step: r.step,
    result: state === JobState.SUCCEEDED ? r.output : null,
    error: state === JobState.FAILED || state === JobState.RETRYING ? failureMessage(r.output) : null,
    retries: r.retry_count,
    requestedBy: r.data?.requestedBy ?? "unknown",
    createdAt: new Date(r.created_on),
    startedAt: r.started_on ? new Date(r.started_on) : null,
    finishedAt: r.completed_on ? new Date(r.completed_on) : null,
  };
};

/**
 * Start the queue of a service: pg-boss's tables in `schema` (created or migrated on first start),
 * a worker per kind, and the retry of what a previous process left running.
 */
export async function startJobQueue(
  sql: SqlExecutor,
  schema: string,
  kinds: Record<string, JobKind<any>>,
  opts: { pollingIntervalSeconds?: number } = {},
): Promise<JobQueue> {
  if (!/^[a-z][a-z0-9_]*$/.test(schema)) throw new Error(`invalid job schema ${schema}`);
  const boss = new PgBoss({ db: sql, schema, supervise: true, schedule: false, migrate: true });
  boss.on("error", (err) => logger.error({ err, schema }, "job queue error"));
  await boss.start();
  const q = `"${schema}"`;
  await sql.executeSql(
    `CREATE TABLE IF NOT EXISTS ${q}.hub_job_progress (id uuid PRIMARY KEY, done integer, total integer, step text, updated_at timestamptz NOT NULL DEFAULT now())`,
  );
  const names = Object.keys(kinds);
  for (const name of names) {
    const kind = kinds[name]!;
    await boss.createQueue(name, {
      name,
      policy: kind.oneAtATime ? "stately" : "standard",
      retryLimit: kind.retryLimit ?? 2,
      expireInSeconds: kind.expireInSeconds ?? 900,
    });
  }
  // This service runs one instance (README, known limits): what was running is an orphan of a process
  // that ended. Failing it puts it back in the queue while it has retries left.
  const orphans = await sql.executeSql(`SELECT id, name FROM ${q}.job WHERE state = 'active' AND name = ANY($1)`, [names]);
  for (const o of orphans.rows as { id: string; name: string }[]) {
    await boss.fail(o.name, o.id, { message: "interrupted: the service stopped while this job ran; it runs again" });
    logger.warn({ job: o.id, kind: o.name }, "a job interrupted by a restart goes back to the queue");
  }

  const progressOf = (id: string): JobProgress => ({
    async progress(done, total = null, step = null) {
      await sql.executeSql(
        `INSERT INTO ${q}.hub_job_progress (id, done, total, step) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET done = $2, total = $3, step = $4, updated_at = now()`,
        [id, done, total, step],
      );
    },
  });
  const workers = new Map<string, string>();
  for (const name of names) {
    const kind = kinds[name]!;
    const workerId = await boss.work(name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, batchSize: 1 }, async ([job]) => {
      const started = Date.now();
      try {
        const result = await kind.handler(job!.data, progressOf(job!.id));
        logger.info({ job: job!.id, kind: name, ms: Date.now() - started }, "job done");
        return result;
      } catch (e) {
        logger.warn({ job: job!.id, kind: name, err: e }, "job attempt failed");
        throw e;
      }
    });
    workers.set(name, workerId);
  }

  const get = async (id: string): Promise<Job | null> => {
    if (!UUID.test(id)) throw new HubError("BAD_USER_INPUT", "a job id is a UUID as returned when the job was started");
    const r = await sql.executeSql(
      `SELECT j.id, j.name, j.state, j.data, j.output, j.retry_count, j.created_on, j.started_on, j.completed_on, p.done, p.total, p.step
         FROM ${q}.job j LEFT JOIN ${q}.hub_job_progress p ON p.id = j.id WHERE j.id = $1 AND j.name = ANY($2)
       UNION ALL
       SELECT a.id, a.name, a.state, a.data, a.output, a.retry_count, a.created_on, a.started_on, a.completed_on, p.done, p.total, p.step
         FROM ${q}.archive a LEFT JOIN ${q}.hub_job_progress p ON p.id = a.id WHERE a.id = $1 AND a.name = ANY($2)
       LIMIT 1`,
      [id, names],
    );
    const row = r.rows[0] as JobRow | undefined;
    return row ? toJob(row) : null;
  };

  return {
    async start(kind, data, requestedBy) {
      if (!kinds[kind]) throw new Error(`no job kind ${kind}`);
      const id = await boss.send(kind, { ...data, requestedBy });
      const worker = workers.get(kind);
      if (worker) boss.notifyWorker(worker);
      if (id) return { id, created: true };
      // One of this kind is already waiting: that one will do what was asked.
      const waiting = await sql.executeSql(`SELECT id FROM ${q}.job WHERE name = $1 AND state IN ('created', 'retry') ORDER BY created_on LIMIT 1`, [kind]);
      const existing = (waiting.rows[0] as { id: string } | undefined)?.id;
      if (!existing) throw new HubError("INTERNAL_SERVER_ERROR", `the ${kind} job could not be queued; try again`);
      return { id: existing, created: false };
    },
    get,
    async settled(id, pollMs = 200) {
      for (;;) {
        const job = await get(id);
        if (!job) throw new Error(`job ${id} is gone`);
        if (job.state === JobState.SUCCEEDED || job.state === JobState.FAILED || job.state === JobState.CANCELLED) return job;
        await new Promise((r) => setTimeout(r, pollMs));
      }
    },
    async close(waitMs = 10_000) {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: waitMs });
    },
  };
}
