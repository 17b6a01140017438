/**
 * 本部门办理: what the signed-in department does on a joint inspection it is part of, step by step as
 * the workflow allows — answer in writing; draw its team at random (with a reason for a re-draw) and
 * supply it; as lead, schedule, start, record the 双随机抽查记录表 signed by the whole team, and close.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { JointDetailQuery } from "../../gql/graphql";
import { calendarDate } from "../../shared/dates";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { EvidencePicker, type EvidenceRef } from "../../shared/EvidencePicker";
import { answersOf, CheckFormAnswers, partlyAnswered, useItemsWithForms, type AnswerFields, type ItemForm } from "../../shared/check-forms";
import { useTeam } from "../../shared/team";
import { AdvanceJoint, DrawJointTeam, JointResultCategories, JointVisitCheck, RecordJoint, RespondToJoint, ScheduleJoint, SupplyJointInspectors } from "./api";
import { VisitLoadWarning } from "../../shared/visit-load";

type Joint = NonNullable<JointDetailQuery["jointInspection"]>;
type Name = (code: string | null | undefined) => string;

/** After any step the page reads the joint inspection again, and the board its card. */
function useStep<V>(jointId: string, run: (v: V) => Promise<unknown>, done: string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      message.success(done);
      await queryClient.invalidateQueries({ queryKey: ["joint", jointId] });
      await queryClient.invalidateQueries({ queryKey: ["jointBoard"] });
    },
  });
}

const Failure = ({ error }: { error: unknown }) => (error ? <Alert type="error" showIcon role="alert" title={sentenceOf(error)} style={{ marginTop: 12 }} /> : null);

export default function JointActions({ joint, department, name }: { joint: Joint; department: string; name: Name }) {
  const me = joint.participants.find((p) => p.department === department);
  if (!me) return null;
  const lead = joint.lead === department;
  const staffing = me.response === "ACCEPTED" && (joint.status === "PROPOSED" || joint.status === "CONSULTED");
  const answering = !lead && me.response === "PENDING" && joint.status === "PROPOSED";
  const ended = ["CLOSED", "DECLINED", "CANCELLED"].includes(joint.status);
  return (
    <Card title={`本部门办理（${name(department)}${lead ? "，牵头" : "，响应"}）`}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        {ended ? (
          <Typography.Text>本次联合抽查已结束，无需再办理。</Typography.Text>
        ) : (
          <>
            {answering && <Respond joint={joint} />}
            {staffing && <Staff joint={joint} department={department} draws={me.teamDraws} supplied={me.inspectors} />}
            {lead && <Lead joint={joint} department={department} name={name} />}
            {!lead && !answering && !staffing && (
              <Typography.Text type="secondary">{me.response === "DECLINED" ? "本部门已答复不参加。" : "本部门已答复并派员，等待牵头部门排期、实施和记录。"}</Typography.Text>
            )}
          </>
        )}
      </Space>
    </Card>
  );
}

/** 答复: accept, or decline with the reason in writing. */
function Respond({ joint }: { joint: Joint }) {
  const [declining, setDeclining] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const respond = useStep(joint.id, (v: { accept: boolean; reason?: string }) => request(RespondToJoint, { id: joint.id, accept: v.accept, reason: v.reason ?? null }), "已答复");
  return (
    <div>
      <Typography.Title level={3} style={{ fontSize: 16 }}>答复牵头部门</Typography.Title>
      <Space wrap>
        <Button type="primary" loading={respond.isPending && !declining} onClick={() => respond.mutate({ accept: true })}>同意参加</Button>
        <Button danger onClick={() => setDeclining(true)}>不参加</Button>
      </Space>
      <Failure error={respond.error} />
      {declining && (
        <Modal open title="不参加本次联合抽查" okText="提交答复" cancelText="取消" onCancel={() => setDeclining(false)} onOk={() => form.submit()} confirmLoading={respond.isPending}>
          <Form form={form} layout="vertical" onFinish={(v) => respond.mutate({ accept: false, reason: v.reason.trim() }, { onSuccess: () => setDeclining(false) })}>
            <Form.Item name="reason" label="理由（书面答复，记入办理过程）" rules={[{ required: true, whitespace: true, message: "不参加须书面说明理由" }]}>
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </Form>
          <Failure error={respond.error} />
        </Modal>
      )}
    </div>
  );
}

/** 派员: the department's inspectors drawn at random for these targets (recusal applied), then supplied to the office. */
function Staff({ joint, department, draws, supplied }: { joint: Joint; department: string; draws: number; supplied: string[] }) {
  const [form] = Form.useForm<{ size: number; publicValue: string; reason?: string }>();
  const [drawn, setDrawn] = useState<string[]>();
  const team = useTeam(department, supplied);
  const supply = useStep(joint.id, (certificateNumbers: string[]) => request(SupplyJointInspectors, { id: joint.id, certificateNumbers }), "已派员");
  const draw = useMutation({
    mutationFn: async (v: { size: number; publicValue: string; reason?: string }) =>
      (await request(forDepartment(DrawJointTeam, department), { jointInspectionId: joint.id, usccs: joint.usccs, size: v.size, publicValue: v.publicValue.trim(), reason: v.reason?.trim() || null })).data.department?.team ?? [],
    onSuccess: (team) => {
      setDrawn(team);
      form.resetFields(["reason"]);
      supply.mutate(team);
    },
  });
  return (
    <div>
      <Typography.Title level={3} style={{ fontSize: 16 }}>抽取并派出本部门检查人员</Typography.Title>
      {supplied.length > 0 && (
        <Typography.Paragraph>
          已派员：{(team.data ?? supplied.map((c) => ({ certificateNumber: c, name: c }))).map((m) => `${m.name}（${m.certificateNumber}）`).join("、")}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">
        从本部门在岗执法人员中随机抽取，与检查对象有利害关系或上次检查过该对象的人员自动回避；全队最多 10 人。
      </Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={{ size: 2 }} onFinish={(v) => draw.mutate(v)} style={{ rowGap: 12 }}>
        <Form.Item name="size" label="人数" rules={[{ required: true, message: "请填写人数" }]}>
          <InputNumber min={1} max={10} precision={0} />
        </Form.Item>
        <Form.Item name="publicValue" label="公开随机值" rules={[{ required: true, whitespace: true, message: "请填写抽取前公布的公开随机值" }]}>
          <Input style={{ width: 220 }} maxLength={200} placeholder="如当期彩票开奖号码" />
        </Form.Item>
        {draws > 0 && (
          <Form.Item name="reason" label="重新抽取的理由" rules={[{ required: true, whitespace: true, message: "重新抽取须说明理由" }]}>
            <Input style={{ width: 260 }} maxLength={500} />
          </Form.Item>
        )}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={draw.isPending || supply.isPending}>{draws > 0 ? "重新抽取并派员" : "抽取并派员"}</Button>
        </Form.Item>
      </Form>
      <Failure error={draw.error} />
      {supply.error && drawn && (
        <>
          <Failure error={supply.error} />
          <Button style={{ marginTop: 8 }} onClick={() => supply.mutate(drawn)}>再次提交抽中的 {drawn.length} 人</Button>
        </>
      )}
    </div>
  );
}

/** 多头检查 for the day picked, before it is scheduled. */
function DayCheck({ joint, date, name }: { joint: Joint; date: string; name: Name }) {
  const check = useQuery({ queryKey: ["joint", joint.id, "visitCheck", date], queryFn: () => request(JointVisitCheck, { id: joint.id, date }) });
  if (check.error) return <Failure error={check.error} />;
  return <div style={{ marginTop: 12 }}><VisitLoadWarning loads={check.data?.data.jointInspection?.visitWarnings} name={name} self={joint.id} title={`${calendarDate(date)} 排期将形成多头检查`} /></div>;
}

/** 牵头部门: schedule inside the window once every department has answered and staffed, start on the day, record, close; or cancel with a reason. */
function Lead({ joint, department, name }: { joint: Joint; department: string; name: Name }) {
  const [date, setDate] = useState<Dayjs | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const schedule = useStep(joint.id, (d: string) => request(ScheduleJoint, { id: joint.id, date: d }), "已排期");
  const advance = useStep(joint.id, (v: { status: string; note?: string }) => request(AdvanceJoint, { id: joint.id, status: v.status, note: v.note ?? null }), "已更新");
  const cancellable = ["PROPOSED", "CONSULTED", "SCHEDULED"].includes(joint.status);
  return (
    <div>
      <Typography.Title level={3} style={{ fontSize: 16 }}>牵头部门</Typography.Title>
      {joint.status === "PROPOSED" && <Typography.Paragraph>等待各响应部门答复；答复齐全、各部门派员后即可排期。</Typography.Paragraph>}
      {joint.status === "CONSULTED" && (
        <Space wrap>
          <DatePicker
            aria-label="检查日期"
            value={date}
            onChange={setDate}
            format="YYYY-MM-DD"
            disabledDate={(d) => d.format("YYYY-MM-DD") < joint.windowStart || d.format("YYYY-MM-DD") > joint.windowEnd}
            defaultPickerValue={dayjs(joint.windowStart)}
          />
          <Button type="primary" disabled={!date} loading={schedule.isPending} onClick={() => date && schedule.mutate(date.format("YYYY-MM-DD"))}>排期</Button>
          <Typography.Text type="secondary">须在 {calendarDate(joint.windowStart)} 至 {calendarDate(joint.windowEnd)} 之间，且检查组已齐。</Typography.Text>
        </Space>
      )}
      {joint.status === "CONSULTED" && date && <DayCheck joint={joint} date={date.format("YYYY-MM-DD")} name={name} />}
      {joint.status === "SCHEDULED" && (
        <Space wrap>
          <Typography.Text>定于 {calendarDate(joint.scheduledDate)} 实施。</Typography.Text>
          <Button type="primary" loading={advance.isPending} onClick={() => advance.mutate({ status: "IN_PROGRESS" })}>开始检查</Button>
        </Space>
      )}
      {joint.status === "IN_PROGRESS" && <RecordForm joint={joint} department={department} name={name} />}
      {joint.status === "RECORDED" && (
        <Space wrap>
          <Typography.Text>检查记录已提交，可以办结。</Typography.Text>
          <Button type="primary" loading={advance.isPending} onClick={() => advance.mutate({ status: "CLOSED" })}>办结</Button>
        </Space>
      )}
      {cancellable && (
        <Button danger style={{ marginTop: 12 }} onClick={() => setCancelling(true)}>取消本次联合抽查</Button>
      )}
      <Failure error={schedule.error ?? advance.error} />
      {cancelling && <CancelDialog onCancel={() => setCancelling(false)} pending={advance.isPending} error={advance.error} onOk={(note) => advance.mutate({ status: "CANCELLED", note }, { onSuccess: () => setCancelling(false) })} />}
    </div>
  );
}

function CancelDialog({ onOk, onCancel, pending, error }: { onOk: (note: string) => void; onCancel: () => void; pending: boolean; error: unknown }) {
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal open title="取消本次联合抽查" okText="确认取消" cancelText="返回" okButtonProps={{ danger: true }} onCancel={onCancel} onOk={() => form.submit()} confirmLoading={pending}>
      <Form form={form} layout="vertical" onFinish={(v) => onOk(v.note.trim())}>
        <Form.Item name="note" label="取消理由（记入办理过程）" rules={[{ required: true, whitespace: true, message: "请填写取消理由" }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
      <Failure error={error} />
    </Modal>
  );
}

interface TargetResult {
  uscc: string;
  categoryCode: string;
  findings?: string;
}

interface RecordFields {
  findings: string;
  names: Record<string, string>;
  categories: Record<string, string>;
  departmentFindings: Record<string, string | undefined>;
  /** A department's results for single targets, where they differ from its result for the others. */
  perTarget?: Record<string, TargetResult[] | undefined>;
  /** 检查表: per department, the items it checked against their forms, and its answers. */
  formItems?: Record<string, string[] | undefined>;
  answers?: Record<string, AnswerFields | undefined>;
}

/**
 * 检查表 for one department of the record: it picks the items it checked against their forms and
 * answers them, for its result on every target; the hub checks the answers against that
 * department's forms when the record is submitted.
 */
function DepartmentCheckForms({ department, label, items, onAdopt }: { department: string; label: string; items: readonly ItemForm[]; onAdopt: (categoryCode: string) => void }) {
  const form = Form.useFormInstance<RecordFields>();
  const chosen = (Form.useWatch(["formItems", department], form) as string[] | undefined) ?? [];
  if (items.length === 0) return null;
  return (
    <>
      <Form.Item name={["formItems", department]} label={`${label}按检查表检查的事项（可选）`} style={{ maxWidth: 640 }}>
        <Select mode="multiple" aria-label={`${label}按检查表检查的事项`} placeholder="选择事项后逐项填写检查表" options={items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}（第 ${i.checkForm!.version} 版）` }))} />
      </Form.Item>
      <CheckFormAnswers department={department} items={items.filter((i) => chosen.includes(i.code))} onAdopt={onAdopt} path={["answers", department]} />
    </>
  );
}

/** The items a department chose, with their forms. */
const chosenItems = (items: readonly ItemForm[] | undefined, chosen: string[] | undefined) => (items ?? []).filter((i) => chosen?.includes(i.code));

/** 双随机抽查记录表: the shared findings, every inspector's signature, one result per department for all targets, and per target where it differs. */
function RecordForm({ joint, department, name }: { joint: Joint; department: string; name: Name }) {
  const [form] = Form.useForm<RecordFields>();
  const accepted = joint.participants.filter((p) => p.response === "ACCEPTED");
  const categories = useQuery({ queryKey: ["jointCategories"], queryFn: () => request(JointResultCategories) });
  // the lead's own inspectors are named from its directory; the others' names are written as they sign
  const own = useTeam(department, accepted.find((p) => p.department === department)?.inspectors ?? []);
  // each department's evidence, hashed here: with its result for every target
  const [evidence, setEvidence] = useState<Record<string, EvidenceRef[]>>({});
  const [hashing, setHashing] = useState<Record<string, number>>({});
  const forms = useItemsWithForms(accepted.map((p) => p.department));
  const record = useStep(joint.id, (v: RecordFields) =>
    request(RecordJoint, {
      id: joint.id,
      findings: v.findings.trim(),
      signatures: accepted.flatMap((p) => p.inspectors).map((c) => ({ certificateNumber: c, name: (v.names[c] ?? "").trim() })),
      results: accepted.flatMap((p) => [
        {
          department: p.department, categoryCode: v.categories[p.department]!, findings: v.departmentFindings[p.department]?.trim() || null, evidence: evidence[p.department] ?? [],
          checkAnswers: answersOf(chosenItems(forms[p.department], v.formItems?.[p.department]), v.answers?.[p.department]),
        },
        ...(v.perTarget?.[p.department] ?? []).map((t) => ({ department: p.department, uscc: t.uscc, categoryCode: t.categoryCode, findings: t.findings?.trim() || null })),
      ]),
    }), "检查记录已提交");
  const categoryOptions = (categories.data?.data.resultCategories ?? []).map((c) => ({ value: c.code, label: c.name }));
  const ownNames = Object.fromEntries((own.data ?? []).map((m) => [m.certificateNumber, m.name]));
  if (own.isLoading) return null;
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 860 }} initialValues={{ names: ownNames }} onFinish={(v) => record.mutate(v)}>
      <Typography.Paragraph>
        双随机抽查记录表：{joint.usccs.length} 户检查对象，检查组 {accepted.flatMap((p) => p.inspectors).length} 人，每人签名；每个参加部门给出一项检查结果{joint.usccs.length > 1 ? "，个别对象结果不同的，按对象另填" : ""}。提交后，各部门的结果记入本部门对该对象的检查任务。
      </Typography.Paragraph>
      <Form.Item name="findings" label="检查情况（各部门共同记录）" rules={[{ required: true, whitespace: true, message: "请填写检查情况" }]}>
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      <Table
        size="small"
        pagination={false}
        rowKey="certificateNumber"
        dataSource={accepted.flatMap((p) => p.inspectors.map((c) => ({ certificateNumber: c, department: p.department })))}
        columns={[
          { title: "部门", dataIndex: "department", render: name },
          { title: "执法证号", dataIndex: "certificateNumber" },
          {
            title: "签名",
            render: (_, m) => (
              <Form.Item name={["names", m.certificateNumber]} style={{ margin: 0 }} rules={[{ required: true, whitespace: true, message: "每名检查人员都须签名" }]}>
                <Input aria-label={`${m.certificateNumber} 签名`} maxLength={50} />
              </Form.Item>
            ),
          },
        ]}
      />
      {accepted.map((p) => (
        <div key={p.department} style={{ marginTop: 12 }}>
          <Space wrap align="start">
            <Form.Item
              name={["categories", p.department]}
              label={`${name(p.department)}的检查结果${joint.usccs.length > 1 ? "（其余对象）" : ""}`}
              dependencies={[["answers", p.department], ["formItems", p.department]]}
              rules={[
                { required: true, message: "请选择检查结果" },
                // a form is answered whole or not at all: say which before the hub refuses it
                {
                  validator: () => {
                    const partly = partlyAnswered(chosenItems(forms[p.department], form.getFieldValue(["formItems", p.department])), form.getFieldValue(["answers", p.department]));
                    return partly.length ? Promise.reject(new Error(`检查表须逐项填写：${partly.join("、")}`)) : Promise.resolve();
                  },
                },
              ]}
              style={{ minWidth: 260 }}
            >
              <Select aria-label={`${name(p.department)}的检查结果`} loading={categories.isLoading} options={categoryOptions} placeholder="请选择" />
            </Form.Item>
            <Form.Item name={["departmentFindings", p.department]} label={`${name(p.department)}的检查情况（可选）`} style={{ minWidth: 320 }}>
              <Input maxLength={2000} />
            </Form.Item>
          </Space>
          <DepartmentCheckForms department={p.department} label={name(p.department)} items={forms[p.department] ?? []} onAdopt={(code) => form.setFieldValue(["categories", p.department], code)} />
          <Form.Item label={`${name(p.department)}的证据（可选；文件留在该部门，只记录 SHA-256）`} style={{ maxWidth: 640 }}>
            <EvidencePicker
              value={evidence[p.department] ?? []}
              onChange={(next) => setEvidence((all) => ({ ...all, [p.department]: next(all[p.department] ?? []) }))}
              onHashing={(n) => setHashing((all) => ({ ...all, [p.department]: n }))}
              label="把现场照片、音视频或文书拖到这里，或点击选择"
            />
          </Form.Item>
          {joint.usccs.length > 1 && (
            <Form.List name={["perTarget", p.department]}>
              {(rows, { add, remove }) => (
                <>
                  {rows.map((row) => (
                    <Space key={row.key} wrap align="start">
                      <Form.Item
                        name={[row.name, "uscc"]}
                        label="检查对象"
                        style={{ minWidth: 240 }}
                        rules={[
                          { required: true, message: "请选择检查对象" },
                          ({ getFieldValue }) => ({
                            validator: (_, uscc: string | undefined) =>
                              uscc && (getFieldValue(["perTarget", p.department]) as TargetResult[]).filter((t) => t?.uscc === uscc).length > 1
                                ? Promise.reject(new Error("同一检查对象只填一次"))
                                : Promise.resolve(),
                          }),
                        ]}
                      >
                        <Select aria-label={`${name(p.department)}另填结果的检查对象 ${row.name + 1}`} options={joint.usccs.map((u) => ({ value: u, label: u }))} placeholder="请选择" />
                      </Form.Item>
                      <Form.Item name={[row.name, "categoryCode"]} label="检查结果" style={{ minWidth: 220 }} rules={[{ required: true, message: "请选择检查结果" }]}>
                        <Select aria-label={`${name(p.department)}另填的检查结果 ${row.name + 1}`} options={categoryOptions} placeholder="请选择" />
                      </Form.Item>
                      <Form.Item name={[row.name, "findings"]} label="检查情况" style={{ minWidth: 260 }}>
                        <Input aria-label={`${name(p.department)}另填的检查情况 ${row.name + 1}`} maxLength={2000} />
                      </Form.Item>
                      <Button style={{ marginTop: 30 }} onClick={() => remove(row.name)}>删除</Button>
                    </Space>
                  ))}
                  {rows.length < joint.usccs.length && (
                    <Button type="dashed" onClick={() => add()}>为{name(p.department)}按对象另填结果</Button>
                  )}
                </>
              )}
            </Form.List>
          )}
        </div>
      ))}
      <Failure error={record.error ?? categories.error} />
      <Button type="primary" htmlType="submit" loading={record.isPending} disabled={Object.values(hashing).some((n) => n > 0)} style={{ marginTop: 12 }}>提交检查记录</Button>
    </Form>
  );
}
