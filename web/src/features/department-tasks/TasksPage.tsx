/**
 * 检查任务: the department's tasks, filtered and paged to the end; a result recorded against a task,
 * signed by at least two of its team, with evidence whose SHA-256 the browser computes from the
 * chosen files (the files stay with the department); results published in batches.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Tag, Typography, Upload } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { DepartmentTasksQuery as Answer, TaskSource, TaskStatus } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { calendarDate } from "../../shared/dates";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { EVIDENCE_KIND_NAMES, FOLLOW_UP_STATE_NAMES, labelOptions, nameOf, TASK_SOURCE_NAMES, TASK_STATUS_NAMES } from "../../shared/labels";
import { useUrlFilters } from "../../shared/params";
import { currentSession } from "../../shared/session";
import { ErrorNotice, LoadMore, Nothing, TAG, Warnings } from "../../shared/ui";
import { DepartmentTasksQuery, PublishResults, RecordResult, TeamMemberQuery } from "./api";

type Task = NonNullable<Answer["department"]>["tasks"]["edges"][number]["node"];
const kindOf = (file: File) => (file.type.startsWith("image/") ? "PHOTO" : file.type.startsWith("audio/") || file.type.startsWith("video/") ? "AUDIO_VIDEO" : "DOCUMENT");

/** SHA-256 of a file, read in slices (a video of gigabytes never sits whole in memory). */
async function fileHash(file: File): Promise<string> {
  const h = sha256.create();
  const SLICE = 8 * 1024 * 1024;
  for (let at = 0; at < file.size; at += SLICE) h.update(new Uint8Array(await file.slice(at, at + SLICE).arrayBuffer()));
  return bytesToHex(h.digest());
}

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
      {tasks.error && <ErrorNotice error={tasks.error} />}
      <Warnings warnings={tasks.data?.pages.flatMap((p) => p.warnings)} />
      {recording && first && <ResultForm department={department} task={recording} categories={first.resultCategories} onDone={() => setRecording(undefined)} />}
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
          { title: "任务编号", dataIndex: "id", width: 90 },
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

interface ResultFields {
  categoryCode: string;
  findings: string;
  inspectionDate: Dayjs;
  signers: string[];
}

/** A task's result: category, findings, date, signers from its team, evidence hashed here. */
function ResultForm({ department, task, categories, onDone }: { department: string; task: Task; categories: { code: string; name: string }[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResultFields>();
  const [evidence, setEvidence] = useState<{ id: string; kind: string; sha256: string }[]>([]);
  const [hashing, setHashing] = useState(0);
  // the team's names, for the signatures
  const team = useQuery({
    queryKey: ["team", department, task.inspectors],
    queryFn: async () =>
      Promise.all(
        task.inspectors.map(async (cert) => {
          const found = (await request(forDepartment(TeamMemberQuery, department), { search: cert })).data.department?.inspectors.edges.map((e) => e.node) ?? [];
          return { certificateNumber: cert, name: found.find((i) => i.certificateNumber === cert)?.name ?? cert };
        }),
      ),
  });
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
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["tasks", department] });
      onDone();
    },
  });
  return (
    <Card title={`录入任务 ${task.id} 的检查结果：${task.target.name ?? task.uscc}`} extra={<Button type="text" onClick={onDone}>取消</Button>}>
      <Form form={form} layout="vertical" style={{ maxWidth: 760 }} initialValues={{ inspectionDate: dayjs(), signers: task.inspectors }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="categoryCode" label="检查结果" rules={[{ required: true, message: "请选择检查结果" }]}>
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
          <Upload.Dragger
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              setHashing((n) => n + 1);
              void fileHash(file)
                .then((hash) => setEvidence((xs) => (xs.some((x) => x.sha256 === hash) ? xs : [...xs, { id: file.name.slice(0, 200), kind: kindOf(file), sha256: hash }])))
                .finally(() => setHashing((n) => n - 1));
              return false;
            }}
          >
            <p style={{ margin: "8px 0" }}>把照片、音视频或文书拖到这里，或点击选择</p>
          </Upload.Dragger>
          {hashing > 0 && <Typography.Text type="secondary">正在计算 {hashing} 个文件的 SHA-256…</Typography.Text>}
          {evidence.map((x) => (
            <div key={x.sha256}>
              <Tag>{EVIDENCE_KIND_NAMES[x.kind]}</Tag>
              {x.id}：<Typography.Text code>{x.sha256}</Typography.Text>
              <Button type="link" size="small" onClick={() => setEvidence((xs) => xs.filter((y) => y.sha256 !== x.sha256))}>移除</Button>
            </div>
          ))}
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={sentenceOf(save.error)} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={hashing > 0}>
          保存结果
        </Button>
      </Form>
    </Card>
  );
}
