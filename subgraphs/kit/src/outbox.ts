/**
 * The outbox every push goes through (推送 of results to higher platforms, webhooks of events to
 * departments): the change writes one row per message and receiver in its own transaction; a
 * worker claims due rows for a lease, POSTs each with its Idempotency-Key — signed with the
 * receiver's secret when it has one — and marks it delivered on a 2xx answer, or schedules a retry
 * with exponential backoff. Nothing is lost if the receiver, the network or the process fails: an
 * unacknowledged row stays due. A receiver may see a message twice (after a timeout); the key lets
 * it drop the repeat.
 *
 * Signature: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, "<X-Hub-Timestamp>.<body>")>`,
 * the timestamp in Unix seconds, so that a receiver can refuse old or replayed messages.
 */
import { createHmac } from "node:crypto";
import { and, asc, count, eq, inArray, isNull, lte, max, min, sql, sum } from "drizzle-orm";
import { integer, text, timestamp, type PgColumn, type PgDatabase, type PgQueryResultHKT, type PgTable } from "drizzle-orm/pg-core";
import { logger } from "./logger.js";

type AnyDb = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

/** The outbox's columns, for a feature's own outbox table (beside its id and its reference columns). */
export const outboxColumns = () => ({
  receiver: text("receiver").notNull(),
  key: text("key").notNull(),
  /** The JSON body as sent (text, not jsonb: a platform's column order survives). */
  payload: text("payload").notNull(),
  attempts: integer("attempts").notNull().default(0),
  nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
  lastError: text("last_error"),
  deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A table with the outbox's columns (each feature keeps its own, with its own reference columns). */
export type OutboxTable = PgTable & {
  id: PgColumn; receiver: PgColumn; key: PgColumn; payload: PgColumn; attempts: PgColumn;
  nextAttemptAt: PgColumn; lastError: PgColumn; deliveredAt: PgColumn; createdAt: PgColumn;
};

export interface OutboxMessage {
  id: number;
  receiver: string;
  key: string;
  /** The JSON body as sent. */
  payload: string;
  attempts: number;
}

/** Where messages go: a name (the rows' `receiver`), a URL, and the secret that signs them, if any. */
export interface OutboxReceiver {
  name: string;
  url: string;
  secret?: string;
}

export interface OutboxOptions {
  /** How often to look for due messages. */
  pollMs: number;
  /** First retry after this long; doubled each failure up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A receiver that does not answer within this long has failed this attempt. */
  timeoutMs: number;
  /** Messages claimed per round. */
  batch: number;
}

/** Defaults, overridable by HUB_OUTBOX_POLL_MS, HUB_OUTBOX_BASE_DELAY_MS, HUB_OUTBOX_MAX_DELAY_MS, HUB_OUTBOX_TIMEOUT_MS. */
export function outboxOptions(env = process.env): OutboxOptions {
  const num = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === "") return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer (milliseconds)`);
    return n;
  };
  return {
    pollMs: num("HUB_OUTBOX_POLL_MS", 2000),
    baseDelayMs: num("HUB_OUTBOX_BASE_DELAY_MS", 5000),
    maxDelayMs: num("HUB_OUTBOX_MAX_DELAY_MS", 3_600_000),
    timeoutMs: num("HUB_OUTBOX_TIMEOUT_MS", 10_000),
    batch: 50,
  };
}

/** The wait before retry number `attempts` (1 = first retry): exponential, capped, with ±20% jitter. */
export function retryDelay(attempts: number, o: Pick<OutboxOptions, "baseDelayMs" | "maxDelayMs">, random = Math.random): number {
  const plain = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.min(attempts - 1, 30));
  return Math.round(plain * (0.8 + 0.4 * random()));
}

/** The signature header's value for a body sent at `timestamp` (Unix seconds). */
export const outboxSignature = (secret: string, timestamp: number, body: string) => `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

// drizzle's builders over a table known only by its columns
/* eslint-disable @typescript-eslint/no-explicit-any */
const on = (t: OutboxTable) => t as any;

/** Due messages, leased until `lease` so that no other worker takes them meanwhile. */
export async function claimDue(db: AnyDb, t: OutboxTable, lease: Date, batch: number): Promise<OutboxMessage[]> {
  return db.transaction(async (tx) => {
    const due = await tx.select({ id: t.id }).from(on(t)).where(and(isNull(t.deliveredAt), lte(t.nextAttemptAt, new Date())))
      .orderBy(asc(t.nextAttemptAt), asc(t.id)).limit(batch).for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return (await tx.update(on(t)).set({ nextAttemptAt: lease }).where(inArray(t.id, due.map((d: { id: unknown }) => d.id)))
      .returning({ id: t.id, receiver: t.receiver, key: t.key, payload: t.payload, attempts: t.attempts })) as OutboxMessage[];
  });
}

async function post(message: OutboxMessage, receiver: OutboxReceiver, o: OutboxOptions): Promise<string | null> {
  const headers: Record<string, string> = { "content-type": "application/json", "idempotency-key": message.key };
  if (receiver.secret) {
    const timestamp = Math.floor(Date.now() / 1000);
    headers["x-hub-timestamp"] = String(timestamp);
    headers["x-hub-signature-256"] = outboxSignature(receiver.secret, timestamp, message.payload);
  }
  try {
    const res = await fetch(receiver.url, { method: "POST", headers, body: message.payload, signal: AbortSignal.timeout(o.timeoutMs) });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string; errors?: { code?: string }[] } };
    if (err.name === "TimeoutError") return `no answer within ${o.timeoutMs} ms`;
    // fetch says only "fetch failed": the cause (or, when several addresses were tried, each of its errors) says why
    const code = err.cause?.code ?? err.cause?.errors?.find((x) => x.code)?.code;
    return `${code ?? err.name}: ${err.cause?.message || err.message}`;
  }
}

/** One round: claim due messages for a lease, deliver them, record each outcome. Returns how many were delivered. */
export async function deliverDue(db: AnyDb, t: OutboxTable, receivers: readonly OutboxReceiver[], o: OutboxOptions, what = "outbox"): Promise<number> {
  const claimed = await claimDue(db, t, new Date(Date.now() + o.timeoutMs * 2 + 1000), o.batch);
  let delivered = 0;
  for (const message of claimed) {
    const receiver = receivers.find((r) => r.name === message.receiver);
    const error = receiver ? await post(message, receiver, o) : `receiver "${message.receiver}" is no longer configured`;
    if (error === null) {
      await db.update(on(t)).set({ deliveredAt: new Date(), lastError: null }).where(eq(t.id, message.id));
      delivered++;
    } else {
      const attempts = message.attempts + 1;
      const next = new Date(Date.now() + retryDelay(attempts, o));
      await db.update(on(t)).set({ attempts, lastError: error, nextAttemptAt: next }).where(eq(t.id, message.id));
      logger.warn({ outbox: what, receiver: message.receiver, key: message.key, attempts, error, retryAt: next }, "delivery failed; will retry");
    }
  }
  return delivered;
}

/** Run delivery rounds until stopped; a round runs again at once while it found a full batch. */
export function startOutbox(db: AnyDb, t: OutboxTable, receivers: () => readonly OutboxReceiver[], o = outboxOptions(), what = "outbox"): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = (async () => {
      try {
        while (!stopped && (await deliverDue(db, t, receivers(), o, what)) >= o.batch);
      } catch (e) {
        logger.error({ err: e, outbox: what }, "outbox round failed");
      }
      if (!stopped) timer = setTimeout(tick, o.pollMs);
    })();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

export interface OutboxStatus {
  receiver: string;
  delivered: number;
  pending: number;
  failedAttempts: number;
  lastError: string | null;
  oldestPendingSince: Date | null;
}

/** Per receiver: delivered, pending, failed attempts, the last error and the oldest pending message. */
export async function outboxStatus(db: AnyDb, t: OutboxTable, receivers: readonly { name: string }[]): Promise<OutboxStatus[]> {
  const rows = await db.select({
    receiver: t.receiver,
    delivered: count(t.deliveredAt),
    total: count(),
    failedAttempts: sum(t.attempts),
    oldestPending: min(sql<Date>`case when ${t.deliveredAt} is null then ${t.createdAt} end`),
    lastFailure: max(sql<string>`case when ${t.deliveredAt} is null then ${t.lastError} end`),
  }).from(on(t)).groupBy(t.receiver);
  return receivers.map((r) => {
    const s = (rows as { receiver: string; delivered: number; total: number; failedAttempts: string | null; oldestPending: unknown; lastFailure: string | null }[]).find((x) => x.receiver === r.name);
    return {
      receiver: r.name,
      delivered: Number(s?.delivered ?? 0),
      pending: Number(s?.total ?? 0) - Number(s?.delivered ?? 0),
      failedAttempts: Number(s?.failedAttempts ?? 0),
      lastError: s?.lastFailure ?? null,
      oldestPendingSince: s?.oldestPending ? new Date(s.oldestPending as string) : null,
    };
  });
}
