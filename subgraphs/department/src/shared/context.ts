/** Per-request context of a department subgraph: who asks, its database, its clock, its batch loaders. */
import { systemClock, type Clock, type JobQueue } from "@hub/kit";
import type { Identity, ResolvedDepartment } from "@hub/schema";
import DataLoader from "dataloader";
import type { CheckFormRow, FollowUpRow, PlanAdjustmentRow, TargetRow, TaskResultRow, TaskRow } from "../db/schema.js";
import { currentForms } from "../modules/check-forms/store.js";
import { targetsByUscc } from "../modules/directory/store.js";
import { adjustmentsByPlan } from "../modules/plans/store.js";
import { followUpsByTask, resultsByTask } from "../modules/results/store.js";
import { tasksByUscc } from "../modules/tasks/store.js";
import type { DepartmentDb } from "./db.js";

export interface DepartmentContext {
  department: ResolvedDepartment;
  db: DepartmentDb;
  /** Verified by the gateway and vouched for in its signed header. */
  identity: Identity;
  /** Business time: "today" for deadlines and date rules (settable in tests and the demo's seed). */
  clock: Clock;
  /** The department's long operations (imports as jobs); absent until the queue has started. */
  jobs?: JobQueue;
  loaders: {
    /** Entity references arrive one per row; this turns a batch of them into one SQL query. */
    targetByUscc: DataLoader<string, TargetRow | null>;
    adjustmentsByPlan: DataLoader<number, PlanAdjustmentRow[]>;
    /** A page of tasks costs one query for their results. */
    resultByTask: DataLoader<number, TaskResultRow | null>;
    followUpsByTask: DataLoader<number, FollowUpRow[]>;
    /** A target's tasks in this department, newest window first (its inspection history). */
    tasksByUscc: DataLoader<string, TaskRow[]>;
    /** An item list with its check forms costs one query for the forms. */
    currentForm: DataLoader<string, CheckFormRow | null>;
  };
}

export function createContext(department: ResolvedDepartment, db: DepartmentDb, identity: Identity, clock: Clock = systemClock, jobs?: JobQueue): DepartmentContext {
  return {
    department,
    db,
    identity,
    clock,
    jobs,
    loaders: {
      targetByUscc: new DataLoader(async (usccs) => {
        const found = await targetsByUscc(db, usccs);
        return usccs.map((u) => found.get(u) ?? null);
      }),
      adjustmentsByPlan: new DataLoader((ids) => adjustmentsByPlan(db, ids)),
      resultByTask: new DataLoader((ids) => resultsByTask(db, ids)),
      tasksByUscc: new DataLoader((usccs) => tasksByUscc(db, usccs)),
      followUpsByTask: new DataLoader((ids) => followUpsByTask(db, ids)),
      currentForm: new DataLoader(async (codes) => {
        const forms = await currentForms(db, codes);
        return codes.map((c) => forms.get(c) ?? null);
      }),
    },
  };
}
