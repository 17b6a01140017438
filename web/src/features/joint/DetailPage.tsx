/** One joint inspection: its plan, each department's answer and drawn team, the record, and who did what when. */
import { useQuery } from "@tanstack/react-query";
import { App, Card, Descriptions, Result, Space, Tag, Timeline, Typography } from "antd";
import { lazy, Suspense } from "react";
import { Link, useParams } from "react-router";
import { CheckAnswersTable } from "../../shared/check-forms";
import { DataTable } from "../../shared/DataTable";
import { calendarDate, chinaDateTime } from "../../shared/dates";
import { request } from "../../shared/graphql";
import { ErrorNotice, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import { JointDetailQuery } from "./api";
import { RESPONSE_NAMES, STATUS_NAMES } from "./labels";
import { useDepartmentNames } from "../../shared/departments";
import { currentSession } from "../../shared/session";
import { VisitLoadWarning } from "../../shared/visit-load";

const ScheduleCalendar = lazy(() => import("./ScheduleCalendar"));
const JointActions = lazy(() => import("./JointActions"));

export default function DetailPage() {
  // messages need Ant Design's App context
  return (
    <App>
      <Detail />
    </App>
  );
}

function Detail() {
  const { id = "" } = useParams();
  const own = currentSession()?.department ?? undefined;
  const valid = /^[1-9]\d{0,8}$/.test(id);
  const detail = useQuery({ queryKey: ["joint", id], enabled: valid, queryFn: () => request(JointDetailQuery, { id }) });
  const names = useDepartmentNames(detail.data?.data.departments);
  const name = (code: string | null | undefined) => (code ? (names[code] ?? code) : "—");
  const joint = detail.data?.data.jointInspection;
  if (!valid || (detail.data && !joint)) return <Result status="404" title="没有这次联合抽查" subTitle="编号不存在，或您所在的部门没有参加。" extra={<Link to="/office/joint">返回联合抽查</Link>} />;
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!joint) return <Loading what="联合抽查" />;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        第 {joint.id} 号联合抽查 <Tag>{STATUS_NAMES[joint.status] ?? joint.status}</Tag>
      </Typography.Title>
      <Warnings warnings={detail.data?.warnings} />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="牵头部门">{name(joint.lead)}</Descriptions.Item>
          <Descriptions.Item label="参与部门">{joint.departments.map(name).join("、")}</Descriptions.Item>
          <Descriptions.Item label="检查时段">{calendarDate(joint.windowStart)} — {calendarDate(joint.windowEnd)}</Descriptions.Item>
          <Descriptions.Item label="检查日期">{joint.scheduledDate ? calendarDate(joint.scheduledDate) : "尚未排期"}</Descriptions.Item>
          <Descriptions.Item label="检查对象">{joint.usccs.length} 户</Descriptions.Item>
          <Descriptions.Item label="发起人">{joint.createdBy}</Descriptions.Item>
          {joint.planEntryId && <Descriptions.Item label="年度联合抽查计划"><Link to="/office/joint-plan">第 {joint.planEntryId} 条计划</Link></Descriptions.Item>}
          <Descriptions.Item label="工作方案" span={2}>{joint.planText}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="日程">
        <Space wrap align="start" size="large">
          <div style={{ width: 300, border: "1px solid #f0f0f0", borderRadius: 8 }}>
            <Suspense fallback={<Loading what="日程" />}>
              <ScheduleCalendar entries={[joint]} leadName={name} fullscreen={false} />
            </Suspense>
          </div>
          <Typography.Paragraph style={{ maxWidth: 420 }}>
            检查时段为 {calendarDate(joint.windowStart)} 至 {calendarDate(joint.windowEnd)}（日历中浅蓝标出）；
            {joint.scheduledDate ? `牵头部门已定于 ${calendarDate(joint.scheduledDate)} 实施检查（绿色标出）。` : "牵头部门尚未确定检查日期：各部门派员齐备后由牵头部门排期。"}
          </Typography.Paragraph>
        </Space>
        {["CONSULTED", "SCHEDULED", "IN_PROGRESS"].includes(joint.status) && <VisitLoadWarning loads={joint.visitWarnings} name={name} self={joint.id} />}
      </Card>
      <Card title="各部门答复与检查组">
        <DataTable
          label="各部门答复与检查组"
          rowKey="department"
          dataSource={joint.participants}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            { title: "部门", dataIndex: "department", render: name },
            { title: "答复", render: (_, p) => <Tag color={p.response === "ACCEPTED" ? TAG.ok : p.response === "DECLINED" ? TAG.bad : undefined}>{RESPONSE_NAMES[p.response] ?? p.response}</Tag> },
            { title: "理由", dataIndex: "reason", render: (r: string | null) => r ?? "—" },
            { title: "答复时间", dataIndex: "respondedAt", render: chinaDateTime },
            { title: "检查人员", dataIndex: "inspectors", render: (xs: string[]) => (xs.length ? `${xs.length} 名` : "未派员") },
            { title: "抽取种子", dataIndex: "teamSeed", render: (s: string | null) => (s ? <Typography.Text code copyable>{s.slice(0, 16)}…</Typography.Text> : "—") },
            { title: "重新抽取", render: (_, p) => (p.teamDraws > 1 ? `${p.teamDraws - 1} 次（${p.teamRedrawReasons.join("；")}）` : "无") },
          ]}
        />
      </Card>
      {own && joint.participants.some((p) => p.department === own) && (
        <Suspense fallback={<Loading what="办理" />}>
          <JointActions joint={joint} department={own} name={name} />
        </Suspense>
      )}
      <Card title="检查记录">
        <DataTable
          label="检查记录"
          rowKey={(r) => `${r.uscc}|${r.department}`}
          dataSource={joint.records}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: <Nothing>尚未记录检查结果</Nothing> }}
          // 检查表: a department's answers per check point, under its row
          expandable={{
            rowExpandable: (r) => r.checkAnswers.length > 0,
            expandedRowRender: (r) => <CheckAnswersTable answers={r.checkAnswers} label={`${name(r.department)}对 ${r.uscc} 的检查表`} />,
          }}
          columns={[
            { title: "统一社会信用代码", dataIndex: "uscc" },
            { title: "部门", dataIndex: "department", render: name },
            { title: "检查结果", dataIndex: "categoryName", render: (c: string | null) => c ?? "—" },
            { title: "检查情况", render: (_, r) => r.departmentFindings ?? r.findings },
            {
              title: "检查表",
              render: (_, r) => {
                const nonconforming = r.checkAnswers.filter((a) => a.answer === "NONCONFORMING").length;
                return r.checkAnswers.length ? `${r.checkAnswers.length} 项${nonconforming ? `，${nonconforming} 项不符合` : ""}` : "—";
              },
            },
            { title: "签名", render: (_, r) => r.signatures.map((s) => s.name).join("、") },
            { title: "记录时间", dataIndex: "recordedAt", render: chinaDateTime },
            {
              // the record becomes each department's own result, on its task for the target
              title: "部门任务",
              render: (_, r) =>
                r.departmentTaskId ? (
                  r.department === own ? <Link to={`/department/tasks/${r.departmentTaskId}`}>任务 {r.departmentTaskId}</Link> : `任务 ${r.departmentTaskId}`
                ) : r.categoryName ? (
                  <span>
                    <Tag color={TAG.warn}>待送达</Tag>
                    {r.deliveryError ? <Typography.Text type="secondary">部门暂时无法接收，下次同步时重试</Typography.Text> : null}
                  </span>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      </Card>
      <Card title="办理过程">
        <Timeline
          items={joint.history.map((h) => ({
            key: `${h.at}|${h.toStatus}`,
            content: (
              <span>
                {chinaDateTime(h.at)}　{h.fromStatus ? `${STATUS_NAMES[h.fromStatus] ?? h.fromStatus} → ` : ""}
                {STATUS_NAMES[h.toStatus] ?? h.toStatus}　{h.byDepartment ? name(h.byDepartment) : "联席办"}（{h.bySubject}）{h.note ? `：${h.note}` : ""}
              </span>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
