/** How current the office's copy of each department is. */
import { audit, HubError, type Job } from "@hub/kit";
import type { HubConfig } from "@hub/schema";
import type { OfficeContext } from "../../shared/context.js";
import type { OfficeDb } from "../../shared/db.js";
import { allSyncStates } from "./store.js";
import type { DepartmentSync } from "./types.js";

/** The job kind of the sync (office server registers its handler). */
export const SYNC_JOB = "sync";

/** Stale: never synced, the last attempt failed, or older than two sync intervals. */
export async function syncStatusOf(db: OfficeDb, config: HubConfig): Promise<DepartmentSync[]> {
  const rows = await allSyncStates(db);
  const maxAgeMs = 2 * (config.office.syncIntervalSeconds || 300) * 1000;
  return config.departments.map((d) => {
    const r = rows.find((x) => x.department === d.code);
    const lastSuccessAt = r?.lastSuccessAt ?? null;
    const stale = !lastSuccessAt || Boolean(r?.lastError) || Date.now() - lastSuccessAt.getTime() > maxAgeMs;
    return { department: d.code, lastSuccessAt, lastAttemptAt: r?.lastAttemptAt ?? null, lastError: r?.lastError ?? null, stale };
  });
}

/**
 * A sync on request: queued as a job (every department read, proposals refreshed) and the request
 * on the trail. While one waits, asking again returns that one.
 */
export async function syncOnRequest(ctx: OfficeContext): Promise<Job> {
  if (!ctx.sync || !ctx.jobs) throw new HubError("DEPARTMENT_UNAVAILABLE", "this office runs without a gateway to sync through");
  const { id } = await ctx.jobs.start(SYNC_JOB, {}, ctx.identity.subject);
  await audit(ctx.db, ctx.identity, "syncDepartments", [id]);
  return (await ctx.jobs.get(id))!;
}

/** A job of the office, for those who may read the joint library. */
export async function officeJob(ctx: OfficeContext, id: string): Promise<Job | null> {
  if (!ctx.jobs) return null;
  return ctx.jobs.get(id);
}
