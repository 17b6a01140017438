/**
 * 一张表格管检查: the task's items' check forms inside the result form — each point answered 符合 /
 * 不符合 / 不涉及 (不符合 with what was found); a form is answered whole or not at all. When the
 * answers are complete the hub's proposal for the result category is shown, to adopt or not.
 */
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Form, Input, Radio, Typography } from "antd";
import type { CheckAnswer, CheckAnswerInput } from "../../gql/graphql";
import { forDepartment, request } from "../../shared/graphql";
import { CHECK_ANSWER_NAMES } from "../../shared/labels";
import { PlainTable, TD } from "../../shared/plain";
import { ProposeCategoryQuery } from "./api";

export interface ItemForm {
  code: string;
  name: string;
  checkForm?: { version: number; points: { number: number; content: string; standard: string; legalBasis: string }[] } | null;
}

/** Form values: per "ITEM|number", the conclusion and its note. */
export type AnswerFields = Record<string, { answer?: CheckAnswer; note?: string } | undefined>;

const CONCLUSIONS = Object.entries(CHECK_ANSWER_NAMES).map(([value, label]) => ({ value: value as CheckAnswer, label }));

/** The answers to send: the forms answered (all of their points), nothing of a form left blank. */
export function answersOf(items: readonly ItemForm[], fields: AnswerFields | undefined): CheckAnswerInput[] {
  return items.flatMap((item) =>
    (item.checkForm?.points ?? []).flatMap((p) => {
      const a = fields?.[`${item.code}|${p.number}`];
      return a?.answer ? [{ itemCode: item.code, number: p.number, answer: a.answer, note: a.note?.trim() || null }] : [];
    }),
  );
}

/** Items whose form is answered in part: a form is answered whole or not at all. */
export function partlyAnswered(items: readonly ItemForm[], fields: AnswerFields | undefined): string[] {
  return items
    .filter((i) => {
      const n = i.checkForm?.points.filter((p) => fields?.[`${i.code}|${p.number}`]?.answer).length ?? 0;
      return n > 0 && n < (i.checkForm?.points.length ?? 0);
    })
    .map((i) => `${i.code} ${i.name}`);
}

export function CheckFormAnswers({ department, items, onAdopt }: { department: string; items: readonly ItemForm[]; onAdopt: (categoryCode: string) => void }) {
  const form = Form.useFormInstance();
  const fields = Form.useWatch("answers", form) as AnswerFields | undefined;
  const answers = answersOf(items, fields);
  const complete = answers.length > 0 && partlyAnswered(items, fields).length === 0;
  const proposal = useQuery({
    queryKey: ["proposeCategory", department, answers],
    enabled: complete,
    queryFn: () => request(forDepartment(ProposeCategoryQuery, department), { answers: answers.map((a) => ({ ...a, note: null })) }),
  });
  const suggested = complete ? proposal.data?.data.department?.proposeResultCategory : undefined;
  return (
    <>
      {items.map((item) => (
        <div key={item.code} style={{ marginBottom: 16 }}>
          <Typography.Text strong>
            检查表：{item.code} {item.name}（第 {item.checkForm!.version} 版）
          </Typography.Text>
          <PlainTable label={`${item.code} 检查表`} headers={["序号", "检查内容", "结论", "说明"]} minWidth={640}>
            {item.checkForm!.points.map((p) => {
              const key = `${item.code}|${p.number}`;
              const nonconforming = fields?.[key]?.answer === "NONCONFORMING";
              return (
                <tr key={key}>
                  <td style={TD}>{p.number}</td>
                  <td style={TD}>
                    {p.content}
                    {(p.standard || p.legalBasis) && (
                      <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                        {p.standard && `标准：${p.standard}`}
                        {p.standard && p.legalBasis && "；"}
                        {p.legalBasis && `依据：${p.legalBasis}`}
                      </Typography.Paragraph>
                    )}
                  </td>
                  <td style={TD}>
                    <Form.Item name={["answers", key, "answer"]} style={{ margin: 0 }}>
                      <Radio.Group aria-label={`第 ${p.number} 项结论`} options={CONCLUSIONS} optionType="button" size="small" />
                    </Form.Item>
                  </td>
                  <td style={TD}>
                    <Form.Item name={["answers", key, "note"]} style={{ margin: 0 }} rules={[{ required: nonconforming, whitespace: true, message: "不符合须写明情况" }]}>
                      <Input aria-label={`第 ${p.number} 项说明`} maxLength={1000} placeholder={nonconforming ? "写明发现的问题" : "（选填）"} />
                    </Form.Item>
                  </td>
                </tr>
              );
            })}
          </PlainTable>
        </div>
      ))}
      {suggested && (
        <Alert
          type="info"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={`按检查表建议的检查结果：${suggested.categoryName}（${suggested.reason}）`}
          action={<Button size="small" onClick={() => onAdopt(suggested.categoryCode)}>采用建议</Button>}
        />
      )}
    </>
  );
}
