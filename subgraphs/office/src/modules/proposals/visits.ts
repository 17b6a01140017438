/**
 * Round 2 of the four rounds of de-duplication (第二轮融合): a target's planned tasks from several
 * departments are grouped into as few visits as possible, where a visit has at most 5 departments
 * and 10 inspectors, at least 2 inspectors, and a date window inside every included task's window.
 * Visits with the same departments and window, across targets, form one joint inspection action.
 * Pure: no I/O.
 */

export const MAX_DEPARTMENTS_PER_VISIT = 5;
export const MAX_INSPECTORS_PER_VISIT = 10;
export const MIN_INSPECTORS_PER_VISIT = 2;

export interface PlannedTask {
  department: string;
  taskId: number;
  uscc: string;
  itemCodes: string[];
  /** Inspectors on the task's team. */
  inspectors: number;
  /** ISO dates, inclusive. */
  dueStart: string;
  dueEnd: string;
}

export interface Visit {
  uscc: string;
  tasks: PlannedTask[];
  departments: string[];
  /** The window every included task allows: [latest start, earliest end]. */
  windowStart: string;
  windowEnd: string;
  /** Inspectors the visit needs: per department, its largest team (its tasks share one visit). */
  inspectors: number;
  /** Item codes two departments both planned: inspected once, by the first department listed. */
  duplicateItems: string[];
}

function inspectorsOf(tasks: PlannedTask[]): number {
  const perDepartment = new Map<string, number>();
  for (const t of tasks) perDepartment.set(t.department, Math.max(perDepartment.get(t.department) ?? 0, t.inspectors));
  return [...perDepartment.values()].reduce((a, b) => a + b, 0);
}

function fits(visit: PlannedTask[], t: PlannedTask): boolean {
  const tasks = [...visit, t];
  const start = tasks.reduce((m, x) => (x.dueStart > m ? x.dueStart : m), tasks[0]!.dueStart);
  const end = tasks.reduce((m, x) => (x.dueEnd < m ? x.dueEnd : m), tasks[0]!.dueEnd);
  return start <= end && new Set(tasks.map((x) => x.department)).size <= MAX_DEPARTMENTS_PER_VISIT && inspectorsOf(tasks) <= MAX_INSPECTORS_PER_VISIT;
}

function toVisit(uscc: string, tasks: PlannedTask[]): Visit {
  const seen = new Map<string, string>();
  const duplicateItems = new Set<string>();
  for (const t of tasks)
    for (const item of t.itemCodes) {
      const first = seen.get(item);
      if (first !== undefined && first !== t.department) duplicateItems.add(item);
      else seen.set(item, t.department);
    }
  return {
    uscc,
    tasks,
    departments: [...new Set(tasks.map((t) => t.department))].sort(),
    windowStart: tasks.reduce((m, x) => (x.dueStart > m ? x.dueStart : m), tasks[0]!.dueStart),
    windowEnd: tasks.reduce((m, x) => (x.dueEnd < m ? x.dueEnd : m), tasks[0]!.dueEnd),
    inspectors: inspectorsOf(tasks),
    duplicateItems: [...duplicateItems].sort(),
  };
}

/**
 * Group one target's tasks into visits. Greedy by earliest window end (optimal for windows alone,
 * like stabbing intervals with the fewest points); a task that would break a limit opens another
 * visit. Every task lands in exactly one visit.
 */
export function groupVisits(uscc: string, tasks: readonly PlannedTask[]): Visit[] {
  const sorted = [...tasks].sort((a, b) => (a.dueEnd < b.dueEnd ? -1 : a.dueEnd > b.dueEnd ? 1 : a.department < b.department ? -1 : a.department > b.department ? 1 : a.taskId - b.taskId));
  const open: PlannedTask[][] = [];
  for (const t of sorted) {
    const home = open.find((v) => fits(v, t));
    if (home) home.push(t);
    else open.push([t]);
  }
  return open.map((v) => toVisit(uscc, v));
}

export interface JointAction {
  departments: string[];
  windowStart: string;
  windowEnd: string;
  visits: Visit[];
}

/**
 * Joint visits of many targets (two or more departments, enough inspectors), batched into actions
 * by identical department set and window.
 */
export function jointActions(tasksByTarget: ReadonlyMap<string, readonly PlannedTask[]>): JointAction[] {
  const actions = new Map<string, JointAction>();
  for (const [uscc, tasks] of tasksByTarget) {
    if (new Set(tasks.map((t) => t.department)).size < 2) continue;
    for (const v of groupVisits(uscc, tasks)) {
      if (v.departments.length < 2 || v.inspectors < MIN_INSPECTORS_PER_VISIT) continue;
      const key = `${v.departments.join(",")}|${v.windowStart}|${v.windowEnd}`;
      const action = actions.get(key) ?? { departments: v.departments, windowStart: v.windowStart, windowEnd: v.windowEnd, visits: [] };
      action.visits.push(v);
      actions.set(key, action);
    }
  }
  return [...actions.values()].sort((a, b) => b.visits.length - a.visits.length || (a.windowStart < b.windowStart ? -1 : 1));
}
