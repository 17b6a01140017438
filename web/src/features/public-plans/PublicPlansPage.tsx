/**
 * 一单、一计划 as published to society: each department's inspection item list (随机抽查事项清单) and its
 * plans of the year, with their ratios; no sign-in. Light like the results page: plain tables.
 */
import { useQuery } from "@tanstack/react-query";
import { Card, Space, Tag, Typography } from "antd";
import { useSearchParams } from "react-router";
import { calendarDate, chinaDate, chinaYear } from "../../shared/dates";
import { DownloadButton } from "../../shared/download";
import { request } from "../../shared/graphql";
import { INSPECTION_METHOD_NAMES, nameOf, planRatiosText, ratioText } from "../../shared/labels";
import { DepartmentSelect, FIELD, NATIVE, PlainTable, TD } from "../../shared/plain";
import { ErrorNotice, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import { departmentListsQuery, PlansDepartmentsQuery } from "./api";



export default function PublicPlansPage() {
  const [params, setParams] = useSearchParams();
  const departments = useQuery({ queryKey: ["departments"], queryFn: () => request(PlansDepartmentsQuery) });
  const list = departments.data?.data.departments ?? [];
  const code = params.get("department") ?? list[0]?.code;
  const year = Number(params.get("year")) || chinaYear();
  const lists = useQuery({ queryKey: ["publicLists", code, year], enabled: Boolean(code), queryFn: () => request(departmentListsQuery(code!), { year }) });
  const dept = code ? lists.data?.data[code] : undefined;
  const plans = (dept?.plans ?? []).filter((p) => p.status === "PUBLISHED");
  const itemNames = Object.fromEntries((dept?.items ?? []).map((i) => [i.code, i.name]));
  const choose = (next: { department?: string; year?: number }) => setParams({ department: next.department ?? code ?? "", year: String(next.year ?? year) });

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        抽查事项清单和抽查计划
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        各部门公布的随机抽查事项清单和年度抽查计划（含抽查比例和时间安排）。
      </Typography.Paragraph>
      <Card>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 12, alignItems: "end" }}>
          <DepartmentSelect departments={list} value={code} onChange={(department) => choose({ department })} />
          <label style={FIELD}>
            年度
            <select value={year} onChange={(e) => choose({ year: Number(e.target.value) })} style={NATIVE} aria-label="年度">
              {[chinaYear(), chinaYear() - 1, chinaYear() - 2].map((y) => (
                <option key={y} value={y}>
                  {y} 年
                </option>
              ))}
            </select>
          </label>
        </div>
      </Card>
      {departments.error && <ErrorNotice error={departments.error} />}
      {lists.error && <ErrorNotice error={lists.error} />}
      <Warnings warnings={lists.data?.warnings} />
      {(departments.isLoading || lists.isLoading) && <Loading what="清单和计划" />}
      {dept && (
        <>
          <Card title={`${dept.name} ${year} 年抽查计划`} extra={code && <DownloadButton label="下载计划" service={code} name="plans" />}>
            {plans.length === 0 ? (
              <Nothing>{year} 年尚未公布抽查计划</Nothing>
            ) : (
              <PlainTable label="抽查计划" headers={["计划名称", "抽查事项", "时间安排", "抽查比例（按信用风险分类）", "公布日期", "版本"]}>
                {plans.map((p) => (
                  <tr key={p.id}>
                    <td style={TD}>{p.name}</td>
                    <td style={TD}>{p.itemCodes.map((c) => itemNames[c] ?? c).join("、")}</td>
                    <td style={TD}>
                      {calendarDate(p.periodStart)} — {calendarDate(p.periodEnd)}
                    </td>
                    <td style={TD}>{planRatiosText(p)}</td>
                    <td style={TD}>{chinaDate(p.publishedAt)}</td>
                    <td style={{ ...TD, whiteSpace: "nowrap" }}>{p.version > 1 ? <Tag color={TAG.warn}>第 {p.version} 版（已调整）</Tag> : "第 1 版"}</td>
                  </tr>
                ))}
              </PlainTable>
            )}
          </Card>
          <Card title={`${dept.name}随机抽查事项清单`} extra={code && <DownloadButton label="下载清单" service={code} name="items" />}>
            {dept.items.length === 0 ? (
              <Nothing>尚未公布抽查事项清单</Nothing>
            ) : (
              <PlainTable label="抽查事项清单" headers={["事项编码", "抽查事项", "检查依据", "检查方式", "抽查比例", "抽查频次", "重点领域"]}>
                {dept.items.map((i) => (
                  <tr key={i.code}>
                    <td style={TD}>{i.code}</td>
                    <td style={TD}>{i.name}</td>
                    <td style={TD}>{i.legalBasis}</td>
                    <td style={TD}>{nameOf(INSPECTION_METHOD_NAMES, i.method)}</td>
                    <td style={TD}>{ratioText(i.defaultRatio)}</td>
                    <td style={TD}>每年至多 {i.frequency} 次</td>
                    <td style={TD}>{i.keyArea ? "是" : "否"}</td>
                  </tr>
                ))}
              </PlainTable>
            )}
          </Card>
        </>
      )}
    </Space>
  );
}
