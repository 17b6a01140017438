/**
 * 检查任务: the department's tasks, filtered and paged to the end, with the deadlines that need
 * attention above them; a result recorded against a task; results published in batches. A task's
 * own page has its team, 递补 and follow-up.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Input, List, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { DepartmentTasksQuery as Answer, TaskSource, TaskStatus } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { calendarDate } from "../../shared/dates";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { ALERT_KIND_NAMES, FOLLOW_UP_STATE_NAMES, labelOptions, nameOf, TASK_SOURCE_NAMES, TASK_STATUS_NAMES } from "../../shared/labels";
import { useUrlFilters } from "../../shared/params";
import { currentSession } from "../../shared/session";
import { ErrorNotice, LoadMore, Nothing, TAG, Warnings } from "../../shared/ui";
import { DepartmentTasksQuery, PublishResults, ResultAlertsQuery } from "./api";
import ResultForm from "./ResultForm";

type Task = NonNullable<Answer["department"]>["tasks"]["edges"][number]["node"];

export default function TasksPage() {
  const session = currentSession();
  if (!session?.department) return <Nothing>请以部门账号登录后查看检查任务。</Nothing>;
  // messages need Ant Design's App context: only this page pays for it
  return (
    <App>
      <Tasks department={session.department} />
    </App>
  );
}

function Tasks({ department }: { department: string }) {
  const [params, set] = useUrlFilters();
  const [recording, setRecording] = useState<Task>();
  const [selected, setSelected] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const status = (params.get("status") ?? undefined) as TaskStatus | undefined;
  const source = (params.get("source") ?? undefined) as TaskSource | undefined;
  const uscc = params.get("uscc")?.trim().toUpperCase() || undefined;
  const tasks = useInfiniteQuery({
    queryKey: ["tasks", department, status, source, uscc],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => request(forDepartment(DepartmentTasksQuery, department), { status, source, uscc, after: pageParam }),
    getNextPageParam: (last) => (last.data.department?.tasks.pageInfo.hasNextPage ? last.data.department.tasks.pageInfo.endCursor : undefined),
  });
  const first = tasks.data?.pages[0]?.data.department;
  const rows = tasks.data?.pages.flatMap((p) => p.data.department?.tasks.edges.map((e) => e.node) ?? []) ?? [];
  const publish = useMutation({
    mutationFn: (ids: string[]) => request(forDepartment(PublishResults, department), { taskIds: ids }),
    onSuccess: async (r) => {
      message.success(`已公示 ${r.data.department?.tasks.length ?? 0} 条抽查结果`);
      setSelected([]);
      await queryClient.invalidateQueries({ queryKey: ["tasks", department] });
    },
  });
  const publishable = (t: Task) => Boolean(t.result && !t.result.publishedAt);
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {first?.name ? `${first.name} ` : ""}检查任务
      </Typography.Title>
      <Space wrap>
        <Select aria-label="任务状态" allowClear placeholder="任务状态" style={{ minWidth: 140 }} value={status} onChange={(v) => set("status", v)} options={labelOptions(TASK_STATUS_NAMES)} />
        <Select aria-label="任务来源" allowClear placeholder="任务来源" style={{ minWidth: 140 }} value={source} onChange={(v) => set("source", v)} options={labelOptions(TASK_SOURCE_NAMES)} />
        <Input.Search aria-label="统一社会信用代码" placeholder="统一社会信用代码" defaultValue={uscc} allowClear enterButton="查询" style={{ width: 300 }} onSearch={(v) => set("uscc", v.trim() || undefined)} />
        {first && <Typography.Text>共 {first.tasks.totalCount} 项</Typography.Text>}
        <Button type="primary" disabled={selected.length === 0} loading={publish.isPending} onClick={() => publish.mutate(selected)}>
          公示所选结果{selected.length ? `（${selected.length}）` : ""}
        </Button>
      </Space>
      {publish.error && <Alert type="error" showIcon role="alert" title={sentenceOf(publish.error)} />}
      <Alerts department={department} />
      {tasks.error && <ErrorNotice error={tasks.error} />}
      <Warnings warnings={tasks.data?.pages.flatMap((p) => p.warnings)} />
      {recording && first && <ResultForm department={department} task={recording} categories={first.resultCategories} items={first.items} onDone={() => setRecording(undefined)} />}
      <DataTable
        label="检查任务"
        rowKey="id"
        loading={tasks.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1200 }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (t) => ({ disabled: !publishable(t), "aria-label": `选择任务 ${t.id}` }) }}
        locale={{ emptyText: <Nothing>没有符合条件的检查任务</Nothing> }}
        columns={[
          { title: "任务编号", dataIndex: "id", width: 90, render: (id: string) => <Link to={`/department/tasks/${id}`} title="任务详情">{id}</Link> },
          { title: "统一社会信用代码", dataIndex: "uscc", width: 190 },
          { title: "名称", render: (_, t) => t.target.name ?? "—" },
          { title: "来源", dataIndex: "source", render: (s: string) => nameOf(TASK_SOURCE_NAMES, s) },
          { title: "检查时段", render: (_, t) => `${calendarDate(t.dueStart)} — ${calendarDate(t.dueEnd)}` },
          { title: "检查人员（执法证号）", dataIndex: "inspectors", render: (xs: string[]) => xs.join("、") || "—" },
          { title: "状态", dataIndex: "status", render: (s: string) => nameOf(TASK_STATUS_NAMES, s) },
          {
            title: "检查结果",
            render: (_, t) =>
              t.result ? (
                <Space wrap>
                  {t.result.categoryName}
                  {t.result.publishedAt ? <Tag color={TAG.ok}>已公示</Tag> : <Tag color={TAG.warn}>待公示（{calendarDate(t.publicationDeadline.date)} 前）</Tag>}
                  {t.result.followUpState !== "CLOSED" && <Tag>{nameOf(FOLLOW_UP_STATE_NAMES, t.result.followUpState)}</Tag>}
                </Space>
              ) : (
                "—"
              ),
          },
          { title: "操作", fixed: "right", width: 120, render: (_, t) => (t.result ? "—" : <Button size="small" onClick={() => setRecording(t)}>录入结果</Button>) },
        ]}
      />
      <LoadMore pages={tasks} />
    </Space>
  );
}


/** 提醒: deadlines that need the department now, each leading to its task. */
function Alerts({ department }: { department: string }) {
  const alerts = useQuery({ queryKey: ["alerts", department], queryFn: () => request(forDepartment(ResultAlertsQuery, department)) });
  const list = alerts.data?.data.department?.resultAlerts ?? [];
  if (alerts.error) return <ErrorNotice error={alerts.error} />;
  if (list.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`有 ${list.length} 项期限需要处理`}
      description={
        <List
          size="small"
          dataSource={list.slice(0, 20)}
          renderItem={(a) => (
            <List.Item>
              <Space wrap>
                <Tag color={a.kind === "PUBLICATION_DUE_SOON" ? TAG.warn : TAG.bad}>{nameOf(ALERT_KIND_NAMES, a.kind)}</Tag>
                <Link to={`/department/tasks/${a.taskId}`}>任务 {a.taskId}</Link>
                <span>{a.uscc}</span>
                <span>期限 {calendarDate(a.due)}{a.provisional ? "（次年节假日安排未公布，期限暂定）" : ""}</span>
              </Space>
            </List.Item>
          )}
          footer={list.length > 20 ? `另有 ${list.length - 20} 项未列出` : undefined}
        />
      }
    />
  );
}
