/** Per-request context of a department subgraph: who asks, its database, its batch loaders. */
import { groupBy, systemClock, type Clock } from "@hub/kit";
import type { Identity, ResolvedDepartment } from "@hub/schema";
import DataLoader from "dataloader";
import { asc, desc, inArray } from "drizzle-orm";
import { taskFollowUps, taskResults, tasks, type FollowUpRow, type PlanAdjustmentRow, type TargetRow, type TaskResultRow, type TaskRow } from "./db/schema.js";
import { adjustmentsByPlan } from "./repository/plans.js";
import { targetsByUscc, type DepartmentDb } from "./repository/targets.js";

export interface DepartmentContext {
  department: ResolvedDepartment;
  db: DepartmentDb;
  /** Verified by the gateway and vouched for in its signed header. */
  identity: Identity;
  /** Business time: "today" for deadlines and date rules (settable in tests and the demo's seed). */
  clock: Clock;
  loaders: {
    /** Entity references arrive one per row; this turns a batch of them into one SQL query. */
    targetByUscc: DataLoader<string, TargetRow | null>;
    adjustmentsByPlan: DataLoader<number, PlanAdjustmentRow[]>;
    /** A page of tasks (the office's sync reads 2,000 at a time) costs one query for their results. */
    resultByTask: DataLoader<number, TaskResultRow | null>;
    followUpsByTask: DataLoader<number, FollowUpRow[]>;
    /** A target's tasks in this department, newest window first (its inspection history). */
    tasksByUscc: DataLoader<string, TaskRow[]>;
  };
}

export function createContext(department: ResolvedDepartment, db: DepartmentDb, identity: Identity, clock: Clock = systemClock): DepartmentContext {
  return {
    department,
    db,
    identity,
    clock,
    loaders: {
      targetByUscc: new DataLoader(async (usccs) => {
        const found = await targetsByUscc(db, usccs);
        return usccs.map((u) => found.get(u) ?? null);
      }),
      adjustmentsByPlan: new DataLoader((ids) => adjustmentsByPlan(db, ids)),
      resultByTask: new DataLoader(async (ids) => {
        const rows = await db.select().from(taskResults).where(inArray(taskResults.taskId, [...ids]));
        const byId = new Map(rows.map((r) => [r.taskId, r]));
        return ids.map((i) => byId.get(i) ?? null);
      }),
      tasksByUscc: new DataLoader(async (usccs) => {
        const rows = await db.select().from(tasks).where(inArray(tasks.uscc, [...usccs])).orderBy(desc(tasks.dueEnd), desc(tasks.id));
        const byUscc = groupBy(rows, (r) => r.uscc);
        return usccs.map((u) => byUscc.get(u) ?? []);
      }),
      followUpsByTask: new DataLoader(async (ids) => {
        const rows = await db.select().from(taskFollowUps).where(inArray(taskFollowUps.taskId, [...ids])).orderBy(asc(taskFollowUps.id));
        const byTask = groupBy(rows, (r) => r.taskId);
        return ids.map((i) => byTask.get(i) ?? []);
      }),
    },
  };
}
