/**
 * 一公开: anyone searches published results by company name or USCC; `/public?q=…` is a link to share.
 * No sign-in; the feed masks what is personal.
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useSearchParams } from "react-router";
import { calendarDate } from "../../shared/dates";
import { request } from "../../shared/graphql";
import { ErrorNotice, Nothing, TAG, Warnings } from "../../shared/ui";
import { DepartmentsQuery, PublicResultsQuery } from "./api";

/** A USCC (or an ID number) is a code; anything else is part of a name. */
const looksLikeCode = (q: string) => /^[0-9A-Za-z]{15,18}$/.test(q.trim());

export default function PublicResultsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const department = params.get("department") ?? undefined;
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const departments = useQuery({ queryKey: ["departments"], queryFn: () => request(DepartmentsQuery) });
  const tooShort = q.length > 0 && !looksLikeCode(q) && [...q].length < 2;
  const results = useInfiniteQuery({
    queryKey: ["publicResults", q, department, from, to],
    enabled: !tooShort,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      request(PublicResultsQuery, {
        ...(q ? (looksLikeCode(q) ? { uscc: q } : { name: q }) : {}),
        department,
        from,
        to,
        after: pageParam,
      }),
    getNextPageParam: (last) => (last.data.publicResults.hasMore ? last.data.publicResults.endCursor : undefined),
  });
  const rows = results.data?.pages.flatMap((p) => p.data.publicResults.results) ?? [];
  const warnings = results.data?.pages.flatMap((p) => p.warnings);

  const search = (v: { q?: string; department?: string; dates?: [Dayjs | null, Dayjs | null] | null }) => {
    const next = new URLSearchParams();
    if (v.q?.trim()) next.set("q", v.q.trim());
    if (v.department) next.set("department", v.department);
    if (v.dates?.[0]) next.set("from", v.dates[0].format("YYYY-MM-DD"));
    if (v.dates?.[1]) next.set("to", v.dates[1].format("YYYY-MM-DD"));
    setParams(next);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        抽查结果公示
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        查询各部门“双随机、一公开”抽查结果。可按企业名称或统一社会信用代码查询；复制地址栏即可分享查询结果。
      </Typography.Paragraph>
      <Card>
        <Form layout="inline" onFinish={search} initialValues={{ q, department }} style={{ rowGap: 12 }}>
          <Form.Item name="q" label="企业名称或统一社会信用代码">
            <Input allowClear placeholder="如：科技有限公司 或 18 位代码" style={{ width: 280 }} maxLength={50} aria-label="企业名称或统一社会信用代码" />
          </Form.Item>
          <Form.Item name="department" label="部门">
            <Select
              allowClear
              placeholder="全部部门"
              style={{ width: 180 }}
              loading={departments.isLoading}
              options={departments.data?.data.departments.map((d) => ({ value: d.code, label: d.name }))}
              aria-label="部门"
            />
          </Form.Item>
          <Form.Item name="dates" label="检查日期">
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {tooShort && <Alert type="info" showIcon title="按名称查询时，请至少输入 2 个字。" />}
      {results.error && <ErrorNotice error={results.error} />}
      {departments.error && <ErrorNotice error={departments.error} />}
      <Warnings warnings={warnings} />
      <Table
        rowKey={(r) => `${r.department}|${r.uscc}|${r.publishedOn}|${r.inspectionDate}|${r.categoryCode}`}
        loading={results.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Nothing>{q ? `没有找到“${q}”的已公示抽查结果` : "暂无已公示的抽查结果"}</Nothing> }}
        columns={[
          { title: "企业名称", dataIndex: "targetName", render: (v: string | null) => v ?? "—" },
          { title: "统一社会信用代码", dataIndex: "uscc" },
          { title: "检查部门", dataIndex: "departmentName" },
          { title: "检查结果", dataIndex: "categoryName" },
          { title: "检查日期", dataIndex: "inspectionDate", render: calendarDate },
          { title: "公示日期", dataIndex: "publishedOn", render: calendarDate },
          {
            title: "公示期",
            render: (_, r) => (r.inNoticePeriod ? <Tag color={TAG.info}>公示中（至 {calendarDate(r.noticeEndsOn)}）</Tag> : <Tag>已结束</Tag>),
          },
        ]}
      />
      {results.hasNextPage && (
        <Button onClick={() => results.fetchNextPage()} loading={results.isFetchingNextPage}>
          加载更多
        </Button>
      )}
    </Space>
  );
}
