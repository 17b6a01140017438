/**
 * Re-checking a draw record in the visitor's browser, from what the page shows (hub-draw/1,
 * docs/draw-spec/hub-draw-1.md sections 2 and 8): the commitment, the seed, the chain hash over the
 * exact text it covers, that text against the fields shown, and the link to the record before.
 * What needs the population and the inspectors (the re-run of the draw) is the department's export.
 */
import type { PublicDrawsQuery } from "../../gql/graphql";
import { sha256Hex } from "../../shared/sha256";

export type PublicDraw = NonNullable<PublicDrawsQuery["department"]>["publicDraws"]["draws"][number];

export interface Check {
  name: string;
  ok: boolean;
}

const GENESIS = "0".repeat(64);

/** Deep equality of JSON values, key order aside. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return sameJson(ka, kb) && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** The checks of one record; `previous` is the record before it in the chain (undefined for the first). */
export function recheck(d: PublicDraw, previous: PublicDraw | undefined): Check[] {
  let content: Record<string, unknown> | undefined;
  try {
    content = JSON.parse(d.contentJson) as Record<string, unknown>;
  } catch {
    content = undefined;
  }
  const shown = {
    seq: d.seq, planId: d.planId, periodKey: d.periodKey, commitment: d.commitment, secret: d.secret, publicValue: d.publicValue, seed: d.seed,
    witnesses: d.witnesses.map((w) => ({ name: w.name, role: w.role })), params: d.params, algorithm: d.algorithm, populationDigest: d.populationDigest,
    populationSize: d.populationSize, poolDigest: d.poolDigest, resultDigest: d.resultDigest, createdBy: d.createdBy, createdAt: d.createdAt,
  };
  return [
    { name: "承诺值是所揭示秘密的 SHA-256（抽取前已公布，秘密未被更换）", ok: sha256Hex(d.secret) === d.commitment },
    { name: "随机种子由秘密和公开随机值生成（SHA-256(秘密、换行、公开随机值)）", ok: sha256Hex(`${d.secret}\n${d.publicValue}`) === d.seed },
    { name: "本记录哈希覆盖其内容和前一条记录的哈希", ok: sha256Hex(`${d.prevHash}\n${d.contentJson}`) === d.hash },
    { name: "哈希所覆盖的内容与本页所示一致", ok: content !== undefined && sameJson(content, shown) },
    { name: previous ? `接续第 ${previous.seq} 次抽取的记录（前一哈希相同）` : "为本部门第一条记录（前一哈希为 64 个 0）", ok: previous ? d.prevHash === previous.hash && d.seq === previous.seq + 1 : d.prevHash === GENESIS && d.seq === 1 },
    { name: "名单户数等于各层实抽数之和", ok: d.drawn.length === d.strata.reduce((n, s) => n + s.drawn, 0) },
  ];
}
