/**
 * Incremental reads for the office's sync. A row's `change_txid` is the transaction that last wrote
 * it; only rows of transactions below the current snapshot's xmin are returned, because those
 * transactions have all finished: nothing can later appear behind the cursor.
 */
import { maskResidentId, RuleError } from "@hub/schema";
import { and, asc, gt, inArray, lt, or, sql, eq } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { groupBy, officeKeyOf, seal, unseal } from "@hub/kit";
import { taskFollowUps, taskResults, tasks, targets } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

export interface ChangeCursor {
  txid: number;
  key: string;
}

/** A key that is a resident ID goes sealed: the office holds cursors, never the ID in them. */
export const encodeChangeCursor = (c: ChangeCursor, personal = false) => Buffer.from(`${c.txid}:${personal ? seal(c.key) : c.key}`).toString("base64url");

/** A cursor this feed issued, or undefined for the start; anything else is refused (never read as the start). */
export function decodeChangeCursor(s: string | undefined | null, keyPattern: RegExp): ChangeCursor | undefined {
  if (!s) return undefined;
  const m = s.length <= 300 ? /^(\d{1,15}):(.{1,120})$/.exec(Buffer.from(s, "base64url").toString("utf8")) : null;
  const key = m?.[2]?.startsWith("~") ? unseal(m[2]) : m?.[2];
  if (!m || !Number.isSafeInteger(Number(m[1])) || key === undefined || !keyPattern.test(key)) throw new RuleError("BAD_USER_INPUT", "invalid change cursor: pass back an endCursor this feed returned, or none to start");
  return { txid: Number(m[1]), key };
}

const watermark = sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

function after(txidColumn: AnyPgColumn, keyColumn: AnyPgColumn, c: ChangeCursor | undefined, keyAsInt = false) {
  if (!c) return undefined;
  const key = keyAsInt ? Number(c.key) : c.key;
  return or(gt(txidColumn, c.txid), and(eq(txidColumn, c.txid), gt(keyColumn, key)));
}

export async function directoryChanges(db: DepartmentDb, cursor: ChangeCursor | undefined, first: number) {
  const rows = await db
    .select({ uscc: targets.uscc, idKind: targets.idKind, pseudonym: targets.pseudonym, name: targets.name, status: targets.status, changeTxid: targets.changeTxid })
    .from(targets)
    .where(and(lt(targets.changeTxid, watermark), after(targets.changeTxid, targets.uscc, cursor)))
    .orderBy(asc(targets.changeTxid), asc(targets.uscc))
    .limit(first + 1);
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    // an individual business leaves the department under its pseudonym (kit pseudonym.ts)
    rows: page.map((r) =>
      r.idKind === "RESIDENT_ID"
        ? { uscc: officeKeyOf(r), name: r.name, status: r.status, displayCode: maskResidentId(r.uscc) }
        : { uscc: r.uscc, name: r.name, status: r.status, displayCode: r.uscc },
    ),
    hasMore: rows.length > first,
    endCursor: last ? encodeChangeCursor({ txid: last.changeTxid, key: last.uscc }, last.idKind === "RESIDENT_ID") : null,
  };
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
