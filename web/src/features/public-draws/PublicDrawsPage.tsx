/**
 * 抽取过程公开: each department's draws as anyone may read them — the commitment published before,
 * the secret revealed, the public value, the seed, the witnesses, the strata and the targets drawn,
 * the chain hash — and a re-check of every record in the visitor's own browser. No sign-in.
 */
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { chinaDateTime } from "../../shared/dates";
import { forDepartment, request, type Answer } from "../../shared/graphql";
import { nameOf, ratioText, RISK_NAMES } from "../../shared/labels";
import { DownloadButton } from "../../shared/download";
import { DepartmentSelect, MONO, PlainTable, TD } from "../../shared/plain";
import { ErrorNotice, Loading, Nothing, TAG, Warnings } from "../../shared/ui";
import { PublicDrawsDepartments, PublicDrawsQuery } from "./api";
import { recheck, type Check, type PublicDraw } from "./recheck";
import type { PublicDrawsQuery as PublicDrawsAnswer } from "../../gql/graphql";

/** Every record of the department, page after page (a department draws a few times a year). */
async function allDraws(code: string) {
  const draws: PublicDraw[] = [];
  const warnings: string[] = [];
  const query = forDepartment(PublicDrawsQuery, code);
  let afterSeq: number | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const r: Answer<PublicDrawsAnswer> = await request(query, { afterSeq });
    warnings.push(...(r.warnings ?? []));
    const page = r.data.department?.publicDraws;
    if (!page) break;
    draws.push(...page.draws);
    if (!page.hasMore) break;
    afterSeq = page.endSeq;
  }
  return { draws, warnings };
}

export default function PublicDrawsPage() {
  const [params, setParams] = useSearchParams();
  const departments = useQuery({ queryKey: ["publicDrawsDepartments"], queryFn: () => request(PublicDrawsDepartments) });
  const list = departments.data?.data.departments ?? [];
  const code = params.get("department") ?? list[0]?.code;
  const draws = useQuery({ queryKey: ["publicDraws", code], enabled: Boolean(code), queryFn: () => allDraws(code!) });
  const [checks, setChecks] = useState<{ code: string; bySeq: Map<number, Check[]> }>();
  const records = draws.data?.draws ?? [];
  const shownChecks = checks && checks.code === code ? checks.bySeq : undefined;
  const failed = shownChecks ? [...shownChecks.values()].flat().filter((c) => !c.ok).length : 0;
  const runChecks = () => setChecks({ code: code!, bySeq: new Map(records.map((d, i) => [d.seq, recheck(d, records[i - 1])])) });

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        双随机抽取公示
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        各部门每次抽取的全过程记录：抽取前公布的承诺值、抽取时揭示的秘密和公开随机值、见证人、分层抽取情况和抽中的检查对象。每条记录的哈希接续上一条，任何人都可以在本机重新核验；个体工商户经营者身份证号已隐去部分号码。每次抽取的完整记录（全部符合条件的对象和执法人员库）可下载，用于重新抽取核验。
      </Typography.Paragraph>
      <Card>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 12, alignItems: "end" }}>
          <DepartmentSelect departments={list} value={code} onChange={(department) => setParams({ department })} />
          <Button type="primary" disabled={records.length === 0} onClick={runChecks}>
            在本机核验全部记录
          </Button>
        </div>
        {shownChecks && (
          <Alert
            style={{ marginTop: 16 }}
            showIcon
            role="status"
            type={failed ? "error" : "success"}
            title={failed ? `核验未通过：${failed} 项不符，见下方标红的记录。` : `全部 ${records.length} 条记录核验通过：承诺值、随机种子、记录哈希及其接续均一致。`}
          />
        )}
      </Card>
      {departments.error && <ErrorNotice error={departments.error} />}
      {draws.error && <ErrorNotice error={draws.error} />}
      <Warnings warnings={draws.data?.warnings} />
      {(departments.isLoading || draws.isLoading) && <Loading what="抽取记录" />}
      {draws.data && records.length === 0 && <Nothing>该部门尚无抽取记录</Nothing>}
      {[...records].reverse().map((d) => (
        <DrawCard key={d.seq} department={code!} draw={d} checks={shownChecks?.get(d.seq)} />
      ))}
    </Space>
  );
}

/** Records made since hub-draw/2 are public whole: population and pool by the code the office knows a target by. */
const WHOLE = "hub-draw/2";

function DrawCard({ department, draw: d, checks }: { department: string; draw: PublicDraw; checks: Check[] | undefined }) {
  const p = d.params as { teamSize?: number; maxTargets?: number | null; keyAreaTags?: string[] };
  return (
    <Card title={`第 ${d.seq} 次抽取：${d.planName ?? `计划 ${d.planId}`}（${d.periodKey}）`} extra={<span>{chinaDateTime(d.createdAt)}</span>}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="承诺值（抽取前公布）"><span style={MONO}>{d.commitment}</span></Descriptions.Item>
        <Descriptions.Item label="揭示的秘密"><span style={MONO}>{d.secret}</span></Descriptions.Item>
        <Descriptions.Item label="公开随机值">{d.publicValue}</Descriptions.Item>
        <Descriptions.Item label="随机种子"><span style={MONO}>{d.seed}</span></Descriptions.Item>
        <Descriptions.Item label="见证人">{d.witnesses.length ? d.witnesses.map((w) => `${w.name}（${w.role}）`).join("、") : "—"}</Descriptions.Item>
        <Descriptions.Item label="抽取参数">
          每户 {p.teamSize ?? "—"} 名检查人员；{p.maxTargets == null ? "不限总户数" : `最多 ${p.maxTargets} 户`}；重点领域标签：{(p.keyAreaTags ?? []).join("、") || "—"}；算法 {d.algorithm}
        </Descriptions.Item>
        <Descriptions.Item label="符合条件的对象">{d.populationSize} 户（摘要 <span style={MONO}>{d.populationDigest}</span>）</Descriptions.Item>
        <Descriptions.Item label="执法人员库摘要"><span style={MONO}>{d.poolDigest}</span></Descriptions.Item>
        <Descriptions.Item label="抽取结果摘要"><span style={MONO}>{d.resultDigest}</span></Descriptions.Item>
        <Descriptions.Item label="记录哈希"><span style={MONO}>{d.hash}</span></Descriptions.Item>
        <Descriptions.Item label="前一条记录的哈希"><span style={MONO}>{d.prevHash}</span></Descriptions.Item>
        <Descriptions.Item label="抽取人">{d.createdBy}</Descriptions.Item>
        <Descriptions.Item label="完整抽取记录">
          {d.algorithm === WHOLE ? (
            <Space orientation="vertical" size={4}>
              <DownloadButton label="下载（含全部符合条件的对象和执法人员库，可用于重新抽取核验）" service={department} name="public-draw" formats={["json"]} params={{ seq: d.seq }} />
              <Typography.Text type="secondary">个体工商户以化名代码出现，不含身份证号；核验方法见抽取算法规范 hub-draw/2。</Typography.Text>
            </Space>
          ) : (
            <Typography.Text type="secondary">本记录按旧版算法 {d.algorithm} 抽取，对象名单含个体工商户身份证号，不公开下载；上方各项仍可核验。</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {checks && (
        <ul aria-label={`第 ${d.seq} 次抽取的核验结果`} style={{ listStyle: "none", padding: 0, margin: "12px 0" }}>
          {checks.map((c) => (
            <li key={c.name} style={{ marginBottom: 4 }}>
              <Tag color={c.ok ? TAG.ok : TAG.bad}>{c.ok ? "一致" : "不符"}</Tag>
              {c.name}
            </li>
          ))}
        </ul>
      )}
      <PlainTable label={`第 ${d.seq} 次抽取的分层抽取情况`} headers={["层", "风险等级", "信用风险分类", "对象数", "抽查比例", "应抽", "实抽"]} minWidth={600}>
        {d.strata.filter((s) => s.population > 0).map((s) => (
          <tr key={`${s.keyArea}|${s.riskLevel}|${s.creditClass}`}>
            <td style={TD}>{s.keyArea ? <Tag color={TAG.warn}>重点领域</Tag> : "一般"}</td>
            <td style={TD}>{nameOf(RISK_NAMES, s.riskLevel)}</td>
            <td style={TD}>{s.creditClass ? `${s.creditClass} 类` : "—"}</td>
            <td style={TD}>{s.population}</td>
            <td style={TD}>{ratioText(s.ratio)}</td>
            <td style={TD}>{s.quota}</td>
            <td style={TD}>{s.drawn}</td>
          </tr>
        ))}
      </PlainTable>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>抽中的检查对象（{d.drawn.length} 户）</Typography.Title>
      <PlainTable label={`第 ${d.seq} 次抽取抽中的检查对象`} headers={["统一社会信用代码", "名称"]} minWidth={500}>
        {d.drawn.map((t) => (
          <tr key={t.code + t.stratum}>
            <td style={TD}><span style={MONO}>{t.code}</span></td>
            <td style={TD}>{t.name ?? "—"}</td>
          </tr>
        ))}
      </PlainTable>
    </Card>
  );
}
