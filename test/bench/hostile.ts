/**
 * `pnpm bench:hostile`: normal traffic (target lookups across the four departments and directory
 * counts, at a steady rate) measured alone, then again while hostile callers send the most
 * expensive requests the limits let through — each at just under its per-caller rate limit — and
 * one caller floods without pause. The normal requests' p99 must stay within 2× of their p99 alone.
 * Services run in their own processes on PostgreSQL, as in production.
 */
import autocannon from "autocannon";
import { generateCompanies } from "@hub/gateway/synthetic";
import { authSettings, signUserToken } from "@hub/kit";
import { Role, type Identity } from "@hub/schema";
import { syncThrough } from "../support/hub.js";
import { startBenchHub } from "./services.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const NORMAL_RATE = Number(process.env.BENCH_RATE ?? 60); // requests a second, all callers together
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 24_000);
const YEAR = new Date().getFullYear();

interface Attack {
  name: string;
  as: Identity;
  /** Requests a second; 0: as fast as answers come (the flooder). */
  rate: number;
  body: () => unknown;
}

const chars = "深圳市科技贸易有限公司南山福田宝安龙岗餐饮服务中心";
const longTerm = (i: number) => Array.from({ length: 50 }, (_, k) => chars[(i * 7 + k * 3) % chars.length]).join("");

function attacks(): Attack[] {
  const aliases = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(" ");
  return [
    {
      name: "15 counts with 50-character searches (dashboard)",
      as: { subject: "hostile-search", role: Role.DASHBOARD_VIEWER },
      rate: 9,
      body: () => ({ query: `{ market { ${aliases(15, (i) => `targetCount(filter: { search: ${JSON.stringify(longTerm(i + Math.floor(Math.random() * 1000)))} })`)} } }` }),
    },
    {
      name: "15 result statistics of the year (coordinator)",
      as: { subject: "hostile-statistics", role: Role.OFFICE_COORDINATOR },
      rate: 9,
      body: () => ({ query: `{ ${aliases(15, () => `resultStatistics(year: ${YEAR}) { department tasks overdue }`)} }` }),
    },
    {
      name: "10 city-wide joint proposals (coordinator)",
      as: { subject: "hostile-proposals", role: Role.OFFICE_COORDINATOR },
      rate: 9,
      body: () => ({ query: `{ ${aliases(10, () => `jointInspectionProposals(year: ${YEAR}) { key targetCount }`)} }` }),
    },
    {
      name: "pages of 200 targets under 200-region filters (officer of another department)",
      as: { subject: "hostile-pages", role: Role.DEPARTMENT_OFFICER, department: "transport" },
      rate: 9,
      body: () => ({
        query: `query($r: [String!]) { market { targets(first: 200, filter: { regions: $r }) { totalCount edges { node { uscc name phone } } } } }`,
        variables: { r: Array.from({ length: 200 }, (_, i) => String(440300 + (i % 100))) },
      }),
    },
    {
      name: "flood: 1,000 __typename aliases, then whatever, without pause",
      as: { subject: "hostile-flood", role: Role.DASHBOARD_VIEWER },
      rate: 0,
      body: () => ({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(" ")} }` }),
    },
  ];
}

interface AttackTally {
  sent: number;
  answered: number;
  refused: Record<string, number>;
  ms: number[];
}

function runAttack(url: string, token: string, a: Attack, until: number): Promise<AttackTally> {
  const tally: AttackTally = { sent: 0, answered: 0, refused: {}, ms: [] };
  const worker = async () => {
    while (Date.now() < until) {
      const t0 = Date.now();
      tally.sent++;
      try {
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(a.body()) });
        const json = (await res.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[]; data?: unknown };
        const code = res.status === 429 ? "HTTP 429" : json.errors?.[0]?.extensions?.code;
        if (code) tally.refused[code] = (tally.refused[code] ?? 0) + 1;
        else tally.answered++;
      } catch (e) {
        tally.refused[(e as Error).message] = (tally.refused[(e as Error).message] ?? 0) + 1;
      }
      tally.ms.push(Date.now() - t0);
      if (a.rate > 0) await new Promise((r) => setTimeout(r, Math.max(0, 1000 / a.rate - (Date.now() - t0))));
    }
  };
  // a paced caller keeps one request in flight; the flooder two
  return Promise.all(Array.from({ length: a.rate > 0 ? 1 : 2 }, worker)).then(() => tally);
}

async function normalTraffic(url: string, token: string, queries: () => unknown, seconds: number) {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: "POST",
    connections: 8,
    overallRate: NORMAL_RATE,
    duration: seconds,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (req: any) => ({ ...req, body: JSON.stringify(queries()) }),
        onResponse: (_status: number, body: string) => void (body.includes('"errors"') && graphqlErrors++),
      },
    ],
  });
  return Object.assign(result, { graphqlErrors });
}

const p = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
};

async function main() {
  // The normal load stands for a district's many users behind one token: exempt from the per-caller
  // limit; the hostile callers keep the configured limits.
  const hub = await startBenchHub({ companies: COMPANIES, exemptSubjects: ["load"] });
  const { config, gateway } = hub;
  try {
    const companies = generateCompanies(COMPANIES);
    const secret = authSettings().userSecret!;
    const load = { subject: "load", role: Role.OFFICE_COORDINATOR };
    const token = await signUserToken(load, secret);
    // the office's index, so that proposals and statistics have something to chew on
    await syncThrough(gateway, load);
    const codes = config.departments.map((d) => d.code);
    const targetQuery = `query T($u: String!) { target(uscc: $u) { uscc ${codes.map((c) => `${c} { inDirectory name }`).join(" ")} } }`;
    const countQuery = `query C($c: [String!]) { market { targetCount(filter: { creditClasses: $c }) } }`;
    const sample = companies.filter((_, i) => i % 7 === 0).map((c) => c.target.uscc);
    let n = 0;
    const queries = () => (++n % 5 === 0 ? { query: countQuery, variables: { c: [["A", "B", "C", "D"][n % 4]] } } : { query: targetQuery, variables: { u: sample[n % sample.length] } });

    // warm-up, then the normal load alone, then with the hostile callers
    await normalTraffic(gateway, token, queries, 5);
    const alone = await normalTraffic(gateway, token, queries, SECONDS);
    const until = Date.now() + (SECONDS + 2) * 1000;
    const list = attacks();
    const tokens = await Promise.all(list.map((a) => signUserToken(a.as, secret)));
    const hostile = Promise.all(list.map((a, i) => runAttack(gateway, tokens[i]!, a, until)));
    await new Promise((r) => setTimeout(r, 1000)); // the attacks under way first
    const loaded = await normalTraffic(gateway, token, queries, SECONDS);
    const tallies = await hostile;

    const ratio = loaded.latency.p99 / Math.max(alone.latency.p99, 1);
    const failures = (r: Awaited<ReturnType<typeof normalTraffic>>) => r.non2xx + r.errors + r.timeouts + r.graphqlErrors;
    const row = (label: string, r: Awaited<ReturnType<typeof normalTraffic>>) => `| ${label} | ${r.requests.total} | ${r.latency.p50} | ${r.latency.p99} | ${failures(r)} |`;
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench:hostile\` (${COMPANIES.toLocaleString("en")} companies on PostgreSQL, every service in its own process, ${SECONDS} s a phase, normal load ${NORMAL_RATE} requests/s over 8 connections).`,
      "",
      "| Normal traffic | Requests | p50 ms | p99 ms | Errors |",
      "|---|---|---|---|---|",
      row("alone", alone),
      row("with the hostile callers below", loaded),
      "",
      `p99 with them ÷ p99 alone: **${ratio.toFixed(2)}×** (the target: at most 2×).`,
      "",
      "| Hostile caller | Sent | Answered | Refused (code: count) | p50 / p99 ms |",
      "|---|---|---|---|---|",
      ...list.map((a, i) => {
        const t = tallies[i]!;
        return `| ${a.name}${a.rate ? `, ${a.rate}/s` : ""} | ${t.sent} | ${t.answered} | ${Object.entries(t.refused).map(([k, v]) => `${k}: ${v}`).join(", ") || "—"} | ${p(t.ms, 0.5)} / ${p(t.ms, 0.99)} |`;
      }),
    ];
    console.log(lines.join("\n"));
    if (ratio > 2 || failures(loaded) > 0) process.exitCode = 1;
  } finally {
    await hub.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
