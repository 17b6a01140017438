/** How current the office's copy of each department is. */
import { audit, HubError } from "@hub/kit";
import type { HubConfig } from "@hub/schema";
import type { OfficeContext } from "../../shared/context.js";
import { syncAndPropose } from "../proposals/service.js";
import type { OfficeDb } from "../../shared/db.js";
import { allSyncStates } from "./store.js";
import type { DepartmentSync } from "./types.js";

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

/** A sync on request: every department read, proposals refreshed, and the request on the trail. */
export async function syncOnRequest(ctx: OfficeContext): Promise<DepartmentSync[]> {
  if (!ctx.sync) throw new HubError("DEPARTMENT_UNAVAILABLE", "this office runs without a gateway to sync through");
  await syncAndPropose(ctx.sync);
  await audit(ctx.db, ctx.identity, "syncDepartments", ctx.config.departments.map((d) => d.code));
  return syncStatusOf(ctx.db, ctx.config);
}
