/**
 * 待办: what needs me now — the office's list for my role (joint work, plan entries, tasks past their
 * window), and for department staff their year's milestones (工作节点); the office sees every
 * department's milestones side by side.
 */
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Input, List, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { MilestonesQuery } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { calendarDate, chinaDateTime, chinaYear } from "../../shared/dates";
import { useDepartmentNames } from "../../shared/departments";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { currentSession } from "../../shared/session";
import { ErrorNotice, Loading, Nothing, TAG } from "../../shared/ui";
import { MilestonesQuery as Milestones, NotificationsQuery, ReportMilestone, TodoQuery } from "./api";
import { STATE_NAMES, todoText } from "./labels";

type Milestone = NonNullable<MilestonesQuery["department"]>["milestones"][number];
const STATE_COLORS: Record<string, string | undefined> = { MET: TAG.ok, MET_LATE: TAG.warn, OPEN: undefined, DUE_SOON: TAG.warn, OVERDUE: TAG.bad };
const REPORTED = ["HALF_YEAR_REPORT", "ANNUAL_REPORT"];

export default function TodoPage() {
  return (
    <App>
      <Todo />
    </App>
  );
}

function Todo() {
  const session = currentSession();
  const todo = useQuery({ queryKey: ["todo"], queryFn: () => request(TodoQuery), refetchInterval: 60_000 });
  const names = useDepartmentNames(todo.data?.data.departments);
  const name = (code: string | null) => (code ? (names[code] ?? code) : "");
  const items = todo.data?.data.todo ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>待办</Typography.Title>
      <Card title={`待办事项${items.length ? `（${items.length}）` : ""}`}>
        {todo.error && <ErrorNotice error={todo.error} />}
        {todo.isLoading && <Loading what="待办事项" />}
        {todo.data && items.length === 0 && <Nothing>眼下没有需要您处理的事项。</Nothing>}
        {items.length > 0 && (
          <section aria-label="待办事项">
          <List
            dataSource={items}
            renderItem={(i) => {
              const { text, to } = todoText(i, name);
              return (
                <List.Item actions={[<Link key="open" to={to}>去办理</Link>]}>
                  <Space wrap>
                    {i.overdue ? <Tag color={TAG.bad}>已逾期</Tag> : i.dueDate ? <Tag>截止 {calendarDate(i.dueDate)}</Tag> : null}
                    <Typography.Text>{text}</Typography.Text>
                  </Space>
                </List.Item>
              );
            }}
          />
          </section>
        )}
      </Card>
      <Notifications name={name} office={!session?.department} />
      {session?.department ? <OwnMilestones department={session.department} admin={session.role === "department_admin"} /> : <AllMilestones departments={todo.data?.data.departments ?? []} />}
    </Space>
  );
}

/** 消息通知: what the office told, newest first, with a link where there is a page; and whether the webhooks took it. */
function Notifications({ name, office }: { name: (code: string | null) => string; office: boolean }) {
  const q = useQuery({ queryKey: ["notifications"], queryFn: () => request(NotificationsQuery), refetchInterval: 60_000 });
  const list = q.data?.data.notifications ?? [];
  const hooks = q.data?.data.webhookStatus ?? [];
  return (
    <Card title="消息通知" extra={<Typography.Text type="secondary">最近 20 条</Typography.Text>}>
      {q.error && <ErrorNotice error={q.error} />}
      {q.data && list.length === 0 && <Nothing>还没有消息。</Nothing>}
      {list.length > 0 && (
        <section aria-label="消息通知">
          <List
            size="small"
            dataSource={list}
            renderItem={(n) => (
              <List.Item actions={n.jointInspectionId ? [<Link key="open" to={`/office/joint/${n.jointInspectionId}`}>查看</Link>] : n.planEntryId ? [<Link key="open" to="/office/joint-plan">查看</Link>] : []}>
                <Space wrap>
                  <Typography.Text type="secondary">{chinaDateTime(n.createdAt)}</Typography.Text>
                  {office && <Tag>{name(n.department)}</Tag>}
                  <Typography.Text>{n.text}</Typography.Text>
                  {n.deliveries.some((d) => !d.deliveredAt) && <Tag color={TAG.warn} title={n.deliveries.map((d) => d.lastError).filter(Boolean).join("；")}>推送未送达</Tag>}
                </Space>
              </List.Item>
            )}
          />
        </section>
      )}
      {hooks.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          推送地址：{hooks.map((h) => `${h.receiver} 已送达 ${h.delivered} 条${h.pending ? `，待送达 ${h.pending} 条（最早 ${chinaDateTime(h.oldestPendingSince)}${h.lastError ? `，${h.lastError}` : ""}）` : ""}`).join("；")}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function MilestoneState({ m }: { m: Milestone }) {
  return <Tag color={STATE_COLORS[m.state]}>{STATE_NAMES[m.state] ?? m.state}</Tag>;
}

const milestoneName = (m: Milestone) => (m.month ? `${m.month} 月${m.name}` : m.name);

function OwnMilestones({ department, admin }: { department: string; admin: boolean }) {
  const year = chinaYear();
  const q = useQuery({ queryKey: ["milestones", department, year], queryFn: () => request(forDepartment(Milestones, department), { year }) });
  const [reporting, setReporting] = useState<Milestone | null>(null);
  const rows = q.data?.data.department?.milestones ?? [];
  return (
    <Card title={`${year} 年工作节点`}>
      {q.error && <ErrorNotice error={q.error} />}
      {q.isLoading && <Loading what="工作节点" />}
      {rows.length > 0 && (
        <DataTable
          label="工作节点"
          rowKey={(m) => `${m.kind}-${m.month ?? ""}`}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 700 }}
          columns={[
            { title: "节点", render: (_, m) => milestoneName(m) },
            { title: "截止日期", dataIndex: "dueDate", render: calendarDate },
            { title: "状态", render: (_, m) => <MilestoneState m={m} /> },
            { title: "进度", render: (_, m) => (m.total === null ? "—" : `${m.done} / ${m.total}`) },
            { title: "完成日期", dataIndex: "metOn", render: calendarDate },
            {
              title: "报送",
              render: (_, m) =>
                !REPORTED.includes(m.kind) ? "—"
                  : m.metOn ? `${m.reportedBy ?? ""}${m.note ? `：${m.note}` : ""}`
                  : admin ? <Button size="small" onClick={() => setReporting(m)}>标记已报送</Button> : "待管理员标记",
            },
          ]}
        />
      )}
      {reporting && <ReportDialog department={department} year={year} milestone={reporting} onClose={() => setReporting(null)} />}
    </Card>
  );
}

function ReportDialog({ department, year, milestone, onClose }: { department: string; year: number; milestone: Milestone; onClose: () => void }) {
  const [note, setNote] = useState("");
  const client = useQueryClient();
  const { message } = App.useApp();
  const report = useMutation({
    mutationFn: () => request(forDepartment(ReportMilestone, department), { year, kind: milestone.kind, note: note.trim() || null }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["milestones", department] });
      void message.success(`${milestone.name}已标记报送`);
      onClose();
    },
  });
  return (
    <Modal open title={`${milestone.name}：标记已报送`} okText="确认报送" cancelText="取消" confirmLoading={report.isPending} onOk={() => report.mutate()} onCancel={onClose}>
      <Typography.Paragraph>报送后不可撤销，报送人和时间将记入操作日志。</Typography.Paragraph>
      <Input.TextArea aria-label="报送说明" placeholder="报送了什么、报送给谁（选填）" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      {report.error && <Alert type="error" showIcon role="alert" title={sentenceOf(report.error)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}

/** The office: every department's milestones side by side, one row each. */
function AllMilestones({ departments }: { departments: readonly { code: string; name: string }[] }) {
  const year = chinaYear();
  const all = useQueries({ queries: departments.map((d) => ({ queryKey: ["milestones", d.code, year], queryFn: () => request(forDepartment(Milestones, d.code), { year }) })) });
  const failed = all.find((q) => q.error)?.error;
  const rows = departments.map((d, i) => ({ department: d, milestones: all[i]?.data?.data.department?.milestones ?? [] }));
  return (
    <Card title={`${year} 年各部门工作节点`}>
      {failed && <ErrorNotice error={failed} />}
      {all.some((q) => q.isLoading) && <Loading what="工作节点" />}
      <Space orientation="vertical" style={{ width: "100%" }}>
        {rows.map((r) => (
          <div key={r.department.code}>
            <Typography.Text strong>{r.department.name}</Typography.Text>
            <Space wrap size={[4, 4]} style={{ marginTop: 4 }}>
              {r.milestones.map((m) => (
                <Tag key={`${m.kind}-${m.month ?? ""}`} color={STATE_COLORS[m.state]} title={`截止 ${calendarDate(m.dueDate)}${m.total !== null ? `，进度 ${m.done}/${m.total}` : ""}`}>
                  {milestoneName(m)}：{STATE_NAMES[m.state] ?? m.state}（{calendarDate(m.dueDate)}）
                </Tag>
              ))}
            </Space>
          </div>
        ))}
      </Space>
    </Card>
  );
}
