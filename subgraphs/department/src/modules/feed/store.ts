/**
 * Incremental reads for the office's sync. A row's `change_txid` is the transaction that last wrote
 * it; only rows of transactions below the current snapshot's xmin are returned, because those
 * transactions have all finished: nothing can later appear behind the cursor.
 */
import { RuleError } from "@hub/schema";
import { and, asc, gt, inArray, lt, or, sql, eq } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { groupBy } from "@hub/kit";
import { taskFollowUps, taskResults, tasks, targets } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

export interface ChangeCursor {
  txid: number;
  key: string;
}

export const encodeChangeCursor = (c: ChangeCursor) => Buffer.from(`${c.txid}:${c.key}`).toString("base64url");

/** A cursor this feed issued, or undefined for the start; anything else is refused (never read as the start). */
export function decodeChangeCursor(s: string | undefined | null, keyPattern: RegExp): ChangeCursor | undefined {
  if (!s) return undefined;
  const m = /^(\d{1,15}):(.{1,40})$/.exec(Buffer.from(s, "base64url").toString("utf8"));
  if (!m || !Number.isSafeInteger(Number(m[1])) || !keyPattern.test(m[2]!)) throw new RuleError("BAD_USER_INPUT", "invalid change cursor: pass back an endCursor this feed returned, or none to start");
  return { txid: Number(m[1]), key: m[2]! };
}

const watermark = sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

function after(txidColumn: AnyPgColumn, keyColumn: AnyPgColumn, c: ChangeCursor | undefined, keyAsInt = false) {
  if (!c) return undefined;
  const key = keyAsInt ? Number(c.key) : c.key;
  return or(gt(txidColumn, c.txid), and(eq(txidColumn, c.txid), gt(keyColumn, key)));
}

export async function directoryChanges(db: DepartmentDb, cursor: ChangeCursor | undefined, first: number) {
  const rows = await db
    .select({ uscc: targets.uscc, name: targets.name, status: targets.status, changeTxid: targets.changeTxid })
    .from(targets)
    .where(and(lt(targets.changeTxid, watermark), after(targets.changeTxid, targets.uscc, cursor)))
    .orderBy(asc(targets.changeTxid), asc(targets.uscc))
    .limit(first + 1);
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return { rows: page, hasMore: rows.length > first, endCursor: last ? encodeChangeCursor({ txid: last.changeTxid, key: last.uscc }) : null };
}

/** Tasks changed after the cursor, each with its result and follow-up steps (two queries a page). */
export async function taskChanges(db: DepartmentDb, cursor: ChangeCursor | undefined, first: number) {
  const rows = await db
    .select({ task: tasks, result: taskResults })
    .from(tasks)
    .leftJoin(taskResults, eq(taskResults.taskId, tasks.id))
    .where(and(lt(tasks.changeTxid, watermark), after(tasks.changeTxid, tasks.id, cursor, true)))
    .orderBy(asc(tasks.changeTxid), asc(tasks.id))
    .limit(first + 1);
  const page = rows.slice(0, first);
  const withResult = page.filter((r) => r.result).map((r) => r.task.id);
  const steps = withResult.length
    ? await db.select().from(taskFollowUps).where(inArray(taskFollowUps.taskId, withResult)).orderBy(asc(taskFollowUps.id))
    : [];
  const byTask = groupBy(steps, (f) => f.taskId);
  const last = page.at(-1)?.task;
  return {
    rows: page.map((r) => ({ ...r, followUps: byTask.get(r.task.id) ?? [] })),
    hasMore: rows.length > first,
    endCursor: last ? encodeChangeCursor({ txid: last.changeTxid, key: String(last.id) }) : null,
  };
}
