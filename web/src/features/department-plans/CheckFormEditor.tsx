/**
 * 检查表 (抽查细则): an item's check form — numbered check points, each with its content, standard and
 * legal basis. Saving adds a version; results keep the version they answered.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Space, Typography } from "antd";
import type { CheckPointInput } from "../../gql/graphql";
import { chinaDateTime } from "../../shared/dates";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { SaveCheckForm } from "./api";

interface Item {
  code: string;
  name: string;
  checkForm?: { version: number; createdBy: string; createdAt: string; points: CheckPointInput[] } | null;
}

export function CheckFormEditor({ department, item, onDone }: { department: string; item: Item; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ points: CheckPointInput[] }>();
  const save = useMutation({
    mutationFn: (points: CheckPointInput[]) =>
      request(forDepartment(SaveCheckForm, department), { itemCode: item.code, points: points.map((p) => ({ content: p.content.trim(), standard: p.standard?.trim() ?? "", legalBasis: p.legalBasis?.trim() ?? "" })) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["plans", department] });
      onDone();
    },
  });
  const current = item.checkForm;
  const initial = current?.points.map((p) => ({ content: p.content, standard: p.standard, legalBasis: p.legalBasis })) ?? [{ content: "", standard: "", legalBasis: "" }];
  return (
    <Card title={`${item.code} ${item.name} 的检查表`} extra={<Button type="text" onClick={onDone}>取消</Button>}>
      <Typography.Paragraph type="secondary">
        {current ? `现行第 ${current.version} 版（${current.createdBy}，${chinaDateTime(current.createdAt)}）。` : "尚未制定检查表。"}
        保存后成为新的一版；已录入的检查结果仍按其填写时的版本保存。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ points: initial }} onFinish={(v) => save.mutate(v.points)}>
        <Form.List name="points" rules={[{ validator: (_, v: unknown[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error("检查表至少要有一个检查要点"))) }]}>
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <Card key={field.key} size="small" style={{ marginBottom: 8 }} title={`第 ${i + 1} 项`} extra={
                  <Space size={4}>
                    <Button size="small" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`上移此项（第 ${i + 1} 项）`}>上移此项</Button>
                    <Button size="small" danger onClick={() => remove(field.name)} aria-label={`删除此项（第 ${i + 1} 项）`}>删除此项</Button>
                  </Space>
                }>
                  <Form.Item name={[field.name, "content"]} label="检查内容" rules={[{ required: true, whitespace: true, message: "请填写检查内容" }]}>
                    <Input maxLength={500} />
                  </Form.Item>
                  <Form.Item name={[field.name, "standard"]} label="检查标准">
                    <Input.TextArea rows={1} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name={[field.name, "legalBasis"]} label="检查依据" style={{ marginBottom: 0 }}>
                    <Input.TextArea rows={1} maxLength={2000} />
                  </Form.Item>
                </Card>
              ))}
              <Form.ErrorList errors={errors} />
              <Button onClick={() => add({ content: "", standard: "", legalBasis: "" })} disabled={fields.length >= 200} style={{ marginBottom: 16 }}>
                添加检查要点
              </Button>
            </>
          )}
        </Form.List>
        {save.error && <Alert type="error" showIcon role="alert" title={sentenceOf(save.error)} style={{ marginBottom: 16 }} />}
        <div>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存为第 {(current?.version ?? 0) + 1} 版
          </Button>
        </div>
      </Form>
    </Card>
  );
}
