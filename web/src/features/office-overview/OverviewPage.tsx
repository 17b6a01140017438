/**
 * The office's overview (and, read-only and full-screen, the leaders' dashboard): per department plan
 * completion, publication on time / late / overdue, problem detection, joint share, sync freshness.
 */
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Col, Row, Segmented, Space, Statistic, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo, useState } from "react";
import { DataTable } from "../../shared/DataTable";
import { chinaDateTime, chinaYear } from "../../shared/dates";
import { request } from "../../shared/graphql";
import { DownloadButton } from "../../shared/download";
import { currentSession } from "../../shared/session";
import { ErrorNotice, Loading, TAG, Warnings } from "../../shared/ui";
import { OverviewQuery, SyncStatusQuery } from "./api";
import { CoverageCard } from "./CoverageCard";
import { VisitLoadCard } from "./VisitLoadCard";
import { useDepartmentNames } from "../../shared/departments";

const RateChart = lazy(() => import("./RateChart"));
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export default function OverviewPage({ dashboard = false }: { dashboard?: boolean }) {
  const [year, setYear] = useState(chinaYear());
  const [half, setHalf] = useState<0 | 1 | 2>(0);
  const refetchInterval = dashboard ? 60_000 : false;
  const overview = useQuery({ queryKey: ["overview", year, half], queryFn: () => request(OverviewQuery, { year, half: half || undefined }), refetchInterval });
  const coordinator = currentSession()?.role === "office_coordinator";
  const sync = useQuery({ queryKey: ["syncStatus"], queryFn: () => request(SyncStatusQuery), enabled: coordinator, refetchInterval });
  const names = useDepartmentNames(overview.data?.data.departments);
  const rows = overview.data?.data.resultStatistics ?? [];
  const chart = useMemo(
    () => ({ departments: rows.map((r) => names[r.department] ?? r.department), planCompletion: rows.map((r) => r.planCompletion), problemRate: rows.map((r) => r.problemDetectionRate), jointShare: rows.map((r) => r.jointShare) }),
    [rows, names],
  );
  const total = rows.reduce((a, r) => ({ tasks: a.tasks + r.tasks, results: a.results + r.resultsRecorded, overdue: a.overdue + r.overdue, problems: a.problems + r.problemsFound }), { tasks: 0, results: 0, overdue: 0, problems: 0 });

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {dashboard ? "双随机、一公开 监管驾驶舱" : "工作总览"}
        </Typography.Title>
        <Space wrap>
          <Segmented value={year} onChange={(v) => setYear(Number(v))} options={[chinaYear() - 1, chinaYear()].map((y) => ({ value: y, label: `${y} 年` }))} />
          <Segmented value={half} onChange={(v) => setHalf(v as 0 | 1 | 2)} options={[{ value: 0, label: "全年" }, { value: 1, label: "上半年" }, { value: 2, label: "下半年" }]} />
          <DownloadButton label="下载统计" service="office" name="statistics" formats={["xlsx", "csv", "json"]} params={{ year, half: half || undefined }} />
          {dashboard && <Button onClick={() => void document.documentElement.requestFullscreen?.()}>全屏</Button>}
        </Space>
      </Space>
      {overview.error && <ErrorNotice error={overview.error} />}
      <Warnings warnings={overview.data?.warnings} />
      {overview.isLoading ? (
        <Loading what="统计数据" />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Card><Statistic title="抽查任务" value={total.tasks} /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="已录入结果" value={total.results} /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="发现问题" value={total.problems} /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="逾期未公示" value={total.overdue} styles={{ content: { color: total.overdue ? "#cf1322" : undefined } }} /></Card></Col>
          </Row>
          <Card title="各部门完成情况">
            <Suspense fallback={<Loading what="图表" />}>{rows.length > 0 && <RateChart data={chart} />}</Suspense>
          </Card>
          <DataTable
            label="各部门完成情况"
            rowKey="department"
            dataSource={rows}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              { title: "部门", dataIndex: "department", fixed: "left", width: 140, render: (c: string) => names[c] ?? c },
              { title: "计划任务", dataIndex: "plannedTasks" },
              { title: "计划完成率", dataIndex: "planCompletion", render: percent },
              { title: "按时公示", dataIndex: "publishedOnTime" },
              { title: "逾期公示", dataIndex: "publishedLate" },
              { title: "逾期未公示", dataIndex: "overdue", render: (n: number) => (n ? <Tag color={TAG.bad}>{n}</Tag> : 0) },
              { title: "问题发现率", dataIndex: "problemDetectionRate", render: percent },
              { title: "联合抽查占比", dataIndex: "jointShare", render: percent },
              { title: "数据截至", render: (_, r) => (r.stale ? <Tag color={TAG.warn}>未同步（{chinaDateTime(r.asOf)}）</Tag> : chinaDateTime(r.asOf)) },
            ]}
          />
          <CoverageCard year={year} departments={overview.data?.data.departments ?? []} />
          <VisitLoadCard year={year} names={names} refetchInterval={refetchInterval} />
        </>
      )}
      {coordinator && (
        <Card title="各部门数据同步">
          {sync.error && <ErrorNotice error={sync.error} />}
          <Space wrap>
            {sync.data?.data.syncStatus.map((s) => (
              <Tag key={s.department} color={s.stale ? TAG.warn : TAG.ok} title={s.lastError ?? undefined}>
                {names[s.department] ?? s.department}：{s.lastSuccessAt ? `最近同步 ${chinaDateTime(s.lastSuccessAt)}` : "尚未同步"}
                {s.stale ? "（已过期）" : ""}
              </Tag>
            ))}
          </Space>
        </Card>
      )}
    </Space>
  );
}
