/** The joint workflow's states and answers, as the office says them. */
export const STATUS_NAMES: Record<string, string> = {
  PROPOSED: "已发起",
  CONSULTED: "已征求意见",
  SCHEDULED: "已排期",
  IN_PROGRESS: "检查中",
  RECORDED: "已记录结果",
  CLOSED: "已办结",
  DECLINED: "未获同意",
  CANCELLED: "已取消",
};
export const BOARD_COLUMNS = ["PROPOSED", "CONSULTED", "SCHEDULED", "IN_PROGRESS", "RECORDED", "CLOSED"] as const;
export const RESPONSE_NAMES: Record<string, string> = { PENDING: "待答复", ACCEPTED: "同意", DECLINED: "不同意" };
