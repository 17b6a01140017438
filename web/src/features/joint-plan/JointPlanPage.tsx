/**
 * 年度联合抽查计划: a department submits its joint plan entries (partners, items, scope, time) by the
 * due day and changes them until the office accepts; the office accepts or returns each with its
 * reason and publishes the year's plan once nothing waits for review.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Segmented, Select, Space, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { JointPlanEntriesQuery as Answer } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { calendarDate, chinaDateTime, chinaYear } from "../../shared/dates";
import { useDepartmentNames } from "../../shared/departments";
import { sentenceOf } from "../../shared/errors";
import { request } from "../../shared/graphql";
import { currentSession } from "../../shared/session";
import { ErrorNotice, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import { JointItemsCard } from "./JointItemsCard";
import { JointPlanEntriesQuery, PublishJointPlan, ReviewJointPlanEntry, SubmitJointPlanEntry, UpdateJointPlanEntry } from "./api";

type Entry = Answer["jointPlanEntries"][number];

const STATUS: Record<string, { label: string; color: string }> = {
  SUBMITTED: { label: "待审核", color: TAG.info },
  ACCEPTED: { label: "已采纳", color: TAG.ok },
  RETURNED: { label: "已退回", color: TAG.bad },
};

export default function JointPlanPage() {
  // messages need Ant Design's App context: only this page pays for it
  return (
    <App>
      <JointPlan />
    </App>
  );
}

function JointPlan() {
  const session = currentSession();
  const office = session?.role === "office_coordinator";
  const own = session?.department ?? undefined;
  const [year, setYear] = useState(chinaYear());
  const [editing, setEditing] = useState<Entry | "new">();
  const [returning, setReturning] = useState<Entry>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const answer = useQuery({ queryKey: ["jointPlanEntries", year], queryFn: () => request(JointPlanEntriesQuery, { year }) });
  const d = answer.data?.data;
  const names = useDepartmentNames(d?.departments);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["jointPlanEntries", year] });
  const review = useMutation({
    mutationFn: (v: { id: string; accept: boolean; note?: string }) => request(ReviewJointPlanEntry, v),
    onSuccess: async (_, v) => {
      message.success(v.accept ? "已采纳" : "已退回，牵头部门可修改后重新报送");
      setReturning(undefined);
      await refresh();
    },
  });
  const publish = useMutation({
    mutationFn: () => request(PublishJointPlan, { year }),
    onSuccess: async (r) => {
      message.success(`已公布 ${year} 年度联合抽查计划（第 ${r.data.publishJointPlan.version} 版，${r.data.publishJointPlan.entryIds.length} 项）`);
      await refresh();
    },
  });
  const entries = d?.jointPlanEntries ?? [];
  const waiting = entries.filter((e) => e.status === "SUBMITTED").length;

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {year} 年度联合抽查计划
        </Typography.Title>
        <Space wrap>
          <Segmented value={year} onChange={(v) => setYear(Number(v))} options={[chinaYear(), chinaYear() + 1].map((y) => ({ value: y, label: `${y} 年` }))} />
          {own && <Button type="primary" onClick={() => setEditing("new")}>报送联合抽查计划</Button>}
          {office && (
            <Button type="primary" loading={publish.isPending} disabled={entries.length === 0} onClick={() => publish.mutate()}>
              {d?.jointPlan ? "再次公布（更新计划）" : "公布年度计划"}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {office
          ? "各成员单位报送本单位牵头的联合抽查计划（配合部门、抽查事项、时间和范围），联席办逐条审核：采纳或写明理由退回；全部审核后公布，社会公众可在“联合抽查计划公示”查看。"
          : "由本部门牵头的联合抽查，请在报送截止日前报送；联席办采纳前可修改，退回的按意见修改后重新报送。"}
        {d?.jointPlan ? ` 本年度计划已于 ${chinaDateTime(d.jointPlan.publishedAt)} 公布（第 ${d.jointPlan.version} 版），报送截止日 ${calendarDate(d.jointPlan.dueDate)}。` : ""}
      </Typography.Paragraph>
      {publish.error && <Alert type="error" showIcon role="alert" title={sentenceOf(publish.error)} />}
      {review.error && !returning && <Alert type="error" showIcon role="alert" title={sentenceOf(review.error)} />}
      {office && waiting > 0 && <Alert type="info" showIcon role="status" title={`${waiting} 条计划待审核。`} />}
      {answer.error && <ErrorNotice error={answer.error} />}
      <Warnings warnings={answer.data?.warnings} />
      {editing && d && (
        <EntryEditor year={year} lead={editing === "new" ? own! : editing.lead} entry={editing === "new" ? undefined : editing} departments={d.departments} jointItems={d.jointItems} onDone={async () => { setEditing(undefined); await refresh(); }} />
      )}
      {answer.isLoading ? (
        <Loading what="联合抽查计划" />
      ) : (
        <DataTable
          label="联合抽查计划"
          rowKey="id"
          dataSource={entries}
          pagination={false}
          scroll={{ x: 1500 }}
          locale={{ emptyText: <Nothing>{year} 年尚无报送的联合抽查计划</Nothing> }}
          columns={[
            { title: "名称", dataIndex: "name", width: 180 },
            {
              title: "状态",
              width: 200,
              render: (_, e) => (
                <Space orientation="vertical" size={2}>
                  <span>
                    <Tag color={STATUS[e.status]?.color}>{STATUS[e.status]?.label ?? e.status}</Tag>
                    {e.submittedLate && <Tag color={TAG.warn}>逾期报送</Tag>}
                    {e.carriedOut && <Tag color={TAG.ok}>已实施</Tag>}
                  </span>
                  {e.status === "RETURNED" && e.reviewNote && <Typography.Text type="danger">退回理由：{e.reviewNote}</Typography.Text>}
                </Space>
              ),
            },
            { title: "牵头部门", dataIndex: "lead", width: 120, render: (c: string) => names[c] ?? c },
            { title: "配合部门", width: 160, render: (_, e) => e.departments.slice(1).map((c) => names[c] ?? c).join("、") },
            { title: "抽查事项", dataIndex: "items", width: 260 },
            { title: "范围", dataIndex: "scope", width: 160 },
            { title: "时间", width: 190, render: (_, e) => `${calendarDate(e.periodStart)} 至 ${calendarDate(e.periodEnd)}` },
            { title: "计划户数", dataIndex: "plannedTargets", width: 90, render: (n: number | null) => n ?? "—" },
            {
              title: "操作",
              width: 170,
              fixed: "right",
              render: (_, e) => (
                <Space size={4} wrap>
                  {office && e.status === "SUBMITTED" && (
                    <>
                      <Button size="small" type="primary" autoInsertSpace={false} loading={review.isPending} onClick={() => review.mutate({ id: e.id, accept: true })} aria-label={`采纳：${e.name}`}>采纳</Button>
                      <Button size="small" autoInsertSpace={false} onClick={() => setReturning(e)} aria-label={`退回：${e.name}`}>退回</Button>
                    </>
                  )}
                  {own === e.lead && e.status !== "ACCEPTED" && <Button size="small" autoInsertSpace={false} onClick={() => setEditing(e)} aria-label={`修改：${e.name}`}>修改</Button>}
                </Space>
              ),
            },
          ]}
        />
      )}
      {d && <JointItemsCard items={d.jointItems} departments={d.departments} editable={office} />}
      {returning && <ReturnDialog entry={returning} pending={review.isPending} error={review.error} onCancel={() => setReturning(undefined)} onReturn={(note) => review.mutate({ id: returning.id, accept: false, note })} />}
    </Space>
  );
}

function ReturnDialog({ entry, pending, error, onCancel, onReturn }: { entry: Entry; pending: boolean; error: unknown; onCancel: () => void; onReturn: (note: string) => void }) {
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal open title={`退回“${entry.name}”`} okText="退回" cancelText="取消" onCancel={onCancel} onOk={() => form.submit()} confirmLoading={pending}>
      <Form form={form} layout="vertical" onFinish={(v) => onReturn(v.note.trim())}>
        <Form.Item name="note" label="退回理由（牵头部门据此修改后重新报送）" rules={[{ required: true, whitespace: true, message: "退回须写明理由" }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      {Boolean(error) && <Alert type="error" showIcon role="alert" title={sentenceOf(error)} />}
    </Modal>
  );
}

interface EntryFields {
  name: string;
  partners: string[];
  jointItemCode?: string;
  items: string;
  scope: string;
  period: [Dayjs, Dayjs];
  plannedTargets?: number | null;
}

function EntryEditor({ year, lead, entry, departments, jointItems, onDone }: {
  year: number;
  lead: string;
  entry?: Entry;
  departments: { code: string; name: string }[];
  jointItems: { code: string; name: string; departments: string[] }[];
  onDone: () => void;
}) {
  const [form] = Form.useForm<EntryFields>();
  const save = useMutation({
    mutationFn: async (v: EntryFields): Promise<unknown> => {
      const input = {
        year, lead, partners: v.partners, jointItemCode: v.jointItemCode ?? null, name: v.name.trim(), items: v.items.trim(), scope: v.scope.trim(),
        periodStart: v.period[0].format("YYYY-MM-DD"), periodEnd: v.period[1].format("YYYY-MM-DD"), plannedTargets: v.plannedTargets ?? null,
      };
      return entry ? request(UpdateJointPlanEntry, { id: entry.id, input }) : request(SubmitJointPlanEntry, { input });
    },
    onSuccess: onDone,
  });
  const initial: Partial<EntryFields> = entry
    ? { name: entry.name, partners: entry.departments.slice(1), jointItemCode: entry.jointItemCode ?? undefined, items: entry.items, scope: entry.scope, period: [dayjs(entry.periodStart), dayjs(entry.periodEnd)], plannedTargets: entry.plannedTargets }
    : { partners: [] };
  return (
    <Card title={entry ? `修改“${entry.name}”（修改后重新报送）` : `报送 ${year} 年联合抽查计划`} extra={<Button type="text" onClick={onDone}>取消</Button>}>
      <Form form={form} layout="vertical" style={{ maxWidth: 760 }} initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: "请填写名称" }]}>
          <Input maxLength={200} placeholder="例如：物流企业联合抽查" />
        </Form.Item>
        <Form.Item name="partners" label="配合部门（1 至 4 个）" rules={[{ validator: (_, v: string[]) => (v?.length >= 1 && v.length <= 4 ? Promise.resolve() : Promise.reject(new Error("请选择 1 至 4 个配合部门"))) }]}>
          <Select mode="multiple" options={departments.filter((x) => x.code !== lead).map((x) => ({ value: x.code, label: x.name }))} placeholder="选择配合部门" />
        </Form.Item>
        <Form.Item name="jointItemCode" label="跨部门联合抽查事项（可选，一业一查）">
          <Select allowClear options={jointItems.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))} placeholder="从联合抽查事项清单中选择" />
        </Form.Item>
        <Form.Item name="items" label="抽查事项（各部门的检查内容）" rules={[{ required: true, whitespace: true, message: "请填写抽查事项" }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="scope" label="抽查范围" rules={[{ required: true, whitespace: true, message: "请填写抽查范围" }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount placeholder="例如：光明区道路货运企业" />
        </Form.Item>
        <Form.Item name="period" label={`时间安排（${year} 年内）`} rules={[{ required: true, message: "请选择时间安排" }]}>
          <DatePicker.RangePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="plannedTargets" label="计划抽查户数（可选）">
          <InputNumber min={1} max={100000} precision={0} />
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={sentenceOf(save.error)} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {entry ? "保存并重新报送" : "报送"}
        </Button>
      </Form>
    </Card>
  );
}
