/** Statistics as a spreadsheet: one row per department, a column per category. */
import type { DepartmentStatistics } from "./service.js";

/** Statistics as flat rows (one per department, a column per category) for CSV and XLSX. */
export function statisticsTable(stats: readonly DepartmentStatistics[], departmentNames: Record<string, string>) {
  const categories = [...new Map(stats.flatMap((s) => s.byCategory).map((c) => [c.code, c])).values()];
  const headers = [
    "期间", "部门", "任务数", "计划任务数", "已公示计划任务数", "计划完成率", "已录入结果", "按期公示", "逾期公示", "超期未公示",
    "发现问题数", "问题发现率", "联合检查户次", "联合检查占比", ...categories.map((c) => c.name),
  ];
  const rows = stats.map((s) => [
    s.period, departmentNames[s.department] ?? s.department, s.tasks, s.plannedTasks, s.plannedTasksPublished, round(s.planCompletion),
    s.resultsRecorded, s.publishedOnTime, s.publishedLate, s.overdue, s.problemsFound, round(s.problemDetectionRate), s.jointVisits,
    round(s.jointShare), ...categories.map((c) => s.byCategory.find((b) => b.code === c.code)?.count ?? 0),
  ]);
  return { headers, rows };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
