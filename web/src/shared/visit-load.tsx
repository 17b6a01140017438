/**
 * 多头检查: a warning that a visit would knock on a door more often than the office's limits allow —
 * which target, which run of days, and who else visits when. A warning, not a refusal: the lead
 * may still schedule (a joint inspection is often the cure), but knows it.
 */
import { Alert, Typography } from "antd";
import { graphql } from "../gql";
import type { TargetVisitLoadFieldsFragment } from "../gql/graphql";
import { calendarDate } from "./dates";

export const TargetVisitLoadFields = graphql(`
  fragment TargetVisitLoadFields on TargetVisitLoad {
    uscc
    name
    excesses {
      days
      maxVisits
      periodStart
      periodEnd
      visits {
        departments
        from
        to
        onDay
        jointInspectionId
        proposed
      }
    }
  }
`);

type Load = TargetVisitLoadFieldsFragment;
type Visit = Load["excesses"][number]["visits"][number];

const span = (days: number) => (days === 1 ? "同一天" : days === 7 ? "7 日内" : days === 30 ? "30 日内" : `${days} 日内`);

/** 6月10日 市场监督管理局 / 6月1日至30日间 生态环境局 / 本次 */
function visitText(v: Visit, name: (code: string) => string, self?: string) {
  const who = v.proposed || (self !== undefined && v.jointInspectionId === self) ? "本次" : `${v.departments.map(name).join("、")}${v.jointInspectionId ? `（第 ${v.jointInspectionId} 号联合抽查）` : ""}`;
  return v.onDay ? `${calendarDate(v.from)} ${who}` : `${calendarDate(v.from)} 至 ${calendarDate(v.to)} 间 ${who}`;
}

/** The targets a visit takes over a limit, each limit with its visits; nothing when there are none. */
export function VisitLoadWarning({ loads, name, self, title = "多头检查提醒" }: { loads: readonly Load[] | undefined; name: (code: string) => string; self?: string; title?: string }) {
  if (!loads || loads.length === 0) return null;
  const shown = loads.slice(0, 5);
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title={`${title}：${loads.length} 户检查对象被检查过于频繁`}
      description={
        <div>
          {shown.map((l) => (
            <div key={l.uscc} style={{ marginBottom: 8 }}>
              <Typography.Text strong>{l.name ?? l.uscc}</Typography.Text>
              <Typography.Text type="secondary">（{l.uscc}）</Typography.Text>
              <ul style={{ margin: "4px 0 0", paddingInlineStart: 20 }}>
                {l.excesses.map((e) => (
                  <li key={e.days}>
                    {span(e.days)}（{calendarDate(e.periodStart)} 至 {calendarDate(e.periodEnd)}）将有 {e.visits.length} 次检查，超过 {e.maxVisits} 次的上限：
                    {e.visits.map((v) => visitText(v, name, self)).join("；")}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {loads.length > shown.length && <Typography.Text type="secondary">另有 {loads.length - shown.length} 户未列出。</Typography.Text>}
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>可改期，或与其他部门并入一次联合抽查，避免重复上门。</Typography.Paragraph>
        </div>
      }
    />
  );
}
