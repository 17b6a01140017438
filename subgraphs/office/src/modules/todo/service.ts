/**
 * 待办: what needs the signed-in person now — a department's joint work (answer, staff, schedule,
 * carry out, record, close), its joint plan entries returned, its tasks past their window without
 * a result; the office's proposals to launch, entries to review, plans to publish, deliveries that
 * failed and departments out of date. Overdue first, then by day.
 */
import { JointPlanEntryStatus, JointStatus, ResponseStatus } from "@hub/schema";
import type { HubConfig } from "@hub/schema";
import type { OfficeDb } from "../../shared/db.js";
import { syncStatusOf } from "../index/service.js";
import * as store from "./store.js";
import { TodoKind, type TodoItem } from "./types.js";

type Item = Omit<TodoItem, "overdue">;
const item = (kind: TodoKind, over: Partial<Item>): Item => ({
  kind, dueDate: null, count: 1, jointInspectionId: null, planEntryId: null, proposalKey: null, year: null, department: null, taskIds: [], detail: null, ...over,
});

function finish(items: Item[], today: string): TodoItem[] {
  return items
    .map((i) => ({ ...i, overdue: i.dueDate !== null && i.dueDate < today }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.kind.localeCompare(b.kind))
    .slice(0, store.LISTED);
}

const dueDay = (config: HubConfig, year: number) => `${year}-${config.office.jointPlanDueDay}`;

export async function departmentTodo(db: OfficeDb, config: HubConfig, department: string, today: string): Promise<TodoItem[]> {
  const [proposals, work, returned, results] = await Promise.all([
    store.openProposals(db, department), store.jointWork(db, department), store.planEntries(db, JointPlanEntryStatus.RETURNED, department), store.resultsToEnter(db, department, today),
  ]);
  const items: Item[] = proposals.map((p) => item(TodoKind.JOINT_PROPOSAL, { proposalKey: p.key, year: p.year, dueDate: p.windowEnd, count: p.targetCount }));
  for (const j of work) {
    const joint = { jointInspectionId: j.id };
    const lead = j.lead === department;
    if (!lead && j.response === ResponseStatus.PENDING) items.push(item(TodoKind.ANSWER_JOINT_INSPECTION, { ...joint, dueDate: j.windowStart }));
    if (j.response === ResponseStatus.ACCEPTED && j.inspectors.length === 0 && (j.status === JointStatus.PROPOSED || j.status === JointStatus.CONSULTED))
      items.push(item(TodoKind.SUPPLY_JOINT_TEAM, { ...joint, dueDate: j.windowStart }));
    if (!lead) continue;
    if (j.status === JointStatus.CONSULTED && j.inspectors.length > 0) items.push(item(TodoKind.SCHEDULE_JOINT_INSPECTION, { ...joint, dueDate: j.windowEnd }));
    if (j.status === JointStatus.SCHEDULED && j.scheduledDate !== null && j.scheduledDate <= today) items.push(item(TodoKind.START_JOINT_INSPECTION, { ...joint, dueDate: j.scheduledDate }));
    if (j.status === JointStatus.IN_PROGRESS) items.push(item(TodoKind.RECORD_JOINT_INSPECTION, { ...joint, dueDate: j.scheduledDate }));
    if (j.status === JointStatus.RECORDED) items.push(item(TodoKind.CLOSE_JOINT_INSPECTION, joint));
  }
  for (const e of returned) items.push(item(TodoKind.AMEND_JOINT_PLAN_ENTRY, { planEntryId: e.id, year: e.year, dueDate: dueDay(config, e.year), detail: e.name }));
  if (results.count > 0) items.push(item(TodoKind.ENTER_RESULTS, { count: results.count, dueDate: results.earliest, taskIds: results.taskIds, department }));
  return finish(items, today);
}

export async function officeTodo(db: OfficeDb, config: HubConfig, today: string): Promise<TodoItem[]> {
  const [proposals, submitted, unpublished, failed, sync] = await Promise.all([
    store.openProposals(db), store.planEntries(db, JointPlanEntryStatus.SUBMITTED), store.unpublishedAccepted(db), store.failedDeliveries(db), syncStatusOf(db, config),
  ]);
  const items: Item[] = [];
  // by the first day one of them can no longer be done jointly
  if (proposals.length > 0) items.push(item(TodoKind.LAUNCH_JOINT_PROPOSALS, { count: proposals.length, dueDate: proposals.map((p) => p.windowEnd).sort()[0]! }));
  for (const e of submitted) items.push(item(TodoKind.REVIEW_JOINT_PLAN_ENTRY, { planEntryId: e.id, year: e.year, department: e.lead, dueDate: dueDay(config, e.year), detail: e.name }));
  for (const p of unpublished) items.push(item(TodoKind.PUBLISH_JOINT_PLAN, { year: p.year, count: p.entries, dueDate: dueDay(config, p.year) }));
  for (const f of failed) items.push(item(TodoKind.DELIVER_JOINT_RESULTS, { jointInspectionId: f.jointId, department: f.department, count: f.records, detail: f.error.slice(0, 200) }));
  for (const s of sync) if (s.stale) items.push(item(TodoKind.SYNC_STALE, { department: s.department, detail: s.lastError?.slice(0, 200) ?? null }));
  return finish(items, today);
}
