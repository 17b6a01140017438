/** Per-request context of a department subgraph: who asks, its database, its batch loaders. */
import type { Identity, ResolvedDepartment } from "@hub/schema";
import DataLoader from "dataloader";
import type { PlanAdjustmentRow, TargetRow } from "./db/schema.js";
import { adjustmentsByPlan } from "./repository/plans.js";
import { targetsByUscc, type DepartmentDb } from "./repository/targets.js";

export interface DepartmentContext {
  department: ResolvedDepartment;
  db: DepartmentDb;
  /** Verified by the gateway and vouched for in its signed header. */
  identity: Identity;
  loaders: {
    /** Entity references arrive one per row; this turns a batch of them into one SQL query. */
    targetByUscc: DataLoader<string, TargetRow | null>;
    adjustmentsByPlan: DataLoader<number, PlanAdjustmentRow[]>;
  };
}

export function createContext(department: ResolvedDepartment, db: DepartmentDb, identity: Identity): DepartmentContext {
  return {
    department,
    db,
    identity,
    loaders: {
      targetByUscc: new DataLoader(async (usccs) => {
        const found = await targetsByUscc(db, usccs);
        return usccs.map((u) => found.get(u) ?? null);
      }),
      adjustmentsByPlan: new DataLoader((ids) => adjustmentsByPlan(db, ids)),
    },
  };
}
