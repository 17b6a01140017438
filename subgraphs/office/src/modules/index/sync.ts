/**
 * The office pulls each department's directory and task changes through the supergraph, with a
 * cursor per department and feed. Departments sync independently: one that is down keeps its last
 * cursor, records the error, and is reported stale; the others go on.
 */
import { logger, type Clock } from "@hub/kit";
import type { DirectoryEntryShape, FollowUpState } from "@hub/schema";
import type { taskEntries } from "../../db/schema.js";
import { askDepartment, DepartmentCallError, leafFields, type GatewayClient } from "../../department-api/client.js";
import { DirectoryChangesDocument, TaskChangesDocument, type TaskChangesQuery } from "../../department-api/generated.js";
import type { OfficeDb } from "../../shared/db.js";
import { storeDirectoryEntries, storeTaskEntries, syncStateOf, updateSyncState, type Cursor } from "./store.js";

export interface SyncOptions extends GatewayClient {
  db: OfficeDb;
  /** The office's clock, for what the sync writes down (the notifications of new proposals). */
  clock?: Clock;
}

export interface DepartmentSyncReport {
  department: string;
  ok: boolean;
  directoryEntries: number;
  tasks: number;
  error: string | null;
}

/**
 * Rows per page: as many as the gateway's cost limit allows the office's own query (each row costs
 * its fields plus a few for the list), at most the 5,000 a feed serves. Fewer round trips, never refused.
 */
export function pageSize(fieldsPerRow: number, maxCost: number): number {
  return Math.max(1, Math.min(5000, Math.floor((maxCost * 0.95) / (fieldsPerRow + 4))));
}

type RemoteTask = NonNullable<TaskChangesQuery["department"]>["taskChanges"]["tasks"][number];

const toTaskEntry = (department: string, { id, publishedAt, followUpState, ...t }: RemoteTask): typeof taskEntries.$inferInsert => ({
  department,
  taskId: Number(id),
  ...t,
  publishedAt: publishedAt ? new Date(publishedAt) : null,
  // a String in the feed, one of FollowUpState's values by the department's own code
  followUpState: followUpState as FollowUpState | null,
});

/** One feed of a department: how a page is asked for, read and stored. */
interface Feed<T> {
  cursor: Cursor;
  fieldsPerRow: number;
  fetch(opts: SyncOptions, department: string, after: string | null, first: number): Promise<{ rows: T[]; endCursor: string | null; hasMore: boolean }>;
  store(db: OfficeDb, department: string, rows: T[]): Promise<unknown>;
}

const noFeed = (department: string, field: string) => new DepartmentCallError(`${department} returned no ${field}`);

const DIRECTORY_FEED: Feed<DirectoryEntryShape> = {
  cursor: "directoryCursor",
  fieldsPerRow: leafFields(DirectoryChangesDocument) - 2,
  async fetch(opts, department, after, first) {
    const page = (await askDepartment(opts, department, DirectoryChangesDocument, { after, first })).department?.directoryChanges;
    if (!page) throw noFeed(department, "directoryChanges");
    return { rows: page.entries, endCursor: page.endCursor, hasMore: page.hasMore };
  },
  store: storeDirectoryEntries,
};

const TASK_FEED: Feed<RemoteTask> = {
  cursor: "taskCursor",
  fieldsPerRow: leafFields(TaskChangesDocument) - 2,
  async fetch(opts, department, after, first) {
    const page = (await askDepartment(opts, department, TaskChangesDocument, { after, first })).department?.taskChanges;
    if (!page) throw noFeed(department, "taskChanges");
    return { rows: page.tasks, endCursor: page.endCursor, hasMore: page.hasMore };
  },
  store: (db, department, rows) => storeTaskEntries(db, rows.map((t) => toTaskEntry(department, t))),
};

/**
 * Read a feed page by page from the cursor; each page lands with its new cursor in one transaction,
 * in order. The next page is fetched while the previous one is being written.
 */
async function pull<T>(opts: SyncOptions, code: string, feed: Feed<T>, cursor: string | null): Promise<number> {
  const first = pageSize(feed.fieldsPerRow, opts.config.gateway.limits.maxCost);
  const store = (rows: T[], endCursor: string | null) =>
    opts.db.transaction(async (tx) => {
      await feed.store(tx, code, rows);
      await updateSyncState(tx, code, { [feed.cursor]: endCursor });
    });
  let n = 0;
  let writing: Promise<unknown> = Promise.resolve();
  try {
    for (;;) {
      const page = await feed.fetch(opts, code, cursor, first);
      await writing; // pages land in order: a cursor never runs ahead of the rows behind it
      if (page.rows.length) {
        writing = store(page.rows, page.endCursor);
        cursor = page.endCursor;
        n += page.rows.length;
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
  const state = await syncStateOf(opts.db, code);
  await updateSyncState(opts.db, code, { lastAttemptAt: new Date() });
  try {
    // The two feeds have their own cursors: read them side by side.
    const [directory, tasks] = await Promise.all([pull(opts, code, DIRECTORY_FEED, state.directoryCursor), pull(opts, code, TASK_FEED, state.taskCursor)]);
    await updateSyncState(opts.db, code, { lastSuccessAt: new Date(), lastError: null });
    return { department: code, ok: true, directoryEntries: directory, tasks, error: null };
  } catch (e) {
    const error = e instanceof DepartmentCallError ? e.message : `sync failed: ${(e as Error).message}`;
    logger.warn({ department: code, error }, "sync failed");
    await updateSyncState(opts.db, code, { lastError: error });
    return { department: code, ok: false, directoryEntries: 0, tasks: 0, error };
  }
}

/** Sync every department in parallel; one failing does not stop the others. `onDone` counts them as they end. */
export function syncAll(opts: SyncOptions, onDone?: (report: DepartmentSyncReport) => Promise<void> | void): Promise<DepartmentSyncReport[]> {
  return Promise.all(
    opts.config.departments.map(async (d) => {
      const report = await syncDepartment(opts, d.code);
      await onDone?.(report);
      return report;
    }),
  );
}
