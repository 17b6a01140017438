/**
 * The year's milestones (工作节点): the days by which a department's plan is published, its draws
 * made, its inspections done, its results published and its reports sent. The defaults are the
 * seeds' (Shenzhen's plan by the end of April and its inspections by 30 November; the transport
 * plan's draws by the end of September and its reports at the end of June and of October); each
 * department sets its own in the configuration.
 */

export enum MilestoneKind {
  /** 年度抽查计划编制并公示 */
  PLAN_PUBLISHED = "PLAN_PUBLISHED",
  /** 计划类任务抽取和下发完成 */
  DRAWS_DONE = "DRAWS_DONE",
  /** 抽查检查工作完成 */
  INSPECTIONS_DONE = "INSPECTIONS_DONE",
  /** 抽查结果公示完成 */
  RESULTS_PUBLISHED = "RESULTS_PUBLISHED",
  /** 每月月底前完成当月任务 */
  MONTHLY_TASKS = "MONTHLY_TASKS",
  /** 半年检查情况报送 */
  HALF_YEAR_REPORT = "HALF_YEAR_REPORT",
  /** 全年检查情况报送 */
  ANNUAL_REPORT = "ANNUAL_REPORT",
}

export const MILESTONE_NAMES: Record<MilestoneKind, string> = {
  PLAN_PUBLISHED: "年度抽查计划公示",
  DRAWS_DONE: "计划任务抽取完成",
  INSPECTIONS_DONE: "抽查检查完成",
  RESULTS_PUBLISHED: "抽查结果公示完成",
  MONTHLY_TASKS: "当月任务完成",
  HALF_YEAR_REPORT: "半年情况报送",
  ANNUAL_REPORT: "全年情况报送",
};

/** Milestones a person marks done (a report sent); the others the hub sees for itself. */
export const REPORTED_MILESTONES: readonly MilestoneKind[] = [MilestoneKind.HALF_YEAR_REPORT, MilestoneKind.ANNUAL_REPORT];

/**
 * A department's milestone days, `MM-DD` in the plan's year (null: the milestone is not used);
 * `monthlyTasks`: each month's drawn tasks are due done by the month's end.
 */
export interface MilestoneDays {
  PLAN_PUBLISHED: string | null;
  DRAWS_DONE: string | null;
  INSPECTIONS_DONE: string | null;
  RESULTS_PUBLISHED: string | null;
  HALF_YEAR_REPORT: string | null;
  ANNUAL_REPORT: string | null;
  monthlyTasks: boolean;
}

export const DEFAULT_MILESTONE_DAYS: MilestoneDays = {
  PLAN_PUBLISHED: "04-30",
  DRAWS_DONE: "09-30",
  INSPECTIONS_DONE: "11-30",
  RESULTS_PUBLISHED: "11-30",
  HALF_YEAR_REPORT: "06-30",
  ANNUAL_REPORT: "10-31",
  monthlyTasks: false,
};
