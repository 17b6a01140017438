/** How current the office's copy of each department is. */
import { audit, badInput, HubError, quoted, type Job } from "@hub/kit";
import { askDepartmentNow } from "../../department-api/client.js";
import { DrawnTargetsDocument } from "../../department-api/generated.js";
import type { HubConfig } from "@hub/schema";
import type { OfficeContext } from "../../shared/context.js";
import type { OfficeDb } from "../../shared/db.js";
import { allSyncStates, inspectionsInYear } from "./store.js";
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

/**
 * 第三轮融合 at the moment of drawing: for one department's draw, which of its drawn targets other
 * departments already plan or inspected in the draw's year (the office's index), per target and as
 * counts per stratum — so that the department can propose a joint visit instead of knocking alone.
 */
export async function drawOverlaps(ctx: OfficeContext, department: string, drawId: number) {
  if (!ctx.config.departments.some((d) => d.code === department)) throw badInput(`unknown department ${quoted(department)}`);
  const data = await askDepartmentNow(ctx.sync, department, DrawnTargetsDocument, { drawId: String(drawId) }, "draw");
  const draw = data.department?.draw;
  if (!draw) return null;
  const year = Number(draw.periodKey.slice(0, 4));
  const entries = await inspectionsInYear(ctx.db, draw.drawnTargets.map((t) => t.uscc), year);
  const targets = draw.drawnTargets.map((t, i) => ({
    uscc: t.uscc,
    stratum: t.stratum,
    departments: [...new Set(entries[i]!.filter((e) => e.department !== department).map((e) => e.department))].sort(),
  }));
  return {
    department,
    drawId,
    year,
    strata: draw.strata.map((s, i) => {
      const drawn = targets.filter((t) => t.stratum === i);
      return { stratum: i, keyArea: s.keyArea, riskLevel: s.riskLevel, creditClass: s.creditClass ?? null, drawn: drawn.length, elsewhere: drawn.filter((t) => t.departments.length > 0).length };
    }).filter((s) => s.drawn > 0),
    targets,
  };
}
