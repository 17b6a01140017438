/** Per-request context of the office subgraph: who asks, its database, its clock, its batch loaders. */
import { systemClock, type Clock, type JobQueue } from "@hub/kit";
import type { HubConfig, Identity } from "@hub/schema";
import DataLoader from "dataloader";
import type { TaskEntryRow } from "../db/schema.js";
import { indexByUscc, type IndexedTarget } from "../modules/index/store.js";
import type { SyncOptions } from "../modules/index/sync.js";
import type { OfficeDb } from "./db.js";

export interface OfficeContext {
  config: HubConfig;
  db: OfficeDb;
  identity: Identity;
  /** Pulls department changes through the gateway; absent when the office runs without one. */
  sync?: SyncOptions;
  /** The office's long operations (the sync); absent until the queue has started. */
  jobs?: JobQueue;
  /** Business time: "today" for schedules, deadlines and statistics. */
  clock: Clock;
  loaders: {
    indexByUscc: DataLoader<string, IndexedTarget | null>;
    inspectionsByYear: Map<number, DataLoader<string, TaskEntryRow[]>>;
  };
}

export function createOfficeContext(
  config: HubConfig,
  db: OfficeDb,
  identity: Identity,
  sync?: SyncOptions,
  clock: Clock = systemClock,
  jobs?: JobQueue,
): OfficeContext {
  return { config, db, identity, sync, jobs, clock, loaders: { indexByUscc: new DataLoader((usccs) => indexByUscc(db, usccs)), inspectionsByYear: new Map() } };
}
