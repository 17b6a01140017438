/** 跨部门联合抽查事项清单 (一业一查): the items departments inspect together, kept by the office; everyone reads it. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Select, Space } from "antd";
import { useState } from "react";
import type { JointPlanEntriesQuery as Answer } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { sentenceOf } from "../../shared/errors";
import { request } from "../../shared/graphql";
import { Nothing } from "../../shared/ui";
import { SaveJointItem } from "./api";

type Item = Answer["jointItems"][number];

interface ItemFields {
  code: string;
  name: string;
  lead: string;
  partners: string[];
  /** Item codes per department, as typed: separated by commas or 、. */
  items: Record<string, string>;
  scope?: string;
}

export function JointItemsCard({ items, departments, editable }: { items: Item[]; departments: { code: string; name: string }[]; editable: boolean }) {
  const names = Object.fromEntries(departments.map((d) => [d.code, d.name]));
  const [adding, setAdding] = useState(false);
  return (
    <Card title="跨部门联合抽查事项清单（一业一查）" extra={editable && <Button onClick={() => setAdding(true)}>新增联合抽查事项</Button>}>
      {adding && <ItemEditor departments={departments} onDone={() => setAdding(false)} />}
      <DataTable
        label="跨部门联合抽查事项清单"
        rowKey="code"
        size="small"
        dataSource={items}
        pagination={false}
        locale={{ emptyText: <Nothing>尚无跨部门联合抽查事项</Nothing> }}
        columns={[
          { title: "事项编码", dataIndex: "code", width: 120 },
          { title: "事项名称", dataIndex: "name" },
          { title: "牵头部门", dataIndex: "lead", width: 140, render: (c: string) => names[c] ?? c },
          { title: "各部门的抽查事项", render: (_, i) => i.departmentItems.map((d) => `${names[d.department] ?? d.department}：${d.itemCodes.join("、")}`).join("；") },
          { title: "适用范围", dataIndex: "scope", render: (s: string) => s || "—" },
        ]}
      />
    </Card>
  );
}

function ItemEditor({ departments, onDone }: { departments: { code: string; name: string }[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ItemFields>();
  const lead = Form.useWatch("lead", form) as string | undefined;
  const partners = (Form.useWatch("partners", form) as string[] | undefined) ?? [];
  const save = useMutation({
    mutationFn: (v: ItemFields) =>
      request(SaveJointItem, {
        input: {
          code: v.code.trim(), name: v.name.trim(), lead: v.lead, scope: v.scope?.trim() ?? "",
          departmentItems: [v.lead, ...v.partners.filter((p) => p !== v.lead)].map((department) => ({ department, itemCodes: (v.items?.[department] ?? "").split(/[,，、\s]+/).filter(Boolean) })),
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["jointPlanEntries"] });
      onDone();
    },
  });
  const name = (c: string) => departments.find((d) => d.code === c)?.name ?? c;
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 760, marginBottom: 16 }} initialValues={{ partners: [], items: {} }} onFinish={(v) => save.mutate(v)}>
      <Space wrap>
        <Form.Item name="code" label="事项编码" rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,40}$/, message: "1 至 40 位字母、数字、- 或 _" }]}>
          <Input style={{ width: 160 }} placeholder="例如 YYC-1" />
        </Form.Item>
        <Form.Item name="name" label="事项名称" rules={[{ required: true, whitespace: true, message: "请填写事项名称" }]}>
          <Input style={{ width: 360 }} maxLength={200} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="lead" label="牵头部门" rules={[{ required: true, message: "请选择牵头部门" }]}>
          <Select style={{ width: 200 }} options={departments.map((d) => ({ value: d.code, label: d.name }))} />
        </Form.Item>
        <Form.Item name="partners" label="参与部门" rules={[{ validator: (_, v: string[]) => (v?.length >= 1 && v.length <= 4 ? Promise.resolve() : Promise.reject(new Error("请选择 1 至 4 个参与部门"))) }]}>
          <Select mode="multiple" style={{ minWidth: 300 }} options={departments.filter((d) => d.code !== lead).map((d) => ({ value: d.code, label: d.name }))} />
        </Form.Item>
      </Space>
      {[lead, ...partners].filter((d): d is string => Boolean(d)).map((d) => (
        <Form.Item key={d} name={["items", d]} label={`${name(d)}的抽查事项编码（用逗号或顿号分隔）`} rules={[{ required: true, whitespace: true, message: "请列出该部门的抽查事项" }]}>
          <Input />
        </Form.Item>
      ))}
      <Form.Item name="scope" label="适用范围">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {save.error && <Alert type="error" showIcon role="alert" title={sentenceOf(save.error)} style={{ marginBottom: 16 }} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>保存事项</Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}
