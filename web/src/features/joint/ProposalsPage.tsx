/**
 * 第二轮融合: the proposals — departments that drew the same targets, one window, the fewest visits —
 * and their launch as a joint inspection in one step, prefilled from the proposal.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { DataTable } from "../../shared/DataTable";
import { calendarDate, chinaYear } from "../../shared/dates";
import { ApiError } from "../../shared/errors";
import { request } from "../../shared/graphql";
import { ErrorNotice, Nothing, Warnings } from "../../shared/ui";
import { currentSession } from "../../shared/session";
import { AcceptedPlanEntriesQuery, LaunchMutation, ProposalsQuery } from "./api";
import { useDepartmentNames } from "../../shared/departments";

interface Proposal {
  key: string;
  departments: string[];
  windowStart: string;
  windowEnd: string;
  targetCount: number;
}

/** Messages and dialogs need Ant Design's App context: only this page pays for it. */
export default function ProposalsPageWithApp() {
  return (
    <App>
      <ProposalsPage />
    </App>
  );
}

function ProposalsPage() {
  const year = chinaYear();
  const proposals = useQuery({ queryKey: ["proposals", year], queryFn: () => request(ProposalsQuery, { year }) });
  const names = useDepartmentNames(proposals.data?.data.departments);
  const [launching, setLaunching] = useState<Proposal | null>(null);
  const rows = proposals.data?.data.jointInspectionProposals ?? [];
  // a department sees the proposals it is in, and launches them as their lead
  const own = currentSession()?.department ?? undefined;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {own ? "本部门参与的" : ""}联合抽查建议（{year} 年）
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        两个以上部门抽中同一检查对象、检查时段重叠时，系统建议合并为一次联合抽查（最多 5 个部门、10 名检查人员），做到“进一次门、查多项事”。
      </Typography.Paragraph>
      {proposals.error && <ErrorNotice error={proposals.error} />}
      <Warnings warnings={proposals.data?.warnings} />
      <DataTable
        label="联合抽查建议"
        rowKey="key"
        loading={proposals.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条建议` }}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Nothing>暂无联合抽查建议：各部门抽中的检查对象目前没有重叠</Nothing> }}
        columns={[
          { title: "参与部门", dataIndex: "departments", render: (ds: string[]) => <Space wrap>{ds.map((d) => <Tag key={d}>{names[d] ?? d}</Tag>)}</Space> },
          { title: "检查时段", render: (_, p) => `${calendarDate(p.windowStart)} — ${calendarDate(p.windowEnd)}` },
          { title: "检查对象", dataIndex: "targetCount", render: (n: number) => `${n} 户` },
          // the page's action stays on screen when a tablet scrolls the table sideways
          { title: "操作", fixed: "right", width: 150, render: (_, p) => <Button type="primary" onClick={() => setLaunching(p)}>发起联合抽查</Button> },
        ]}
      />
      {launching && <LaunchDialog proposal={launching} names={names} own={own} onClose={() => setLaunching(null)} />}
    </Space>
  );
}

function LaunchDialog({ proposal, names, own, onClose }: { proposal: Proposal; names: Record<string, string>; own?: string; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ lead: string; planText: string; planEntryId?: string }>();
  // 年度联合抽查计划: the accepted entries this launch may carry out (same lead, every department in it)
  const entries = useQuery({ queryKey: ["acceptedPlanEntries", proposal.windowStart.slice(0, 4)], queryFn: () => request(AcceptedPlanEntriesQuery, { year: Number(proposal.windowStart.slice(0, 4)) }) });
  const lead = Form.useWatch("lead", form) as string | undefined;
  const fitting = (entries.data?.data.jointPlanEntries ?? []).filter((e) => e.lead === lead && proposal.departments.every((d) => e.departments.includes(d)));
  const launch = useMutation({
    mutationFn: (v: { lead: string; planText: string; planEntryId?: string }) => request(LaunchMutation, { proposalKey: proposal.key, ...v, planEntryId: v.planEntryId ?? null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["proposals"] });
      await queryClient.invalidateQueries({ queryKey: ["jointBoard"] });
      message.success("已发起联合抽查，等待各部门答复");
      onClose();
      navigate("/office/joint");
    },
  });
  const departmentList = proposal.departments.map((d) => names[d] ?? d).join("、");
  return (
    <Modal open title="发起联合抽查" okText="发起" cancelText="取消" onCancel={onClose} onOk={() => form.submit()} confirmLoading={launch.isPending}>
      <Typography.Paragraph>
        {departmentList}，{calendarDate(proposal.windowStart)} — {calendarDate(proposal.windowEnd)}，{proposal.targetCount} 户检查对象。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ lead: own ?? proposal.departments[0], planText: `${departmentList}联合抽查工作方案：对 ${proposal.targetCount} 户检查对象开展联合检查，于 ${calendarDate(proposal.windowStart)} 至 ${calendarDate(proposal.windowEnd)} 期间进行。` }}
        onFinish={(v) => launch.mutate(v)}
      >
        <Form.Item name="lead" label="牵头部门" extra={own ? "部门发起的联合抽查由本部门牵头。" : undefined} rules={[{ required: true, message: "请选择牵头部门" }]}>
          <Select disabled={Boolean(own)} options={proposal.departments.map((d) => ({ value: d, label: names[d] ?? d }))} />
        </Form.Item>
        <Form.Item name="planText" label="工作方案" rules={[{ required: true, message: "请填写工作方案" }, { max: 5000, message: "工作方案最多 5000 字" }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="planEntryId" label="对应的年度联合抽查计划（可选）" extra={fitting.length === 0 ? "本年度计划中没有由该部门牵头、包含这些部门的条目。" : undefined}>
          <Select allowClear disabled={fitting.length === 0} options={fitting.map((e) => ({ value: e.id, label: e.name }))} placeholder="选择计划条目" />
        </Form.Item>
      </Form>
      {launch.error && <ErrorNotice error={launch.error instanceof ApiError ? launch.error : new ApiError("UNKNOWN", "发起失败，请稍后重试。")} />}
    </Modal>
  );
}
