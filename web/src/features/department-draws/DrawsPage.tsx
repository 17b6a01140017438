/**
 * 双随机 抽取仪式: the department admin draws a published plan in the browser. The secret is made
 * here (the browser's random source) and stays here: only its SHA-256 goes to the hub as the
 * commitment, before the public value is known; then the public value and the witnesses are
 * recorded, the secret revealed and the draw made; anyone signed in can re-check it, and the
 * record downloads for checking elsewhere.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Steps, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import type { DrawFieldsFragment } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { calendarDate, chinaDateTime, chinaYear } from "../../shared/dates";
import { DownloadButton, saveBlob } from "../../shared/download";
import { sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { nameOf, ratioText, RISK_NAMES } from "../../shared/labels";
import { MONO } from "../../shared/plain";
import { currentSession } from "../../shared/session";
import { sha256Hex } from "../../shared/sha256";
import { ErrorNotice, LoadMore, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import { CommitSeed, DrawnTargetsQuery, DrawOverlapsQuery, DrawPlansQuery, DrawQuery, DrawTargets, VerifyDraw } from "./api";


/** 32 bytes from the browser's random source, as 64 hex digits. */
function newSecret(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
}

/** The commitment the hub keeps: SHA-256 of the secret's UTF-8 bytes, in hex (as hub-draw/1 checks it). */
const commitmentOf = sha256Hex;

export default function DrawsPage() {
  const session = currentSession();
  if (!session?.department) return <Nothing>请以部门账号登录后进行抽取。</Nothing>;
  return <Draws department={session.department} admin={session.role === "department_admin"} />;
}

function Draws({ department, admin }: { department: string; admin: boolean }) {
  const year = chinaYear();
  const [planId, setPlanId] = useState<string>();
  const [shown, setShown] = useState<string>();
  const plans = useQuery({ queryKey: ["draws", department, year], queryFn: () => request(forDepartment(DrawPlansQuery, department), { year }) });
  const d = plans.data?.data.department;
  const published = (d?.plans ?? []).filter((p) => p.status === "PUBLISHED");
  const plan = published.find((p) => p.id === planId) ?? published[0];
  const draws = (d?.draws ?? []).filter((x) => !plan || String(x.planId) === plan.id);
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {d?.name ? `${d.name} ` : ""}双随机抽取
      </Typography.Title>
      {plans.error && <ErrorNotice error={plans.error} />}
      <Warnings warnings={plans.data?.warnings} />
      {plans.isLoading ? (
        <Loading what="抽查计划" />
      ) : published.length === 0 ? (
        <Nothing>{year} 年还没有已公布的抽查计划：计划公布后才能抽取。</Nothing>
      ) : (
        <>
          <Space wrap>
            <span id="plan-label">抽查计划</span>
            <Select aria-labelledby="plan-label" style={{ minWidth: 320 }} value={plan?.id} onChange={(v) => (setPlanId(v), setShown(undefined))} options={published.map((p) => ({ value: p.id, label: `${p.name}（${p.periodStart} 至 ${p.periodEnd}）` }))} />
          </Space>
          <DataTable
            label="已有的抽取记录"
            rowKey="id"
            dataSource={draws}
            pagination={false}
            scroll={{ x: 700 }}
            locale={{ emptyText: <Nothing>该计划还没有抽取记录</Nothing> }}
            columns={[
              { title: "序号", dataIndex: "seq", render: (n: number) => `第 ${n} 次` },
              { title: "抽取期间", dataIndex: "periodKey" },
              { title: "符合条件的对象", dataIndex: "populationSize", render: (n: number) => `${n} 户` },
              { title: "生成任务", dataIndex: "taskCount" },
              { title: "抽取时间", dataIndex: "createdAt", render: chinaDateTime },
              { title: "操作", fixed: "right", width: 120, render: (_, x) => <Button onClick={() => setShown(x.id)}>查看记录</Button> },
            ]}
          />
          {shown && <DrawRecord department={department} id={shown} />}
          {plan && (admin ? <Ceremony key={plan.id} department={department} planId={plan.id} onDrawn={setShown} /> : <Alert type="info" showIcon title="抽取须由部门管理员进行；执法人员可查看和验证抽取记录。" />)}
        </>
      )}
    </Space>
  );
}

/** The ceremony, step by step; nothing is sent but the commitment until the secret is revealed. */
function Ceremony({ department, planId, onDrawn }: { department: string; planId: string; onDrawn: (id: string) => void }) {
  const queryClient = useQueryClient();
  const [secret, setSecret] = useState<string>();
  const [kept, setKept] = useState(false);
  const [commitment, setCommitment] = useState<{ id: string; commitment: string; periodKey: string | null }>();
  const [form] = Form.useForm<{ publicValue: string; witnesses: { name: string; role: string }[] }>();
  const idempotencyKey = useMemo(() => crypto.randomUUID?.() ?? newSecret(), []);
  const commit = useMutation({
    mutationFn: async (s: string) => (await request(forDepartment(CommitSeed, department), { planId, commitment: commitmentOf(s) })).data.department?.commitment,
    onSuccess: (c) => c && setCommitment(c),
  });
  const draw = useMutation({
    mutationFn: async (v: { publicValue: string; witnesses: { name: string; role: string }[] }) =>
      (await request(forDepartment(DrawTargets, department), { input: { planId, commitmentId: commitment!.id, secret: secret!, publicValue: v.publicValue.trim(), witnesses: v.witnesses ?? [], idempotencyKey } })).data.department?.draw,
    onSuccess: async (x) => {
      await queryClient.invalidateQueries({ queryKey: ["draws", department] });
      if (x) onDrawn(x.id);
    },
  });
  const current = draw.data ? 3 : commitment ? 2 : secret ? 1 : 0;
  return (
    <Card title="抽取">
      <Steps
        current={current}
        style={{ marginBottom: 24 }}
        items={[{ title: "生成秘密" }, { title: "公布承诺" }, { title: "公开随机值和见证人，揭示秘密并抽取" }, { title: "完成" }]}
      />
      {!secret && (
        <Space orientation="vertical">
          <Typography.Paragraph>先在本机生成一个秘密（256 位随机数）。平台只收到它的 SHA-256 哈希值（承诺），抽取时再揭示秘密，任何人都能核对二者一致。</Typography.Paragraph>
          <Button type="primary" onClick={() => setSecret(newSecret())}>生成秘密</Button>
        </Space>
      )}
      {secret && !commitment && (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Alert type="warning" showIcon title="请保存好这个秘密：抽取时需要它；离开本页后平台无法找回。" />
          <Typography.Text copyable={{ text: secret }} style={MONO} aria-label="秘密">{secret}</Typography.Text>
          <Typography.Text type="secondary">承诺（SHA-256）：<span style={MONO}>{commitmentOf(secret)}</span></Typography.Text>
          <Space wrap>
            <Button onClick={() => (saveBlob(new Blob([`${secret}\n`], { type: "text/plain" }), `抽取秘密-计划${planId}.txt`), setKept(true))}>下载秘密</Button>
            <Button type="primary" disabled={!kept} loading={commit.isPending} onClick={() => commit.mutate(secret)}>
              公布承诺
            </Button>
            {!kept && <Typography.Text type="secondary">先下载或复制保存秘密，再公布承诺。</Typography.Text>}
          </Space>
          <Typography.Link onClick={() => setKept(true)}>我已抄录保存</Typography.Link>
          {commit.error && <Alert type="error" showIcon role="alert" title={sentenceOf(commit.error)} />}
        </Space>
      )}
      {commitment && !draw.data && (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Alert type="success" showIcon title={`承诺已公布（第 ${commitment.id} 号${commitment.periodKey ? `，期间 ${commitment.periodKey}` : ""}）：${commitment.commitment}`} />
          <Form form={form} layout="vertical" onFinish={(v) => draw.mutate(v)} initialValues={{ witnesses: [{ name: "", role: "" }] }}>
            <Form.Item name="publicValue" label="公开随机值（如当期福利彩票开奖号码，或见证人现场提供的数字）" rules={[{ required: true, whitespace: true, message: "请填写公开随机值" }]}>
              <Input placeholder="例如：福彩3D 第2026085期 527" />
            </Form.Item>
            <Form.List name="witnesses">
              {(fields, { add, remove }) => (
                <Space orientation="vertical" style={{ width: "100%" }}>
                  <Typography.Text>见证人</Typography.Text>
                  {fields.map((f, i) => (
                    <Space key={f.key} wrap>
                      <Form.Item name={[f.name, "name"]} rules={[{ required: true, whitespace: true, message: "请填写姓名" }]} style={{ margin: 0 }}>
                        <Input aria-label={`见证人${i + 1}姓名`} placeholder="姓名" />
                      </Form.Item>
                      <Form.Item name={[f.name, "role"]} rules={[{ required: true, whitespace: true, message: "请填写身份" }]} style={{ margin: 0 }}>
                        <Input aria-label={`见证人${i + 1}身份`} placeholder="身份（如 公证员、纪检监察员）" />
                      </Form.Item>
                      <Button onClick={() => remove(f.name)}>删除</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ name: "", role: "" })}>添加见证人</Button>
                </Space>
              )}
            </Form.List>
            <Button type="primary" htmlType="submit" loading={draw.isPending} style={{ marginTop: 16 }}>
              揭示秘密并抽取
            </Button>
          </Form>
          {draw.error && <Alert type="error" showIcon role="alert" title={sentenceOf(draw.error)} />}
        </Space>
      )}
      {draw.data && <Alert type="success" showIcon title={`抽取完成：第 ${draw.data.seq} 次抽取，生成 ${draw.data.taskCount} 项检查任务。记录见上方。`} />}
    </Card>
  );
}

/** One draw's record: what went in, the strata, the chain; re-checked on request; downloadable. */
function DrawRecord({ department, id }: { department: string; id: string }) {
  const record = useQuery({ queryKey: ["draw", department, id], queryFn: () => request(forDepartment(DrawQuery, department), { id }) });
  const verify = useMutation({ mutationFn: (recheck: boolean) => request(forDepartment(VerifyDraw, department), { id, recheck }) });
  const overlaps = useQuery({ queryKey: ["drawOverlaps", department, id], queryFn: () => request(DrawOverlapsQuery, { department, drawId: id }) });
  const elsewhere = new Map((overlaps.data?.data.drawOverlaps?.strata ?? []).map((s) => [s.stratum, s.elsewhere]));
  const x: DrawFieldsFragment | null | undefined = record.data?.data.department?.draw;
  const v = verify.data?.data.department?.verification;
  if (record.isLoading) return <Loading what="抽取记录" />;
  if (record.error) return <ErrorNotice error={record.error} />;
  if (!x) return <Nothing>没有这条抽取记录</Nothing>;
  return (
    <Card title={`第 ${x.seq} 次抽取的记录`} extra={<DownloadButton label="下载记录" service={department} name="draw" formats={["json"]} params={{ id }} />}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="算法">{x.algorithm}</Descriptions.Item>
        <Descriptions.Item label="抽取期间">{x.periodKey}</Descriptions.Item>
        <Descriptions.Item label="承诺（SHA-256）"><span style={MONO}>{x.commitment}</span></Descriptions.Item>
        <Descriptions.Item label="揭示的秘密"><span style={MONO}>{x.secret}</span></Descriptions.Item>
        <Descriptions.Item label="公开随机值">{x.publicValue}</Descriptions.Item>
        <Descriptions.Item label="见证人">{x.witnesses.length ? x.witnesses.map((w) => `${w.name}（${w.role}）`).join("、") : "—"}</Descriptions.Item>
        <Descriptions.Item label="种子"><span style={MONO}>{x.seed}</span></Descriptions.Item>
        <Descriptions.Item label="符合条件的对象">{x.populationSize} 户（摘要 <span style={MONO}>{x.populationDigest}</span>）</Descriptions.Item>
        <Descriptions.Item label="记录哈希（接上一条）"><span style={MONO}>{x.hash}</span>（上一条 <span style={MONO}>{x.prevHash}</span>）</Descriptions.Item>
        <Descriptions.Item label="抽取人、时间">{x.createdBy}，{chinaDateTime(x.createdAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>分层抽取情况</Typography.Title>
      <DataTable
        label="分层抽取情况"
        rowKey={(s) => `${s.keyArea}|${s.riskLevel}|${s.creditClass}`}
        size="small"
        dataSource={x.strata}
        pagination={false}
        scroll={{ x: 600 }}
        columns={[
          { title: "层", render: (_, s) => (s.keyArea ? <Tag color={TAG.warn}>重点领域</Tag> : "一般") },
          { title: "风险等级", dataIndex: "riskLevel", render: (r: string) => nameOf(RISK_NAMES, r) },
          { title: "信用风险分类", dataIndex: "creditClass", render: (c: string | null) => (c ? `${c} 类` : "—") },
          { title: "对象数", dataIndex: "population" },
          { title: "抽查比例", dataIndex: "ratio", render: ratioText },
          { title: "应抽", dataIndex: "quota" },
          { title: "实抽", dataIndex: "drawn" },
          // 第三轮融合: the office's index, as of its last sync
          { title: "其中其他部门本年度已有任务", render: (_, s, i) => (s.drawn === 0 ? "—" : overlaps.isLoading ? "…" : elsewhere.has(i) ? elsewhere.get(i) : "—") },
        ]}
      />
      <DrawnTargets department={department} drawId={id} />
      <Space style={{ marginTop: 16 }} wrap>
        <Button type="primary" loading={verify.isPending && !verify.variables} onClick={() => verify.mutate(false)}>验证抽取</Button>
        <Button loading={verify.isPending && verify.variables} onClick={() => verify.mutate(true)}>重新计算验证</Button>
      </Space>
      {verify.error && <Alert type="error" showIcon role="alert" title={sentenceOf(verify.error)} />}
      {v && (
        <Space orientation="vertical" style={{ width: "100%", marginTop: 16 }}>
          <Alert type={v.reproduces ? "success" : "error"} showIcon role={v.reproduces ? undefined : "alert"} title={v.reproduces ? `可复现：按记录重新抽取，结果与原抽取一致（验证于 ${chinaDateTime(v.verifiedAt)}）` : "无法复现：记录与重新抽取的结果不一致"} />
          {v.checks.map((c) => (
            <Typography.Text key={c.name}>
              <Tag color={c.ok ? TAG.ok : TAG.bad}>{c.ok ? "通过" : "未通过"}</Tag>
              {c.name}：{c.detail}
            </Typography.Text>
          ))}
        </Space>
      )}
    </Card>
  );
}

/** The drawn list: each target with its team, and (第三轮) which other departments plan or inspected it this year. */
function DrawnTargets({ department, drawId }: { department: string; drawId: string }) {
  const drawn = useInfiniteQuery({
    queryKey: ["drawn", department, drawId],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => request(forDepartment(DrawnTargetsQuery, department), { drawId, after: pageParam }),
    getNextPageParam: (last) => (last.data.department?.tasks.pageInfo.hasNextPage ? last.data.department.tasks.pageInfo.endCursor : undefined),
  });
  const names = Object.fromEntries((drawn.data?.pages[0]?.data.departments ?? []).map((d) => [d.code, d.name]));
  const rows = drawn.data?.pages.flatMap((p) => p.data.department?.tasks.edges.map((e) => e.node) ?? []) ?? [];
  const total = drawn.data?.pages[0]?.data.department?.tasks.totalCount;
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        抽中的检查对象{total !== undefined ? `（${total} 户）` : ""}
      </Typography.Title>
      {drawn.error && <ErrorNotice error={drawn.error} />}
      <Warnings warnings={drawn.data?.pages.flatMap((p) => p.warnings)} />
      <DataTable
        label="抽中的检查对象"
        rowKey="id"
        size="small"
        loading={drawn.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: "统一社会信用代码", dataIndex: "uscc", width: 190 },
          { title: "名称", render: (_, t) => t.target.name ?? "—" },
          { title: "检查人员（执法证号）", dataIndex: "inspectors", render: (xs: string[]) => xs.join("、") },
          { title: "检查时段", render: (_, t) => `${calendarDate(t.dueStart)} — ${calendarDate(t.dueEnd)}` },
          {
            title: "其他部门本年度的检查",
            render: (_, t) => {
              const others = [...new Set(t.target.inspectionsThisYear.filter((i) => i.department !== department).map((i) => i.department))];
              return others.length ? <Space wrap>{others.map((d) => <Tag key={d} color={TAG.info}>{names[d] ?? d}</Tag>)}<Typography.Text type="secondary">可发起联合抽查</Typography.Text></Space> : "—";
            },
          },
        ]}
      />
      <LoadMore pages={drawn} />
    </>
  );
}
