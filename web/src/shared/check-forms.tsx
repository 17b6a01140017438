/**
 * 一张表格管检查: items' check forms inside a result form (a task's result, a department's part of a
 * joint inspection's record) — each point answered 符合 / 不符合 / 不涉及 (不符合 with what was found);
 * a form is answered whole or not at all. When the answers are complete the hub's proposal for the
 * result category is shown, to adopt or not.
 */
import { useQueries, useQuery } from "@tanstack/react-query";
import { Alert, Button, Form, Input, Radio, Tag, Typography } from "antd";
import { graphql } from "../gql";
import type { CheckAnswer, CheckAnswerInput } from "../gql/graphql";
import { forDepartment, request } from "./graphql";
import { CHECK_ANSWER_NAMES, nameOf } from "./labels";
import { PlainTable, TD } from "./plain";
import { TAG } from "./ui";

/** An item with its current check form. */
export const ItemCheckFormFields = graphql(`
  fragment ItemCheckForm on InspectionItem {
    code
    name
    checkForm {
      version
      points {
        number
        content
        standard
        legalBasis
      }
    }
  }
`);

/** An answer as a result or a joint record keeps it, for CheckAnswersTable. */
export const CheckAnswerFieldsFragment = graphql(`
  fragment CheckAnswerFields on CheckPointAnswer {
    itemCode
    formVersion
    number
    content
    answer
    note
  }
`);

const ProposeCategoryQuery = graphql(`
  query ProposeCategory($answers: [CheckAnswerInput!]!) {
    department {
      proposeResultCategory(answers: $answers) {
        categoryCode
        categoryName
        reason
      }
    }
  }
`);

const DepartmentFormsQuery = graphql(`
  query DepartmentForms {
    department {
      items {
        ...ItemCheckForm
      }
    }
  }
`);

/** Each department's items that have a check form (item lists are public), by department code. */
export function useItemsWithForms(departments: readonly string[]): Record<string, ItemForm[] | undefined> {
  const results = useQueries({
    queries: departments.map((department) => ({
      queryKey: ["itemsWithForms", department],
      queryFn: async () => ((await request(forDepartment(DepartmentFormsQuery, department))).data.department?.items ?? []).filter((i) => i.checkForm),
    })),
  });
  return Object.fromEntries(departments.map((d, i) => [d, results[i]?.data]));
}

export interface ItemForm {
  code: string;
  name: string;
  checkForm?: { version: number; points: { number: number; content: string; standard: string; legalBasis: string }[] } | null;
}

/** Form values (under the field path given, `answers` by default): per "ITEM|number", the conclusion and its note. */
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

export function CheckFormAnswers({ department, items, onAdopt, path = ["answers"] }: { department: string; items: readonly ItemForm[]; onAdopt: (categoryCode: string) => void; path?: string[] }) {
  const form = Form.useFormInstance();
  const fields = Form.useWatch(path, form) as AnswerFields | undefined;
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
                    <Form.Item name={[...path, key, "answer"]} style={{ margin: 0 }}>
                      <Radio.Group aria-label={`第 ${p.number} 项结论`} options={CONCLUSIONS} optionType="button" size="small" />
                    </Form.Item>
                  </td>
                  <td style={TD}>
                    <Form.Item name={[...path, key, "note"]} style={{ margin: 0 }} rules={[{ required: nonconforming, whitespace: true, message: "不符合须写明情况" }]}>
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

/** The answers a result (or a department's part of a joint record) kept, as the form read in the version answered. */
export function CheckAnswersTable({ answers, label = "检查表填写情况" }: { answers: readonly { itemCode: string; formVersion: number; number: number; content: string; answer: CheckAnswer; note: string }[]; label?: string }) {
  if (answers.length === 0) return null;
  return (
    <PlainTable label={label} headers={["检查表", "序号", "检查内容", "结论", "说明"]} minWidth={640}>
      {answers.map((a) => (
        <tr key={`${a.itemCode}|${a.number}`}>
          <td style={TD}>{a.itemCode}（第 {a.formVersion} 版）</td>
          <td style={TD}>{a.number}</td>
          <td style={TD}>{a.content}</td>
          <td style={TD}>{a.answer === "NONCONFORMING" ? <Tag color={TAG.bad}>不符合</Tag> : nameOf(CHECK_ANSWER_NAMES, a.answer)}</td>
          <td style={TD}>{a.note || "—"}</td>
        </tr>
      ))}
    </PlainTable>
  );
}
