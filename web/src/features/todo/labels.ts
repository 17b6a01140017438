import type { MilestoneState, TodoQuery } from "../../gql/graphql";
import { calendarDate } from "../../shared/dates";

export const STATE_NAMES: Record<MilestoneState, string> = { MET: "按时完成", MET_LATE: "逾期完成", OPEN: "未到期", DUE_SOON: "即将到期", OVERDUE: "已逾期" };

type Item = TodoQuery["todo"][number];

/** Each to-do item as a sentence a clerk reads, and the page that settles it. */
export function todoText(i: Item, name: (code: string | null) => string): { text: string; to: string } {
  const joint = `第 ${i.jointInspectionId} 号联合抽查`;
  const jointPage = `/office/joint/${i.jointInspectionId}`;
  switch (i.kind) {
    case "JOINT_PROPOSAL": return { text: `联合抽查建议：${i.count} 户检查对象可由各部门一次联合检查（须在 ${calendarDate(i.dueDate)} 前），待牵头部门发起`, to: "/office/proposals" };
    case "ANSWER_JOINT_INSPECTION": return { text: `${joint}待本部门书面答复是否参加`, to: jointPage };
    case "SUPPLY_JOINT_TEAM": return { text: `${joint}待本部门抽取检查人员并派员`, to: jointPage };
    case "SCHEDULE_JOINT_INSPECTION": return { text: `${joint}各部门已答复并派员，待牵头部门排期`, to: jointPage };
    case "START_JOINT_INSPECTION": return { text: `${joint}已到检查日期，待开始检查`, to: jointPage };
    case "RECORD_JOINT_INSPECTION": return { text: `${joint}正在检查，待提交检查记录`, to: jointPage };
    case "CLOSE_JOINT_INSPECTION": return { text: `${joint}检查记录已提交，待办结`, to: jointPage };
    case "AMEND_JOINT_PLAN_ENTRY": return { text: `${i.year} 年联合抽查计划“${i.detail ?? ""}”被退回，待修改后重新报送`, to: "/office/joint-plan" };
    case "ENTER_RESULTS": return { text: `${i.count} 项检查任务已过检查期限，尚未录入检查结果`, to: "/department/tasks" };
    case "LAUNCH_JOINT_PROPOSALS": return { text: `${i.count} 条联合抽查建议尚未发起`, to: "/office/proposals" };
    case "REVIEW_JOINT_PLAN_ENTRY": return { text: `${name(i.department)}报送的 ${i.year} 年联合抽查计划“${i.detail ?? ""}”待审核`, to: "/office/joint-plan" };
    case "PUBLISH_JOINT_PLAN": return { text: `${i.year} 年联合抽查计划有 ${i.count} 条已采纳、尚未发布`, to: "/office/joint-plan" };
    case "DELIVER_JOINT_RESULTS": return { text: `${joint}有 ${i.count} 条检查结果未能送达${name(i.department)}${i.detail ? `（${i.detail}）` : ""}，将在下次同步后重试`, to: jointPage };
    case "SYNC_STALE": return { text: `${name(i.department)}的数据未及时同步${i.detail ? `（${i.detail}）` : ""}`, to: "/office" };
    default: return { text: String(i.kind), to: "/office" };
  }
}
