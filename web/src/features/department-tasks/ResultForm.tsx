/** 录入检查结果: the items' check forms, category, findings, date, signers chosen from the task's team, evidence whose SHA-256 the browser computes (the files stay with the department). */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { EvidencePicker, type EvidenceRef } from "../../shared/EvidencePicker";
import { RecordResult } from "./api";
import { useTeam } from "../../shared/team";
import { refreshTask } from "./refresh";
import { answersOf, CheckFormAnswers, partlyAnswered, type AnswerFields, type ItemForm } from "../../shared/check-forms";

/** What the form needs of a task. */
export interface TaskForResult {
  id: string;
  uscc: string;
  inspectors: string[];
  target: { name?: string | null };
  itemCodes: string[];
}

interface ResultFields {
  categoryCode: string;
  findings: string;
  inspectionDate: Dayjs;
  signers: string[];
  answers?: AnswerFields;
}

/** A task's result: category, findings, date, signers from its team, evidence hashed here. */
export default function ResultForm({ department, task, categories, items, onDone }: { department: string; task: TaskForResult; categories: { code: string; name: string }[]; items: readonly ItemForm[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResultFields>();
  const [evidence, setEvidence] = useState<EvidenceRef[]>([]);
  const [hashing, setHashing] = useState(0);
  const team = useTeam(department, task.inspectors);
  // the task's items that have a check form
  const withForms = items.filter((i) => task.itemCodes.includes(i.code) && i.checkForm);
  const save = useMutation({
    mutationFn: (v: ResultFields) =>
      request(forDepartment(RecordResult, department), {
        taskId: task.id,
        input: {
          categoryCode: v.categoryCode,
          findings: v.findings.trim(),
          inspectionDate: v.inspectionDate.format("YYYY-MM-DD"),
          signers: (team.data ?? []).filter((m) => v.signers.includes(m.certificateNumber)),
          evidence,
          checkAnswers: answersOf(withForms, v.answers),
        },
      }),
    onSuccess: async () => {
      await refreshTask(queryClient, department, task.id);
      onDone();
    },
  });
  return (
    <Card title={`录入任务 ${task.id} 的检查结果：${task.target.name ?? task.uscc}`} extra={<Button type="text" onClick={onDone}>取消</Button>}>
      <Form form={form} layout="vertical" style={{ maxWidth: 900 }} initialValues={{ inspectionDate: dayjs(), signers: task.inspectors }} onFinish={(v) => save.mutate(v)}>
        {withForms.length > 0 && <CheckFormAnswers department={department} items={withForms} onAdopt={(categoryCode) => form.setFieldsValue({ categoryCode })} />}
        <Form.Item
          name="categoryCode"
          dependencies={["answers"]} label="检查结果"
          rules={[
            { required: true, message: "请选择检查结果" },
            // a form is answered whole or not at all: say which before the hub refuses it
            { validator: () => { const partly = partlyAnswered(withForms, form.getFieldValue("answers")); return partly.length ? Promise.reject(new Error(`检查表须逐项填写：${partly.join("、")}`)) : Promise.resolve(); } },
          ]}
        >
          <Select options={categories.map((c) => ({ value: c.code, label: c.name }))} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="findings" label="检查情况" rules={[{ required: true, whitespace: true, message: "请填写检查情况" }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="inspectionDate" label="检查日期" rules={[{ required: true, message: "请选择检查日期" }]}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="signers" label="签名的检查人员（至少两人，须为本任务检查组成员）" rules={[{ validator: (_, v: string[]) => (v?.length >= 2 ? Promise.resolve() : Promise.reject(new Error("至少须两名检查人员签名"))) }]}>
          <Checkbox.Group options={(team.data ?? task.inspectors.map((c) => ({ certificateNumber: c, name: c }))).map((m) => ({ value: m.certificateNumber, label: `${m.name}（${m.certificateNumber}）` }))} />
        </Form.Item>
        <Form.Item label="证据（文件留在本部门，平台只记录其 SHA-256）">
          <EvidencePicker value={evidence} onChange={setEvidence} onHashing={setHashing} />
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={sentenceOf(save.error)} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={hashing > 0}>
          保存结果
        </Button>
      </Form>
    </Card>
  );
}
