/**
 * 抽查计划 and 抽查事项: the department admin keeps the item list and writes the year's plans — a
 * draft edited freely, published once, then changed only by an adjustment with its reason, each
 * adjustment kept with what it changed. Officers read.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Segmented, Select, Space, Switch, Tag, Timeline, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import type { DepartmentPlansQuery as Answer, RiskLevel } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { chinaDateTime, chinaYear } from "../../shared/dates";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { INSPECTION_METHOD_NAMES, labelOptions, nameOf, planRatiosText, ratioText, RISK_NAMES, TARGET_KIND_NAMES } from "../../shared/labels";
import { currentSession } from "../../shared/session";
import { ErrorNotice, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import { AdjustPlan, CreatePlan, DepartmentPlansQuery, PublishPlan, UpdatePlan, UpsertItem } from "./api";
import { CheckFormEditor } from "./CheckFormEditor";

type Department = NonNullable<Answer["department"]>;
type Plan = Department["plans"][number];
const STATUS: Record<string, { label: string; color?: string }> = { DRAFT: { label: "草稿" }, PUBLISHED: { label: "已公布", color: TAG.ok } };
const FIELD_NAMES: Record<string, string> = { name: "名称", itemCodes: "抽查事项", periodStart: "开始日期", periodEnd: "结束日期", ratios: "抽查比例", cellRatios: "按风险等级细分的比例", frequency: "抽查频次", year: "年度" };

export default function PlansPage() {
  const session = currentSession();
  if (!session?.department) return <Nothing>请以部门账号登录后查看抽查计划。</Nothing>;
  return <Plans department={session.department} admin={session.role === "department_admin"} />;
}

function Plans({ department, admin }: { department: string; admin: boolean }) {
  const [year, setYear] = useState(chinaYear());
  const [editing, setEditing] = useState<{ plan?: Plan; adjust?: boolean }>();
  const [addingItem, setAddingItem] = useState(false);
  const [editingForm, setEditingForm] = useState<Department["items"][number]>();
  const queryClient = useQueryClient();
  const answer = useQuery({ queryKey: ["plans", department, year], queryFn: () => request(forDepartment(DepartmentPlansQuery, department), { year }) });
  const d = answer.data?.data.department;
  const publish = useMutation({
    mutationFn: (id: string) => request(forDepartment(PublishPlan, department), { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["plans", department] }),
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {d?.name ? `${d.name} ` : ""}抽查计划
        </Typography.Title>
        <Space wrap>
          <Segmented value={year} onChange={(v) => setYear(Number(v))} options={[chinaYear() - 1, chinaYear(), chinaYear() + 1].map((y) => ({ value: y, label: `${y} 年` }))} />
          {admin && <Button type="primary" onClick={() => setEditing({})} disabled={!d}>新建计划</Button>}
        </Space>
      </Space>
      {!admin && <Alert type="info" showIcon title="计划和事项清单由部门管理员编写和公布；执法人员可查看。" />}
      {answer.error && <ErrorNotice error={answer.error} />}
      <Warnings warnings={answer.data?.warnings} />
      {publish.error && <Alert type="error" showIcon role="alert" title={sentenceOf(publish.error)} />}
      {editing && d && <PlanEditor department={d} year={year} plan={editing.plan} adjust={Boolean(editing.adjust)} onDone={() => setEditing(undefined)} />}
      {answer.isLoading ? (
        <Loading what="抽查计划" />
      ) : (
        <DataTable
          label="抽查计划"
          rowKey="id"
          dataSource={d?.plans ?? []}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Nothing>{year} 年还没有抽查计划</Nothing> }}
          expandable={{
            rowExpandable: (p) => p.adjustments.length > 0,
            expandedRowRender: (p) => <Adjustments plan={p} />,
          }}
          columns={[
            { title: "计划名称", dataIndex: "name" },
            { title: "状态", dataIndex: "status", render: (s: string, p) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}{p.version > 1 ? `（第 ${p.version} 版）` : ""}</Tag> },
            { title: "抽查事项", dataIndex: "itemCodes", render: (cs: string[]) => cs.map((c) => d?.items.find((i) => i.code === c)?.name ?? c).join("、") },
            { title: "时间安排", render: (_, p) => `${p.periodStart} 至 ${p.periodEnd}` },
            { title: "抽查比例", render: (_, p) => planRatiosText(p) },
            { title: "公布时间", dataIndex: "publishedAt", render: chinaDateTime },
            {
              title: "操作",
              fixed: "right",
              width: 170,
              render: (_, p) =>
                !admin ? (
                  "—"
                ) : p.status === "DRAFT" ? (
                  <Space>
                    <Button size="small" onClick={() => setEditing({ plan: p })}>编辑</Button>
                    <Popconfirm title="公布后只能通过“调整”修改，并须写明理由。确认公布？" okText="公布" cancelText="取消" onConfirm={() => publish.mutate(p.id)}>
                      <Button size="small" type="primary" loading={publish.isPending && publish.variables === p.id}>公布</Button>
                    </Popconfirm>
                  </Space>
                ) : (
                  <Button size="small" onClick={() => setEditing({ plan: p, adjust: true })}>调整</Button>
                ),
            },
          ]}
        />
      )}
      <Card title="抽查事项清单" extra={admin && <Button onClick={() => setAddingItem(true)} disabled={!d}>新增事项</Button>}>
        <DataTable
          label="抽查事项清单"
          rowKey="code"
          size="small"
          dataSource={d?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Nothing>还没有抽查事项</Nothing> }}
          columns={[
            { title: "事项编码", dataIndex: "code", width: 120 },
            { title: "抽查事项", dataIndex: "name" },
            { title: "检查依据", dataIndex: "legalBasis" },
            { title: "检查对象", dataIndex: "targetKind", render: (k: string) => nameOf(TARGET_KIND_NAMES, k) },
            { title: "检查方式", dataIndex: "method", render: (m: string) => nameOf(INSPECTION_METHOD_NAMES, m) },
            { title: "默认比例", dataIndex: "defaultRatio", render: ratioText },
            { title: "重点领域", dataIndex: "keyArea", render: (k: boolean) => (k ? "是" : "否") },
            {
              title: "检查表",
              width: 170,
              render: (_, item) => (
                <Space size={4} wrap>
                  <span>{item.checkForm ? `第 ${item.checkForm.version} 版，${item.checkForm.points.length} 项` : "未制定"}</span>
                  {admin && <Button size="small" onClick={() => setEditingForm(item)} aria-label={`编辑检查表（${item.code}）`}>编辑检查表</Button>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {addingItem && d && <ItemEditor department={department} onDone={() => setAddingItem(false)} />}
      {editingForm && <CheckFormEditor department={department} item={editingForm} onDone={() => setEditingForm(undefined)} />}
    </Space>
  );
}

interface PlanForm {
  name: string;
  itemCodes: string[];
  period: [Dayjs, Dayjs];
  frequency: number;
  ratios: Record<string, number>;
  /** Percent per "RISK|CLASS" cell; empty = the class's ratio. */
  cells?: Record<string, number | null>;
  reason?: string;
}

const percent = (ratio: number) => Number((ratio * 100).toFixed(4));

/** A plan's form: new, a draft's edit, or a published plan's adjustment (with its reason). */
function PlanEditor({ department, year, plan, adjust, onDone }: { department: Department; year: number; plan?: Plan; adjust: boolean; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanForm>();
  const key = useMemo(() => crypto.randomUUID?.() ?? String(Math.random()).slice(2), []);
  const initial: Partial<PlanForm> = plan
    ? {
        name: plan.name, itemCodes: plan.itemCodes, period: [dayjs(plan.periodStart), dayjs(plan.periodEnd)], frequency: plan.frequency,
        ratios: Object.fromEntries(plan.ratios.map((r) => [r.creditClass, percent(r.ratio)])),
        cells: Object.fromEntries(plan.cellRatios.map((c) => [`${c.riskLevel}|${c.creditClass}`, percent(c.ratio)])),
      }
    : { frequency: 1, ratios: Object.fromEntries(department.creditClasses.map((c) => [c, percent(department.ratioMin)])) };
  const [showCells, setShowCells] = useState((plan?.cellRatios.length ?? 0) > 0);
  // 抽查比例上下限: the department's bounds, in percent as the form shows them
  const [min, max] = [department.ratioMin * 100, department.ratioMax * 100];
  const bounded = min > 0 || max < 100;
  const boundsText = `${Number(min.toFixed(4))}%–${Number(max.toFixed(4))}%`;
  const save = useMutation({
    mutationFn: async (v: PlanForm) => {
      const input = {
        year: plan?.year ?? year,
        name: v.name.trim(),
        itemCodes: v.itemCodes,
        periodStart: v.period[0].format("YYYY-MM-DD"),
        periodEnd: v.period[1].format("YYYY-MM-DD"),
        frequency: v.frequency,
        ratios: department.creditClasses.map((c) => ({ creditClass: c, ratio: Number(((v.ratios[c] ?? 0) / 100).toFixed(6)) })),
        cellRatios: Object.entries(v.cells ?? {})
          .filter((e): e is [string, number] => typeof e[1] === "number")
          .map(([cell, p]) => ({ riskLevel: cell.split("|")[0] as RiskLevel, creditClass: cell.split("|")[1]!, ratio: Number((p / 100).toFixed(6)) })),
      };
      if (!plan) return request(forDepartment(CreatePlan, department.code), { input, key });
      if (adjust) return request(forDepartment(AdjustPlan, department.code), { id: plan.id, input, reason: v.reason!.trim() });
      return request(forDepartment(UpdatePlan, department.code), { id: plan.id, input });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["plans", department.code] });
      onDone();
    },
  });
  const title = !plan ? `新建 ${year} 年抽查计划` : adjust ? `调整“${plan.name}”` : `编辑“${plan.name}”`;
  return (
    <Card title={title} extra={<Button type="text" onClick={onDone}>取消</Button>}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} style={{ maxWidth: 760 }}>
        <Form.Item name="name" label="计划名称" rules={[{ required: true, whitespace: true, message: "请填写计划名称" }]}>
          <Input placeholder={`例如：${year} 年度双随机抽查计划`} />
        </Form.Item>
        <Form.Item name="itemCodes" label="抽查事项" rules={[{ required: true, message: "请至少选择一个抽查事项" }]}>
          <Select mode="multiple" options={department.items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))} placeholder="从本部门的抽查事项清单中选择" />
        </Form.Item>
        <Form.Item name="period" label="时间安排（检查开始至结束）" rules={[{ required: true, message: "请选择时间安排" }]}>
          <DatePicker.RangePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="frequency" label="抽查频次（同一对象本年度最多被抽中的次数）" rules={[{ required: true, message: "请填写抽查频次" }]}>
          <InputNumber min={1} max={12} precision={0} />
        </Form.Item>
        <Typography.Text>抽查比例（按信用风险分类，%{bounded ? `；本部门须在 ${boundsText} 之间` : ""}）</Typography.Text>
        <Space wrap style={{ margin: "8px 0 16px" }}>
          {department.creditClasses.map((c) => (
            <Form.Item
              key={c}
              name={["ratios", c]}
              label={`${c} 类`}
              rules={[
                { required: true, message: "请填写比例" },
                { validator: (_, v: number | null) => (v == null || (v >= min && v <= max) ? Promise.resolve() : Promise.reject(new Error(`须在 ${boundsText} 之间`))) },
              ]}
              style={{ margin: 0 }}
            >
              <InputNumber min={0} max={100} step={0.5} suffix="%" style={{ width: 140 }} />
            </Form.Item>
          ))}
        </Space>
        {/* 分级分类: a ratio of its own for a risk level within a credit class */}
        <div style={{ marginBottom: 16 }}>
          <Button type="link" style={{ padding: 0 }} onClick={() => setShowCells(!showCells)} aria-expanded={showCells}>
            {showCells ? "收起按风险等级细分的比例" : "按风险等级细分比例（可选）"}
          </Button>
          {showCells && (
            <table style={{ borderCollapse: "collapse", marginTop: 8 }}>
              <caption style={{ textAlign: "left", captionSide: "top", paddingBottom: 4 }}>
                <Typography.Text type="secondary">留空的格子按该信用类别的比例抽取</Typography.Text>
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ padding: 4 }}>风险等级</th>
                  {department.creditClasses.map((c) => <th key={c} scope="col" style={{ padding: 4 }}>{c} 类</th>)}
                </tr>
              </thead>
              <tbody>
                {(["HIGH", "MEDIUM", "LOW"] as const).map((risk) => (
                  <tr key={risk}>
                    <th scope="row" style={{ padding: 4, fontWeight: "normal" }}>{RISK_NAMES[risk]}风险</th>
                    {department.creditClasses.map((c) => (
                      <td key={c} style={{ padding: 4 }}>
                        <Form.Item
                          name={["cells", `${risk}|${c}`]}
                          rules={[{ validator: (_, v: number | null) => (v == null || (v >= min && v <= max) ? Promise.resolve() : Promise.reject(new Error(`须在 ${boundsText} 之间`))) }]}
                          style={{ margin: 0 }}
                        >
                          <InputNumber aria-label={`${RISK_NAMES[risk]}风险 ${c} 类比例`} min={0} max={100} step={0.5} suffix="%" placeholder="同类别" style={{ width: 120 }} />
                        </Form.Item>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {adjust && (
          <Form.Item name="reason" label="调整理由（将与调整内容一起留痕）" rules={[{ required: true, whitespace: true, message: "调整已公布的计划须写明理由" }]}>
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        )}
        {save.error && <Alert type="error" showIcon role="alert" title={sentenceOf(save.error)} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {!plan ? "保存为草稿" : adjust ? "保存调整" : "保存"}
        </Button>
      </Form>
    </Card>
  );
}

/** A published plan's adjustments, newest first: who, when, why, and what changed. */
function Adjustments({ plan }: { plan: Plan }) {
  const changed = (before: Record<string, unknown>, after: Record<string, unknown>) =>
    Object.keys({ ...before, ...after })
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && FIELD_NAMES[k])
      .map((k) => FIELD_NAMES[k])
      .join("、");
  return (
    <Timeline
      items={[...plan.adjustments].reverse().map((a) => ({
        children: (
          <span>
            {chinaDateTime(a.adjustedAt)}，{a.adjustedBy}：{a.reason}
            <Typography.Text type="secondary">（调整了：{changed(a.before, a.after) || "—"}）</Typography.Text>
          </span>
        ),
      }))}
    />
  );
}

interface ItemForm {
  code: string;
  name: string;
  legalBasis: string;
  targetKind: string;
  method: string;
  defaultRatio: number;
  frequency: number;
  keyArea: boolean;
  expertise: string[];
}

/** A new item of the list (随机抽查事项清单). */
function ItemEditor({ department, onDone }: { department: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ItemForm>();
  const save = useMutation({
    mutationFn: (v: ItemForm) =>
      request(forDepartment(UpsertItem, department), {
        input: { ...v, code: v.code.trim(), name: v.name.trim(), legalBasis: v.legalBasis.trim(), defaultRatio: Number((v.defaultRatio / 100).toFixed(6)), targetKind: v.targetKind as never, method: v.method as never },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["plans", department] });
      onDone();
    },
  });
  return (
    <Modal open title="新增抽查事项" okText="保存" cancelText="取消" onCancel={onDone} onOk={() => form.submit()} confirmLoading={save.isPending}>
      <Form form={form} layout="vertical" initialValues={{ targetKind: "ENTERPRISE", method: "ON_SITE", defaultRatio: 5, frequency: 1, keyArea: false, expertise: [] }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="code" label="事项编码" rules={[{ required: true, whitespace: true, message: "请填写事项编码" }]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label="抽查事项" rules={[{ required: true, whitespace: true, message: "请填写事项名称" }]}>
          <Input />
        </Form.Item>
        <Form.Item name="legalBasis" label="检查依据" rules={[{ required: true, whitespace: true, message: "请填写检查依据" }]}>
          <Input />
        </Form.Item>
        <Form.Item name="targetKind" label="检查对象">
          <Select options={labelOptions(TARGET_KIND_NAMES)} />
        </Form.Item>
        <Form.Item name="method" label="检查方式">
          <Select options={labelOptions(INSPECTION_METHOD_NAMES)} />
        </Form.Item>
        <Form.Item name="defaultRatio" label="默认抽查比例（%）">
          <InputNumber min={0} max={100} step={0.5} />
        </Form.Item>
        <Form.Item name="frequency" label="抽查频次">
          <InputNumber min={1} max={12} precision={0} />
        </Form.Item>
        <Form.Item name="keyArea" label="重点领域（全覆盖）" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="expertise" label="所需业务专长（抽取检查人员时匹配）">
          <Select mode="tags" placeholder="输入后回车" />
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={sentenceOf(save.error)} />}
      </Form>
    </Modal>
  );
}
