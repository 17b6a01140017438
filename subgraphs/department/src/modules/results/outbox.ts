/**
 * 推送: deliver published results to higher platforms. Publishing writes one outbox row per result
 * and receiver in its own transaction; this worker claims due rows for a lease, POSTs each with its
 * Idempotency-Key, and marks it delivered on a 2xx answer, or schedules a retry with exponential
 * backoff. Nothing is lost if the receiver, the network or this process fails: an unacknowledged row
 * stays due. A receiver may see a message twice (after a timeout); the key lets it drop the repeat.
 */
import { logger } from "@hub/kit";
import type { PublicationReceiver, ResolvedDepartment } from "@hub/schema";
import type { publicationOutbox } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";
import { claimDue, markDelivered, markFailed, outboxTotals } from "./store.js";

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

type OutboxRow = typeof publicationOutbox.$inferSelect;

async function deliver(row: OutboxRow, receiver: PublicationReceiver, o: OutboxOptions): Promise<string | null> {
  try {
    const res = await fetch(receiver.url, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": row.key },
      body: row.payload,
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    return err.name === "TimeoutError" ? `no answer within ${o.timeoutMs} ms` : `${err.cause?.code ?? err.name}: ${err.message}`;
  }
}

/** One round: claim due messages for a lease, deliver them, record each outcome. Returns how many were delivered. */
export async function deliverDue(db: DepartmentDb, receivers: readonly PublicationReceiver[], o: OutboxOptions): Promise<number> {
  const claimed = await claimDue(db, new Date(Date.now() + o.timeoutMs * 2 + 1000), o.batch);
  let delivered = 0;
  for (const row of claimed) {
    const receiver = receivers.find((r) => r.name === row.receiver);
    const error = receiver ? await deliver(row, receiver, o) : `receiver "${row.receiver}" is no longer configured`;
    if (error === null) {
      await markDelivered(db, row.id);
      delivered++;
    } else {
      const attempts = row.attempts + 1;
      const next = new Date(Date.now() + retryDelay(attempts, o));
      await markFailed(db, row.id, attempts, error, next);
      logger.warn({ receiver: row.receiver, key: row.key, attempts, error, retryAt: next }, "publication delivery failed; will retry");
    }
  }
  return delivered;
}

/** Run delivery rounds until stopped; a round runs again at once while it found a full batch. */
export function startOutbox(db: DepartmentDb, department: ResolvedDepartment, o = outboxOptions()): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = (async () => {
      try {
        while (!stopped && (await deliverDue(db, department.publicationReceivers, o)) >= o.batch);
      } catch (e) {
        logger.error({ err: e, department: department.code }, "publication outbox round failed");
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

/** Per receiver: delivered, pending, failed attempts, the last error and the oldest pending message. */
export async function outboxStatus(db: DepartmentDb, receivers: readonly PublicationReceiver[]) {
  const rows = await outboxTotals(db);
  return receivers.map((r) => {
    const s = rows.find((x) => x.receiver === r.name);
    return {
      receiver: r.name,
      delivered: Number(s?.delivered ?? 0),
      pending: Number(s?.total ?? 0) - Number(s?.delivered ?? 0),
      failedAttempts: Number(s?.failedAttempts ?? 0),
      lastError: s?.lastFailure ?? null,
      oldestPendingSince: s?.oldestPending ? new Date(s.oldestPending) : null,
    };
  });
}
