/**
 * 一公开: anyone searches published results by company name or USCC; `/public?q=…` is a link to share.
 * No sign-in; the feed masks what is personal.
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Input, Space, Tag, Typography } from "antd";
import { useSearchParams } from "react-router";
import { calendarDate } from "../../shared/dates";
import { request } from "../../shared/graphql";
import { FIELD, NATIVE, PlainTable, TD } from "../../shared/plain";
import { ErrorNotice, LoadMore, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import { DepartmentsQuery, PublicResultsQuery } from "./api";


/** A USCC (or an ID number) is a code; anything else is part of a name. */
const looksLikeCode = (q: string) => /^[0-9A-Za-z]{15,18}$/.test(q.trim());

export default function PublicResultsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const department = params.get("department") ?? undefined;
  const categoryCode = params.get("category") ?? undefined;
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const departments = useQuery({ queryKey: ["departments"], queryFn: () => request(DepartmentsQuery) });
  const tooShort = q.length > 0 && !looksLikeCode(q) && [...q].length < 2;
  const results = useInfiniteQuery({
    queryKey: ["publicResults", q, department, categoryCode, from, to],
    enabled: !tooShort,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      request(PublicResultsQuery, {
        ...(q ? (looksLikeCode(q) ? { uscc: q } : { name: q }) : {}),
        department,
        categoryCode,
        from,
        to,
        after: pageParam,
      }),
    getNextPageParam: (last) => (last.data.publicResults.hasMore ? last.data.publicResults.endCursor : undefined),
  });
  const rows = results.data?.pages.flatMap((p) => p.data.publicResults.results) ?? [];
  const warnings = results.data?.pages.flatMap((p) => p.warnings);

  const search = (form: HTMLFormElement) => {
    const v = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const next = new URLSearchParams();
    if (v.q?.trim()) next.set("q", v.q.trim());
    if (v.department) next.set("department", v.department);
    if (v.category) next.set("category", v.category);
    if (v.from) next.set("from", v.from);
    if (v.to) next.set("to", v.to);
    setParams(next);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        抽查结果公示
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        查询各部门“双随机、一公开”抽查结果。可按企业名称或统一社会信用代码查询；复制地址栏即可分享查询结果。结果自公示之日起在公示期内标为“公示中”；各部门的抽查事项清单和抽查计划见“清单和计划”。
      </Typography.Paragraph>
      <Card>
        {/* Plain fields: the public page stays light (no date picker or select library to load). */}
        <form
          key={`${q}|${department}|${categoryCode}|${from}|${to}`}
          onSubmit={(e) => {
            e.preventDefault();
            search(e.currentTarget);
          }}
          style={{ display: "flex", flexWrap: "wrap", gap: 12, alignItems: "end" }}
        >
          <label style={FIELD}>
            企业名称或统一社会信用代码
            <Input name="q" defaultValue={q} allowClear placeholder="如：科技有限公司 或 18 位代码" style={{ width: 280 }} maxLength={50} aria-label="企业名称或统一社会信用代码" />
          </label>
          <label style={FIELD}>
            部门
            <select name="department" defaultValue={department ?? ""} style={NATIVE} aria-label="部门">
              <option value="">全部部门</option>
              {departments.data?.data.departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label style={FIELD}>
            检查结果
            <select name="category" defaultValue={categoryCode ?? ""} style={NATIVE} aria-label="检查结果">
              <option value="">全部结果</option>
              {departments.data?.data.resultCategories.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label style={FIELD}>
            检查日期从
            <input type="date" name="from" defaultValue={from} style={NATIVE} aria-label="检查日期从" />
          </label>
          <label style={FIELD}>
            至
            <input type="date" name="to" defaultValue={to} style={NATIVE} aria-label="检查日期至" />
          </label>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </form>
      </Card>
      {tooShort && <Alert type="info" showIcon title="按名称查询时，请至少输入 2 个字。" />}
      {results.error && <ErrorNotice error={results.error} />}
      {departments.error && <ErrorNotice error={departments.error} />}
      <Warnings warnings={warnings} />
      <PlainTable
        label="抽查结果列表"
        headers={["企业名称", "统一社会信用代码", "检查部门", "检查结果", "检查日期", "公示日期", "公示期"]}
        minWidth={900}
        footer={
          <>
            {results.isLoading && <Loading what="抽查结果" />}
            {!results.isLoading && rows.length === 0 && !tooShort && (
              <div style={{ padding: 24 }}>
                <Nothing>{q ? `没有找到“${q}”的已公示抽查结果` : "暂无已公示的抽查结果"}</Nothing>
              </div>
            )}
          </>
        }
      >
        {rows.map((r) => (
          <tr key={`${r.department}|${r.uscc}|${r.publishedOn}|${r.inspectionDate}|${r.categoryCode}`}>
            <td style={TD}>{r.targetName ?? "—"}</td>
            <td style={TD}>{r.uscc}</td>
            <td style={TD}>
              {r.departmentName}
              {r.jointInspection && (
                <div>
                  <Tag color={TAG.info}>联合抽查</Tag>
                  <Typography.Text type="secondary">牵头：{r.jointInspection.leadName}；参加：{r.jointInspection.departmentNames.join("、")}</Typography.Text>
                </div>
              )}
            </td>
            <td style={TD}>{r.categoryName}</td>
            <td style={TD}>{calendarDate(r.inspectionDate)}</td>
            <td style={TD}>{calendarDate(r.publishedOn)}</td>
            <td style={TD}>{r.inNoticePeriod ? <Tag color={TAG.info}>公示中（至 {calendarDate(r.noticeEndsOn)}）</Tag> : <Tag>已结束</Tag>}</td>
          </tr>
        ))}
      </PlainTable>
      <LoadMore pages={results} />
    </Space>
  );
}
