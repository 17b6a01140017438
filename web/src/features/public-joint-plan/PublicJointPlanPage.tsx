/**
 * 年度联合抽查计划公示: the year's joint plan as the office published it — who leads, who joins, what,
 * where and when, and whether it was carried out — and the cross-department joint item list. No sign-in.
 */
import { useQuery } from "@tanstack/react-query";
import { Card, Segmented, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { calendarDate, chinaDate, chinaYear } from "../../shared/dates";
import { useDepartmentNames } from "../../shared/departments";
import { request } from "../../shared/graphql";
import { PlainTable, TD } from "../../shared/plain";
import { ErrorNotice, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import { PublicJointPlanQuery } from "./api";

export default function PublicJointPlanPage() {
  const [year, setYear] = useState(chinaYear());
  const answer = useQuery({ queryKey: ["publicJointPlan", year], queryFn: () => request(PublicJointPlanQuery, { year }) });
  const d = answer.data?.data;
  const names = useDepartmentNames(d?.departments);
  const plan = d?.jointPlan;
  const list = (codes: readonly string[]) => codes.map((c) => names[c] ?? c).join("、");
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          联合抽查计划公示
        </Typography.Title>
        <Segmented value={year} onChange={(v) => setYear(Number(v))} options={[chinaYear() - 1, chinaYear(), chinaYear() + 1].map((y) => ({ value: y, label: `${y} 年` }))} />
      </Space>
      {answer.error && <ErrorNotice error={answer.error} />}
      <Warnings warnings={answer.data?.warnings} />
      {answer.isLoading && <Loading what="联合抽查计划" />}
      {d && (
        <Card title={`${year} 年度联合抽查计划`} extra={plan && <span>{chinaDate(plan.publishedAt)} 公布（第 {plan.version} 版）</span>}>
          {!plan ? (
            <Nothing>{year} 年度联合抽查计划尚未公布</Nothing>
          ) : (
            <PlainTable label={`${year} 年度联合抽查计划`} headers={["名称", "牵头部门", "配合部门", "抽查事项", "抽查范围", "时间安排", "计划户数", "实施情况"]} minWidth={1000}>
              {plan.entries.map((e) => (
                <tr key={e.id}>
                  <td style={TD}>{e.name}</td>
                  <td style={TD}>{names[e.lead] ?? e.lead}</td>
                  <td style={TD}>{list(e.departments.slice(1))}</td>
                  <td style={TD}>{e.items}</td>
                  <td style={TD}>{e.scope}</td>
                  <td style={TD}>{calendarDate(e.periodStart)} 至 {calendarDate(e.periodEnd)}</td>
                  <td style={TD}>{e.plannedTargets ?? "—"}</td>
                  <td style={TD}>{e.carriedOut ? <Tag color={TAG.ok}>已实施</Tag> : e.jointInspections > 0 ? <Tag color={TAG.info}>实施中</Tag> : "未实施"}</td>
                </tr>
              ))}
            </PlainTable>
          )}
        </Card>
      )}
      {d && (
        <Card title="跨部门联合抽查事项清单">
          {d.jointItems.length === 0 ? (
            <Nothing>尚无跨部门联合抽查事项</Nothing>
          ) : (
            <PlainTable label="跨部门联合抽查事项清单" headers={["事项编码", "事项名称", "牵头部门", "参与部门", "适用范围"]} minWidth={700}>
              {d.jointItems.map((i) => (
                <tr key={i.code}>
                  <td style={TD}>{i.code}</td>
                  <td style={TD}>{i.name}</td>
                  <td style={TD}>{names[i.lead] ?? i.lead}</td>
                  <td style={TD}>{list(i.departments)}</td>
                  <td style={TD}>{i.scope || "—"}</td>
                </tr>
              ))}
            </PlainTable>
          )}
        </Card>
      )}
    </Space>
  );
}
