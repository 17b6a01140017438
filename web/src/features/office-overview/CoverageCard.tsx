/**
 * 抽查覆盖率: of the targets a department's plans put in scope this year, how many its draws reached,
 * in total and per stratum (key areas, then risk level and credit class), one department at a time.
 */
import { useQuery } from "@tanstack/react-query";
import { Card, Tag, Typography } from "antd";
import { useState } from "react";
import { forDepartment, request } from "../../shared/graphql";
import { nameOf, RISK_NAMES } from "../../shared/labels";
import { DepartmentSelect, PlainTable, TD } from "../../shared/plain";
import { ErrorNotice, Loading, TAG } from "../../shared/ui";
import { DrawCoverageQuery } from "./api";

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export function CoverageCard({ year, departments }: { year: number; departments: readonly { code: string; name: string }[] }) {
  const [chosen, setChosen] = useState<string>();
  const code = chosen ?? departments[0]?.code;
  const coverage = useQuery({ queryKey: ["drawCoverage", code, year], enabled: Boolean(code), queryFn: () => request(forDepartment(DrawCoverageQuery, code!), { year }) });
  const c = coverage.data?.data.department?.drawCoverage;
  return (
    <Card title="抽查覆盖率（抽中对象 ÷ 计划范围内对象）" extra={<DepartmentSelect departments={departments} value={code} onChange={setChosen} />}>
      {coverage.error && <ErrorNotice error={coverage.error} />}
      {coverage.isLoading && <Loading what="覆盖率" />}
      {c && c.draws === 0 && <Typography.Text type="secondary">该部门 {year} 年尚无抽取。</Typography.Text>}
      {c && c.draws > 0 && (
        <>
          <Typography.Paragraph>
            {year} 年共 {c.draws} 次抽取：计划范围内 {c.inScope} 户，抽中 {c.drawn} 户，覆盖率 <strong>{percent(c.coverage)}</strong>。
          </Typography.Paragraph>
          <PlainTable label={`${year} 年各层抽查覆盖率`} headers={["层", "风险等级", "信用风险分类", "范围内对象", "抽中", "覆盖率"]} minWidth={560}>
            {c.strata.map((s) => (
              <tr key={`${s.keyArea}|${s.riskLevel}|${s.creditClass}`}>
                <td style={TD}>{s.keyArea ? <Tag color={TAG.warn}>重点领域</Tag> : "一般"}</td>
                <td style={TD}>{nameOf(RISK_NAMES, s.riskLevel)}</td>
                <td style={TD}>{s.creditClass ? `${s.creditClass} 类` : "—"}</td>
                <td style={TD}>{s.inScope}</td>
                <td style={TD}>{s.drawn}</td>
                <td style={TD}>{percent(s.coverage)}</td>
              </tr>
            ))}
          </PlainTable>
        </>
      )}
    </Card>
  );
}
