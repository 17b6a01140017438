/** 消息通知: each notification as the sentence a department's staff read (in the web app, or in whatever a webhook feeds). Pure. */
import { NotificationKind } from "@hub/schema";

/** What a notification says, beyond its kind. */
export interface NotificationFacts {
  jointInspectionId?: number;
  lead?: string;
  /** The department that acted (answered, supplied). */
  actor?: string;
  departments?: string[];
  windowStart?: string;
  windowEnd?: string;
  date?: string;
  targets?: number;
  inspectors?: number;
  reason?: string | null;
  year?: number;
  name?: string;
}

/** 2026-07-10 → 2026年7月10日 */
export const chineseDate = (iso: string | undefined) => {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
};

export function notificationText(kind: NotificationKind, f: NotificationFacts, name: (code: string | undefined) => string): string {
  const joint = `第 ${f.jointInspectionId} 号联合抽查`;
  const window = `${chineseDate(f.windowStart)}至${chineseDate(f.windowEnd)}`;
  const because = f.reason ? `：${f.reason}` : "";
  switch (kind) {
    case NotificationKind.JOINT_PROPOSAL_RECEIVED:
      return `联合抽查建议：${(f.departments ?? []).map(name).join("、")}在${window}对 ${f.targets} 户检查对象均有抽查任务，可合并为一次联合检查`;
    case NotificationKind.JOINT_INVITATION:
      return `${name(f.lead)}邀请贵部门参加${joint}（${window}，${f.targets} 户），请书面答复是否参加`;
    case NotificationKind.JOINT_ACCEPTED:
      return `${name(f.actor)}同意参加${joint}`;
    case NotificationKind.JOINT_DECLINED:
      return `${name(f.actor)}不参加${joint}${because}`;
    case NotificationKind.JOINT_TEAM_SUPPLIED:
      return `${name(f.actor)}已为${joint}派出检查人员 ${f.inspectors} 名`;
    case NotificationKind.JOINT_SCHEDULED:
      return `${joint}定于${chineseDate(f.date)}实施（牵头部门：${name(f.lead)}）`;
    case NotificationKind.JOINT_RECORDED:
      return `${joint}的检查记录已提交，贵部门的检查结果将送达本部门系统`;
    case NotificationKind.JOINT_CANCELLED:
      return `${joint}已由${name(f.lead)}取消${because}`;
    case NotificationKind.JOINT_PLAN_ENTRY_ACCEPTED:
      return `${f.year} 年联合抽查计划“${f.name}”已被联席会议办公室采纳`;
    case NotificationKind.JOINT_PLAN_ENTRY_RETURNED:
      return `${f.year} 年联合抽查计划“${f.name}”被联席会议办公室退回${because}`;
  }
}
