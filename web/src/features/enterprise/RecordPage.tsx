/**
 * 一企一档: one target as every department holds it — its directory entries, this year's inspections
 * across departments, each department's results and follow-up, and the joint inspections' records.
 */
import { useQuery } from "@tanstack/react-query";
import { Card, Collapse, Descriptions, Result, Space, Tag, Typography } from "antd";
import { Link, useParams } from "react-router";
import { DataTable } from "../../shared/DataTable";
import { calendarDate, chinaDate, chinaDateTime, chinaYear } from "../../shared/dates";
import { useDepartmentNames } from "../../shared/departments";
import { request } from "../../shared/graphql";
import { FOLLOW_UP_KIND_NAMES, FOLLOW_UP_STATE_NAMES, nameOf, RISK_NAMES, TARGET_KIND_NAMES, TARGET_STATUS_NAMES, TASK_SOURCE_NAMES, TASK_STATUS_NAMES } from "../../shared/labels";
import { ErrorNotice, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import type { DepartmentRecordFragment } from "../../gql/graphql";
import { departmentRecordsQuery, EnterpriseQuery } from "./api";

export default function RecordPage() {
  const { uscc = "" } = useParams();
  const office = useQuery({ queryKey: ["enterprise", uscc], queryFn: () => request(EnterpriseQuery, { uscc, year: chinaYear() }) });
  const departments = office.data?.data.departments ?? [];
  const names = useDepartmentNames(departments);
  const codes = departments.map((d) => d.code);
  const own = useQuery({ queryKey: ["enterpriseDepartments", uscc, codes], enabled: codes.length > 0, queryFn: () => request(departmentRecordsQuery(codes), { uscc }) });
  const target = office.data?.data.target;
  const name = (code: string) => names[code] ?? code;
  if (office.error) return <ErrorNotice error={office.error} />;
  if (office.data && !target)
    return <Result status="warning" title="无法打开这个档案" subTitle={office.data.warnings[0] ?? "未找到这个检查对象。"} extra={<Link to="/office/targets">重新查询</Link>} />;
  if (!target) return <Loading what="一企一档" />;
  const records = codes.map((c) => [c, own.data?.data.target?.[c]] as const).filter((x): x is readonly [string, DepartmentRecordFragment] => Boolean(x[1]?.inDirectory || x[1]?.inspections.length));
  if (!target.name && target.departments.length === 0 && own.data && records.length === 0)
    return <Result status="404" title="各部门名录中都没有这个对象" subTitle={`${uscc} 不在任何部门的检查对象名录库中。`} extra={<Link to="/office/targets">重新查询</Link>} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {target.name ?? records[0]?.[1].name ?? "（未登记名称）"}
        </Typography.Title>
        <Space wrap style={{ marginTop: 8 }}>
          <Typography.Text copyable>{target.uscc}</Typography.Text>
          {target.departments.map((d) => <Tag key={d}>{name(d)}</Tag>)}
        </Space>
      </div>
      <Warnings warnings={[...(office.data?.warnings ?? []), ...(own.data?.warnings ?? [])]} />
      <Card title={`${chinaYear()} 年各部门的检查`}>
        <DataTable
          label="本年度各部门的检查"
          rowKey={(r) => `${r.department}|${r.taskId}`}
          dataSource={target.inspectionsThisYear}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Nothing>今年还没有部门安排检查</Nothing> }}
          columns={[
            { title: "部门", dataIndex: "department", render: name },
            { title: "来源", dataIndex: "source", render: (s: string) => nameOf(TASK_SOURCE_NAMES, s) },
            { title: "检查时段", render: (_, r) => `${calendarDate(r.dueStart)} — ${calendarDate(r.dueEnd)}` },
            { title: "状态", dataIndex: "status", render: (s: string) => nameOf(TASK_STATUS_NAMES, s) },
            { title: "检查结果", dataIndex: "categoryName", render: (c: string | null) => c ?? "—" },
            { title: "公示", render: (_, r) => (r.publishedAt ? <Tag color={r.publishedLate ? TAG.warn : TAG.ok}>{chinaDate(r.publishedAt)}{r.publishedLate ? " 逾期" : ""}</Tag> : r.publicationDue ? `应于 ${calendarDate(r.publicationDue)} 前` : "—") },
            { title: "后续处置", dataIndex: "followUpState", render: (s: string | null) => nameOf(FOLLOW_UP_STATE_NAMES, s) },
          ]}
        />
      </Card>
      <Card title="各部门档案">
        {own.isLoading ? (
          <Loading what="各部门档案" />
        ) : own.error ? (
          <ErrorNotice error={own.error} />
        ) : records.length === 0 ? (
          <Nothing>各部门名录中没有这个对象</Nothing>
        ) : (
          <Collapse
            defaultActiveKey={records.map(([c]) => c)}
            items={records.map(([code, r]) => ({
              key: code,
              label: `${name(code)}${r.inDirectory ? "" : "（名录中已无此对象）"}`,
              children: <DepartmentRecord record={r} />,
            }))}
          />
        )}
      </Card>
      <Card title="联合检查记录">
        <DataTable
          label="联合检查记录"
          rowKey={(r) => `${r.jointId}|${r.department}`}
          dataSource={target.jointRecords}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: <Nothing>没有联合检查记录</Nothing> }}
          columns={[
            { title: "联合抽查", dataIndex: "jointId", render: (id: string) => <Link to={`/office/joint/${id}`}>第 {id} 号</Link> },
            { title: "部门", dataIndex: "department", render: name },
            { title: "检查结果", dataIndex: "categoryName", render: (c: string | null) => c ?? "—" },
            { title: "检查情况", render: (_, r) => r.departmentFindings ?? r.findings },
            { title: "检查人员", render: (_, r) => r.signatures.map((s) => s.name).join("、") },
            { title: "记录时间", dataIndex: "recordedAt", render: chinaDateTime },
          ]}
        />
      </Card>
    </Space>
  );
}

function DepartmentRecord({ record: r }: { record: DepartmentRecordFragment }) {
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="名称">{r.name ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="类型">{nameOf(TARGET_KIND_NAMES, r.kind)}</Descriptions.Item>
        <Descriptions.Item label="状态">{nameOf(TARGET_STATUS_NAMES, r.status)}</Descriptions.Item>
        <Descriptions.Item label="住所">{r.address ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="法定代表人">{r.legalRepresentative ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{r.phone ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="行业">{r.industry ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="区域">{r.region ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="风险等级">{nameOf(RISK_NAMES, r.riskLevel)}</Descriptions.Item>
        <Descriptions.Item label="信用风险分类">{r.creditClass ? `${r.creditClass} 类` : "—"}</Descriptions.Item>
        <Descriptions.Item label="标签" span={2}>{r.tags.length ? r.tags.join("、") : "—"}</Descriptions.Item>
      </Descriptions>
      <DataTable
        label="本部门的检查"
        size="small"
        rowKey="taskId"
        dataSource={r.inspections}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Nothing>该部门没有检查过这个对象</Nothing> }}
        columns={[
          { title: "任务编号", dataIndex: "taskId", width: 90 },
          { title: "来源", dataIndex: "source", render: (s: string) => nameOf(TASK_SOURCE_NAMES, s) },
          { title: "检查时段", render: (_, t) => `${calendarDate(t.dueStart)} — ${calendarDate(t.dueEnd)}` },
          { title: "检查日期", dataIndex: "inspectionDate", render: calendarDate },
          { title: "结果", dataIndex: "categoryName", render: (c: string | null) => c ?? "—" },
          { title: "检查情况", dataIndex: "findings", render: (f: string | null) => f ?? "—" },
          { title: "公示日期", dataIndex: "publishedAt", render: chinaDate },
          {
            title: "后续处置",
            render: (_, t) =>
              t.followUps.length ? (
                <Space orientation="vertical" size={0}>
                  {t.followUps.map((f, i) => (
                    <span key={i}>
                      {calendarDate(f.date)} {nameOf(FOLLOW_UP_KIND_NAMES, f.kind)}
                      {f.documentNumber ? `（${f.documentNumber}）` : ""}
                      {f.deadline ? `，限 ${calendarDate(f.deadline)} 前` : ""}
                      {f.rectified === null ? "" : f.rectified ? "，已整改" : "，未整改"}
                    </span>
                  ))}
                </Space>
              ) : (
                nameOf(FOLLOW_UP_STATE_NAMES, t.followUpState)
              ),
          },
        ]}
      />
    </Space>
  );
}
