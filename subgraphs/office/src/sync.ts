/**
 * The office pulls each department's directory and task changes through the supergraph, with a
 * cursor per department. Departments sync independently: one that is down keeps its last cursor,
 * records the error, and is reported stale; the others go on.
 */
import { logger } from "@hub/kit";
import type { HubConfig } from "@hub/schema";
import { eq, getTableColumns, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { directoryEntries, syncState, taskEntries } from "./db/schema.js";
import type { OfficeDb } from "./target-index.js";

/**
 * Rows per page: as many as the gateway's cost limit allows the office's own query (each row costs
 * its fields plus a few for the list), at most the 5,000 a feed serves. Fewer round trips, never refused.
 */
export function pageSize(selection: string, maxCost: number): number {
  const fields = selection.split(/\s+/).filter((w) => /^[a-zA-Z]/.test(w)).length;
  return Math.max(1, Math.min(5000, Math.floor((maxCost * 0.95) / (fields + 4))));
}

/** An upsert's SET: each column takes the incoming row's value, and the entry is stamped as synced now. */
const fromIncoming = (columns: Record<string, AnyPgColumn>) => ({
  ...Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, sql.raw(`excluded."${column.name}"`)])),
  syncedAt: sql`now()`,
});
// A task entry's key, target and source never change; everything else follows the department.
const { department: _d, taskId: _t, uscc: _u, source: _s, syncedAt: _a, ...taskFields } = getTableColumns(taskEntries);

export interface SyncOptions {
  db: OfficeDb;
  config: HubConfig;
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** A bearer token for the office's own service identity (office coordinator). */
  token: () => Promise<string>;
}

export interface DepartmentSyncReport {
  department: string;
  ok: boolean;
  directoryEntries: number;
  tasks: number;
  error: string | null;
}

export class SyncError extends Error {}

/** One GraphQL operation through the gateway as the office; errors become a SyncError with their messages. */
export async function gatewayQuery<T>(opts: SyncOptions, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(opts.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await opts.token()}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(opts.config.gateway.subgraphTimeoutMs * 2),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new SyncError(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new SyncError(`gateway answered ${res.status} without data`);
  return body.data;
}

interface RemoteEntry {
  uscc: string;
  name: string;
  status: string;
}

interface RemoteTask {
  id: string;
  uscc: string;
  source: string;
  status: string;
  itemCodes: string[];
  inspectorCount: number;
  dueStart: string;
  dueEnd: string;
  publicationDue: string;
  categoryCode: string | null;
  inspectionDate: string | null;
  publishedAt: string | null;
  publishedLate: boolean | null;
  followUpState: string | null;
}

/** One of a department's change feeds, and how the office stores a page of it. */
interface Feed<T> {
  field: "directoryChanges" | "taskChanges";
  list: "entries" | "tasks";
  selection: string;
  cursor: "directoryCursor" | "taskCursor";
  store(db: OfficeDb, department: string, rows: T[]): Promise<unknown>;
}

const DIRECTORY_FEED: Feed<RemoteEntry> = {
  field: "directoryChanges",
  list: "entries",
  selection: "uscc name status",
  cursor: "directoryCursor",
  store: (db, department, rows) =>
    db
      .insert(directoryEntries)
      .values(rows.map((e) => ({ department, ...e })))
      .onConflictDoUpdate({
        target: [directoryEntries.department, directoryEntries.uscc],
        set: fromIncoming({ name: directoryEntries.name, status: directoryEntries.status }),
      }),
};

const TASK_FEED: Feed<RemoteTask> = {
  field: "taskChanges",
  list: "tasks",
  selection: "id uscc source status itemCodes inspectorCount dueStart dueEnd publicationDue categoryCode inspectionDate publishedAt publishedLate followUpState",
  cursor: "taskCursor",
  store: (db, department, rows) =>
    db
      .insert(taskEntries)
      .values(rows.map(({ id, publishedAt, ...t }) => ({ department, taskId: Number(id), ...t, publishedAt: publishedAt ? new Date(publishedAt) : null })))
      .onConflictDoUpdate({
        target: [taskEntries.department, taskEntries.taskId],
        set: fromIncoming(taskFields),
      }),
};

/**
 * Read a feed page by page from the cursor; each page lands with its new cursor in one transaction,
 * in order. The next page is fetched while the previous one is being written.
 */
async function pull<T>(opts: SyncOptions, code: string, feed: Feed<T>, cursor: string | null): Promise<number> {
  type Page = { endCursor: string | null; hasMore: boolean } & Record<Feed<T>["list"], T[]>;
  const store = (rows: T[], endCursor: string | null) =>
    opts.db.transaction(async (tx) => {
      const t = tx as unknown as OfficeDb;
      await feed.store(t, code, rows);
      await t.update(syncState).set({ [feed.cursor]: endCursor }).where(eq(syncState.department, code));
    });
  let n = 0;
  let writing: Promise<unknown> = Promise.resolve();
  try {
    for (;;) {
      const data = await gatewayQuery<Record<string, Record<Feed<T>["field"], Page>>>(
        opts,
        `query($after: String) { ${code} { ${feed.field}(after: $after, first: ${pageSize(feed.selection, opts.config.gateway.limits.maxCost)}) { ${feed.list} { ${feed.selection} } endCursor hasMore } } }`,
        { after: cursor },
      );
      const page = data[code]?.[feed.field];
      if (!page) throw new SyncError(`${code} returned no ${feed.field}`);
      const rows = page[feed.list];
      await writing; // pages land in order: a cursor never runs ahead of the rows behind it
      if (rows.length) {
        writing = store(rows, page.endCursor);
        cursor = page.endCursor;
        n += rows.length;
      }
      if (!page.hasMore) {
        await writing;
        return n;
      }
    }
  } catch (e) {
    await writing.catch(() => {}); // let a write in progress finish (or fail) before reporting
    throw e;
  }
}

const inFlight = new Map<string, Promise<DepartmentSyncReport>>();

/** Sync one department; never throws: failures are recorded and reported. A sync already running is joined. */
export function syncDepartment(opts: SyncOptions, code: string): Promise<DepartmentSyncReport> {
  const key = `${opts.gatewayUrl}|${code}`;
  let running = inFlight.get(key);
  if (!running) {
    running = runSync(opts, code).finally(() => inFlight.delete(key));
    inFlight.set(key, running);
  }
  return running;
}

async function runSync(opts: SyncOptions, code: string): Promise<DepartmentSyncReport> {
  await opts.db.insert(syncState).values({ department: code }).onConflictDoNothing();
  const [state] = await opts.db.select().from(syncState).where(eq(syncState.department, code));
  await opts.db.update(syncState).set({ lastAttemptAt: new Date() }).where(eq(syncState.department, code));
  try {
    // The two feeds have their own cursors: read them side by side.
    const [directory, tasks] = await Promise.all([
      pull(opts, code, DIRECTORY_FEED, state?.directoryCursor ?? null),
      pull(opts, code, TASK_FEED, state?.taskCursor ?? null),
    ]);
    await opts.db.update(syncState).set({ lastSuccessAt: new Date(), lastError: null }).where(eq(syncState.department, code));
    return { department: code, ok: true, directoryEntries: directory, tasks, error: null };
  } catch (e) {
    const error = e instanceof SyncError ? e.message : `cannot reach the gateway: ${(e as Error).message}`;
    logger.warn({ department: code, error }, "sync failed");
    await opts.db.update(syncState).set({ lastError: error }).where(eq(syncState.department, code));
    return { department: code, ok: false, directoryEntries: 0, tasks: 0, error };
  }
}

/** Sync every department in parallel; one failing does not stop the others. */
export function syncAll(opts: SyncOptions): Promise<DepartmentSyncReport[]> {
  return Promise.all(opts.config.departments.map((d) => syncDepartment(opts, d.code)));
}
