/**
 * 多头检查: targets visited more often than the office's limits allow in the year, per limit and per
 * department, and (for the office) the worst of them with who visited when.
 */
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Row, Statistic, Tag, Typography } from "antd";
import { request } from "../../shared/graphql";
import { ErrorNotice, Loading, TAG } from "../../shared/ui";
import { VisitLoadWarning } from "../../shared/visit-load";
import { VisitLoadStatisticsQuery } from "./api";

const limitName = (days: number, max: number) => `${days === 1 ? "一天" : days === 7 ? "一周" : days === 30 ? "30 日" : `${days} 日`}超过 ${max} 次`;

export function VisitLoadCard({ year, names, refetchInterval }: { year: number; names: Record<string, string>; refetchInterval: number | false }) {
  const load = useQuery({ queryKey: ["visitLoadStatistics", year], queryFn: () => request(VisitLoadStatisticsQuery, { year }), refetchInterval });
  const s = load.data?.data.visitLoadStatistics;
  const name = (code: string) => names[code] ?? code;
  return (
    <Card title="多头检查（同一对象被检查过于频繁）">
      {load.error && <ErrorNotice error={load.error} />}
      {load.isLoading && <Loading what="多头检查" />}
      {s && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Statistic title="超过上限的对象" value={s.targets} suffix="户" styles={{ content: { color: s.targets ? TAG.warn : undefined } }} /></Col>
            {s.limits.map((l) => (
              <Col xs={12} md={6} key={l.days}><Statistic title={limitName(l.days, l.maxVisits)} value={l.targets} suffix="户" /></Col>
            ))}
          </Row>
          {s.targets > 0 && (
            <Typography.Paragraph style={{ marginTop: 12 }}>
              涉及部门：{s.byDepartment.filter((d) => d.targets > 0).map((d) => <Tag key={d.department}>{name(d.department)} {d.targets} 户</Tag>)}
            </Typography.Paragraph>
          )}
          {s.targets === 0 && <Typography.Text type="secondary">{year} 年没有检查对象超过检查频次上限。</Typography.Text>}
          <VisitLoadWarning loads={s.worst} name={name} title="检查最频繁的对象" />
        </>
      )}
    </Card>
  );
}
