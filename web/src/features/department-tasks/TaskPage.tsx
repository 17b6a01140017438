/**
 * 任务详情: one task with its team by name, 递补 (an inspector replaced by the next in the draw's
 * order, with the reason), its result and evidence, and 后续处置 — the steps so far and the next one,
 * offered only as the rules allow.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Radio, Result, Select, Space, Tag, Timeline, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { FollowUpKind, TaskDetailQuery as Answer } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { calendarDate, chinaDateTime } from "../../shared/dates";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { CheckAnswersTable } from "../../shared/check-forms";
import { EVIDENCE_KIND_NAMES, FOLLOW_UP_KIND_NAMES, FOLLOW_UP_STATE_NAMES, nameOf, TASK_SOURCE_NAMES, TASK_STATUS_NAMES } from "../../shared/labels";
import { currentSession } from "../../shared/session";
import { ErrorNotice, Loading, Nothing, TAG } from "../../shared/ui";
import { ActiveInspectorsQuery, AssignTaskTeam, RecordFollowUp, ReplaceInspector, TaskDetailQuery } from "./api";
import ResultForm from "./ResultForm";
import { useDepartmentNames } from "../../shared/departments";
import { useTeam } from "../../shared/team";
import { refreshTask } from "./refresh";

type Task = NonNullable<NonNullable<Answer["department"]>["task"]>;

export default function TaskPage() {
  const session = currentSession();
  const { id = "" } = useParams();
  if (!session?.department) return <Nothing>请以部门账号登录后查看检查任务。</Nothing>;
  if (!/^[1-9]\d{0,9}$/.test(id)) return <NoTask />;
  return (
    <App>
      <TaskView department={session.department} id={id} />
    </App>
  );
}

const NoTask = () => <Result status="404" title="没有这项检查任务" subTitle="任务编号不存在。" extra={<Link to="/department/tasks">返回检查任务</Link>} />;

function TaskView({ department, id }: { department: string; id: string }) {
  const [recording, setRecording] = useState(false);
  const detail = useQuery({ queryKey: ["task", department, id], queryFn: () => request(forDepartment(TaskDetailQuery, department), { id }) });
  const task = detail.data?.data.department?.task;
  const names = useDepartmentNames(detail.data?.data.departments);
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (detail.data && !task) return <NoTask />;
  if (!task) return <Loading what="检查任务" />;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        任务 {task.id}：{task.target.name ?? task.uscc} <Tag>{nameOf(TASK_STATUS_NAMES, task.status)}</Tag>
      </Typography.Title>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="统一社会信用代码"><Link to={`/office/targets/${task.uscc}`}>{task.uscc}</Link></Descriptions.Item>
          <Descriptions.Item label="来源">{nameOf(TASK_SOURCE_NAMES, task.source)}{task.drawId ? `（第 ${task.drawId} 次抽取）` : ""}</Descriptions.Item>
          <Descriptions.Item label="检查时段">{calendarDate(task.dueStart)} — {calendarDate(task.dueEnd)}</Descriptions.Item>
          <Descriptions.Item label="检查事项">{task.itemCodes.join("、") || "—"}</Descriptions.Item>
          {task.origin && <Descriptions.Item label="下发平台">{task.origin}（编号 {task.originReference ?? "—"}），须于 {calendarDate(task.dueEnd)} 前完成</Descriptions.Item>}
          {task.note && <Descriptions.Item label="备注" span={2}>{task.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <TeamCard department={department} task={task} />
      {task.result ? (
        <ResultCard department={department} task={task} result={task.result} names={names} />
      ) : recording ? (
        <ResultForm department={department} task={task} categories={detail.data?.data.department?.resultCategories ?? []} items={detail.data?.data.department?.items ?? []} onDone={() => setRecording(false)} />
      ) : (
        <Card title="检查结果">
          <Space>
            <Typography.Text>尚未录入检查结果。</Typography.Text>
            <Button type="primary" onClick={() => setRecording(true)}>录入结果</Button>
          </Space>
        </Card>
      )}
    </Space>
  );
}

/** 检查组 and 递补: the team by name; a drawn task's member replaced by the next eligible inspector of its draw. */
function TeamCard({ department, task }: { department: string; task: Task }) {
  if (task.inspectors.length === 0) return <AssignTeamCard department={department} task={task} />;
  return <TeamTable department={department} task={task} />;
}

/** 上级下发: a task that came without a team gets two to ten of the department's active inspectors. */
function AssignTeamCard({ department, task }: { department: string; task: Task }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const client = useQueryClient();
  const { message } = App.useApp();
  const inspectors = useQuery({ queryKey: ["activeInspectors", department], queryFn: () => request(forDepartment(ActiveInspectorsQuery, department)) });
  const assign = useMutation({
    mutationFn: () => request(forDepartment(AssignTaskTeam, department), { taskId: task.id, inspectors: chosen }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["task", department, task.id] });
      void message.success("检查组已分配");
    },
  });
  const options = (inspectors.data?.data.department?.inspectors.edges ?? []).map((e) => ({ value: e.node.certificateNumber, label: `${e.node.name}（${e.node.certificateNumber}）` }));
  return (
    <Card title="检查组">
      <Typography.Paragraph>该任务尚未分配检查组：请选择 2 至 10 名在岗执法人员（须回避的人员会被拒绝）。</Typography.Paragraph>
      <Form layout="inline" onFinish={() => assign.mutate()}>
        <Form.Item label="检查人员" style={{ minWidth: 360 }}>
          <Select mode="multiple" aria-label="检查人员" value={chosen} onChange={setChosen} options={options} loading={inspectors.isLoading} optionFilterProp="label" maxCount={10} placeholder="输入姓名或执法证号" />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={chosen.length < 2} loading={assign.isPending}>分配检查组</Button>
      </Form>
      {(assign.error ?? inspectors.error) && <Alert type="error" showIcon role="alert" title={sentenceOf(assign.error ?? inspectors.error)} style={{ marginTop: 12 }} />}
    </Card>
  );
}

function TeamTable({ department, task }: { department: string; task: Task }) {
  const team = useTeam(department, task.inspectors);
  const [leaving, setLeaving] = useState<{ certificateNumber: string; name: string }>();
  const replaceable = task.drawId !== null && !task.result;
  return (
    <Card title="检查组">
      <DataTable
        label="检查组"
        rowKey="certificateNumber"
        loading={team.isLoading}
        dataSource={team.data ?? task.inspectors.map((c) => ({ certificateNumber: c, name: c }))}
        pagination={false}
        columns={[
          { title: "姓名", dataIndex: "name" },
          { title: "执法证号", dataIndex: "certificateNumber" },
          {
            title: "操作",
            width: 120,
            render: (_, m) => (replaceable ? <Button size="small" onClick={() => setLeaving(m)}>递补</Button> : "—"),
          },
        ]}
      />
      {!replaceable && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {task.result ? "已录入结果的任务不再调整检查组。" : "非抽取产生的任务，检查组随其来源调整。"}
        </Typography.Paragraph>
      )}
      {task.replacements.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>递补记录</Typography.Title>
          <Timeline
            items={task.replacements.map((r) => ({
              key: `${r.changedAt}|${r.leaving}`,
              content: `${chinaDateTime(r.changedAt)}　${r.leaving} → ${r.replacement}：${r.reason}（${r.changedBy}）`,
            }))}
          />
        </>
      )}
      {leaving && <ReplaceDialog department={department} task={task} leaving={leaving} onDone={() => setLeaving(undefined)} />}
    </Card>
  );
}

function ReplaceDialog({ department, task, leaving, onDone }: { department: string; task: Task; leaving: { certificateNumber: string; name: string }; onDone: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const replace = useMutation({
    mutationFn: (reason: string) => request(forDepartment(ReplaceInspector, department), { taskId: task.id, certificateNumber: leaving.certificateNumber, reason }),
    onSuccess: async (r) => {
      const now = r.data.department?.task.inspectors ?? [];
      message.success(`已递补：${now.find((c) => !task.inspectors.includes(c)) ?? ""}`);
      await refreshTask(queryClient, department, task.id);
      onDone();
    },
  });
  return (
    <Modal open title={`递补 ${leaving.name}（${leaving.certificateNumber}）`} okText="递补" cancelText="取消" onCancel={onDone} onOk={() => form.submit()} confirmLoading={replace.isPending}>
      <Typography.Paragraph>由本次抽取的人员名单中下一位符合回避规则的在岗人员递补，理由记入任务并留痕。</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => replace.mutate(v.reason.trim())}>
        <Form.Item name="reason" label="递补理由（如需回避、休假、借调）" rules={[{ required: true, whitespace: true, message: "请填写递补理由" }]}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {replace.error && <Alert type="error" showIcon role="alert" title={sentenceOf(replace.error)} />}
    </Modal>
  );
}

function ResultCard({ department, task, result, names }: { department: string; task: Task; result: NonNullable<Task["result"]>; names: Record<string, string> }) {
  const joint = result.jointInspection;
  return (
    <>
      <Card title="检查结果">
        <Descriptions column={{ xs: 1, md: 2 }}>
          {joint && (
            <Descriptions.Item label="联合抽查" span={2}>
              <Link to={`/office/joint/${joint.id}`}>第 {joint.id} 次联合抽查</Link>
              ，牵头：{names[joint.lead] ?? joint.lead}；参加：{joint.departments.map((d) => names[d] ?? d).join("、")}（结果由联合检查记录表生成）
            </Descriptions.Item>
          )}
          <Descriptions.Item label="检查结果">{result.categoryName}</Descriptions.Item>
          <Descriptions.Item label="检查日期">{calendarDate(result.inspectionDate)}</Descriptions.Item>
          <Descriptions.Item label="检查情况" span={2}>{result.findings}</Descriptions.Item>
          <Descriptions.Item label="签名">{result.signers.map((s) => `${s.name}（${s.certificateNumber}）`).join("、")}</Descriptions.Item>
          <Descriptions.Item label="录入">{result.recordedBy}，{chinaDateTime(result.recordedAt)}{result.enteredLate ? <Tag color={TAG.warn} style={{ marginLeft: 8 }}>逾期录入</Tag> : null}</Descriptions.Item>
          <Descriptions.Item label="公示">
            {result.publishedAt ? (
              <>
                {chinaDateTime(result.publishedAt)}{result.publishedLate ? <Tag color={TAG.warn} style={{ marginLeft: 8 }}>逾期公示</Tag> : null}
                {result.noticeEndsOn ? `，公示期至 ${calendarDate(result.noticeEndsOn)}` : ""}
              </>
            ) : (
              `待公示（${calendarDate(result.publicationDue)} 前）`
            )}
          </Descriptions.Item>
          <Descriptions.Item label="证据" span={2}>
            {result.evidence.length === 0
              ? "无"
              : result.evidence.map((x) => (
                  <div key={x.sha256}>
                    <Tag>{nameOf(EVIDENCE_KIND_NAMES, x.kind)}</Tag>
                    {x.id}：<Typography.Text code>{x.sha256}</Typography.Text>
                  </div>
                ))}
          </Descriptions.Item>
        </Descriptions>
        <CheckAnswersTable answers={result.checkAnswers} />
      </Card>
      <FollowUpCard department={department} task={task} result={result} />
    </>
  );
}

interface StepFields {
  kind: FollowUpKind;
  date: Dayjs;
  documentNumber?: string;
  deadline?: Dayjs;
  rectified?: boolean;
  receivingParty?: string;
  note?: string;
}

/** 后续处置: the steps so far and the form for the next one. */
function FollowUpCard({ department, task, result }: { department: string; task: Task; result: NonNullable<Task["result"]> }) {
  const [form] = Form.useForm<StepFields>();
  const kind = Form.useWatch("kind", form);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: StepFields) =>
      request(forDepartment(RecordFollowUp, department), {
        taskId: task.id,
        input: {
          kind: v.kind,
          date: v.date.format("YYYY-MM-DD"),
          documentNumber: v.documentNumber?.trim() || null,
          deadline: v.deadline?.format("YYYY-MM-DD") ?? null,
          rectified: v.kind === "REINSPECTION" ? (v.rectified ?? null) : null,
          receivingParty: v.receivingParty?.trim() || null,
          note: v.note?.trim() || null,
        },
      }),
    onSuccess: async (r) => {
      message.success(`已记录，当前状态：${nameOf(FOLLOW_UP_STATE_NAMES, r.data.department?.result.followUpState)}`);
      form.resetFields();
      await refreshTask(queryClient, department, task.id);
    },
  });
  const closeNeedsReason = result.followUpState === "OPEN" || result.followUpState === "NOT_RECTIFIED";
  return (
    <Card title={<>后续处置 <Tag>{nameOf(FOLLOW_UP_STATE_NAMES, result.followUpState)}</Tag></>}>
      {result.followUps.length === 0 ? (
        <Typography.Paragraph>{result.nextFollowUpSteps.length ? "尚无处置记录。" : "检查未发现问题，无需后续处置。"}</Typography.Paragraph>
      ) : (
        <Timeline
          items={result.followUps.map((f) => ({
            key: `${f.recordedAt}|${f.kind}`,
            content: (
              <span>
                {calendarDate(f.date)}　<strong>{nameOf(FOLLOW_UP_KIND_NAMES, f.kind)}</strong>
                {f.documentNumber ? `　文书 ${f.documentNumber}` : ""}
                {f.deadline ? `　整改期限 ${calendarDate(f.deadline)}` : ""}
                {f.rectified === true ? "　已整改" : f.rectified === false ? "　未整改" : ""}
                {f.receivingParty ? `　接收单位 ${f.receivingParty}` : ""}
                {f.note ? `　${f.note}` : ""}
                <Typography.Text type="secondary">　（{f.recordedBy}，{chinaDateTime(f.recordedAt)}）</Typography.Text>
              </span>
            ),
          }))}
        />
      )}
      {result.nextFollowUpSteps.length > 0 && (
        <Form form={form} layout="vertical" style={{ maxWidth: 640 }} initialValues={{ date: dayjs() }} onFinish={(v) => save.mutate(v)}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>记录下一步</Typography.Title>
          <Form.Item name="kind" label="处置方式" rules={[{ required: true, message: "请选择处置方式" }]}>
            <Select placeholder="请选择" options={result.nextFollowUpSteps.map((k) => ({ value: k, label: FOLLOW_UP_KIND_NAMES[k] ?? k }))} />
          </Form.Item>
          <Form.Item name="date" label="日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          {kind === "RECTIFICATION_ORDER" && (
            <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: "请选择整改期限" }]}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
          )}
          {kind === "REINSPECTION" && (
            <Form.Item name="rectified" label="复查结论" rules={[{ required: true, message: "请选择复查结论" }]}>
              <Radio.Group options={[{ value: true, label: "已整改" }, { value: false, label: "未整改" }]} />
            </Form.Item>
          )}
          {(kind === "TRANSFER" || kind === "JUDICIAL_REFERRAL") && (
            <Form.Item name="receivingParty" label="接收单位" rules={[{ required: true, whitespace: true, message: "请填写接收单位" }]}>
              <Input maxLength={200} />
            </Form.Item>
          )}
          {kind && kind !== "CLOSE" && (
            <Form.Item name="documentNumber" label="文书编号" rules={[{ required: kind === "RECTIFICATION_ORDER", whitespace: true, message: "请填写责令改正通知书编号" }]}>
              <Input maxLength={100} />
            </Form.Item>
          )}
          <Form.Item name="note" label={kind === "CLOSE" && closeNeedsReason ? "结案理由（如当场整改完毕）" : "备注"} rules={[{ required: kind === "CLOSE" && closeNeedsReason, whitespace: true, message: "未经责令改正、移交或移送即结案，须说明理由" }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {save.error && <Alert type="error" showIcon role="alert" title={sentenceOf(save.error)} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={save.isPending}>保存处置记录</Button>
        </Form>
      )}
    </Card>
  );
}
