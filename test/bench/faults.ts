/**
 * `pnpm bench:faults`: a loopback load test over a mixed read workload with one department killed
 * (SIGKILL) and restarted in the middle. Checks every answer against the seeded data: no wrong
 * answers, errors only for the killed department's fields while it is down, bounded gateway memory.
 * Services run in their own processes on PostgreSQL, as in production.
 */
import autocannon from "autocannon";
import { generateCompanies } from "@hub/gateway/synthetic";
import { authSettings, readCounter, signUserToken } from "@hub/kit";
import { Role } from "@hub/schema";
import { startBenchHub, startService, waitHealthy } from "./services.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 48);
const KILLED = "emergency";
const COMPANIES = 24_000;

async function main() {
  // The load stands for many users behind one token: exempt from the per-caller rate limit.
  const hub = await startBenchHub({ companies: COMPANIES, exemptSubjects: ["load"] });
  const { config, env, gateway, children, urlOf } = hub;
  try {
    const companies = generateCompanies(COMPANIES);
    const expected = new Map(companies.map((c) => [c.target.uscc, new Set(c.departments)]));

    const token = await signUserToken({ subject: "load", role: Role.OFFICE_COORDINATOR }, authSettings().userSecret!);
    const codes = config.departments.map((d) => d.code);
    const targetQuery = `query T($u: String!) { target(uscc: $u) { uscc ${codes.map((c) => `${c} { inDirectory }`).join(" ")} } }`;
    const listQuery = `query L($c: [String!]) { market { targetCount(filter: { creditClasses: $c }) items { code } } }`;
    const sample = companies.filter((_, i) => i % 7 === 0).map((c) => c.target.uscc);

    let down = false;
    const tally = { target: 0, list: 0, wrong: 0, errorsWhileDown: 0, errorsWhileUp: 0, otherErrors: 0, requestsWhileDown: 0 };
    const wrongExamples: string[] = [];
    const metrics = async () => readCounter(await (await fetch(gateway.replace("/graphql", "/metrics"))).text(), "process_resident_memory_bytes");
    const rssBefore = await metrics();
    let n = 0;
    const check = (status: number, body: string) => {
      const json = JSON.parse(body);
      const errors: any[] = json.errors ?? [];
      if (down) tally.requestsWhileDown++;
      for (const e of errors) {
        if (e.extensions?.code === "DEPARTMENT_UNAVAILABLE" && e.extensions.department === KILLED) down ? tally.errorsWhileDown++ : tally.errorsWhileUp++;
        else tally.otherErrors++;
      }
      if (json.data?.target) {
        tally.target++;
        const t = json.data.target;
        const holds = expected.get(t.uscc)!;
        for (const c of codes) {
          if (t[c] === null) {
            if (c !== KILLED) (tally.wrong++, wrongExamples.push(`${t.uscc} ${c} null`));
            continue;
          }
          if (t[c].inDirectory !== holds.has(c)) (tally.wrong++, wrongExamples.push(`${t.uscc} ${c}`));
        }
      } else if (json.data?.market) {
        tally.list++;
      } else if (status !== 200 || !json.data) tally.otherErrors++;
    };

    const run = autocannon({
      url: gateway,
      method: "POST",
      connections: 8,
      duration: SECONDS,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      requests: [
        {
          setupRequest: (req: any) => {
            n++;
            const body = n % 5 === 0
              ? { query: listQuery, variables: { c: [["A", "B", "C", "D"][n % 4]] } }
              : { query: targetQuery, variables: { u: sample[n % sample.length] } };
            return { ...req, body: JSON.stringify(body) };
          },
          onResponse: (status: number, body: string) => check(status, body),
        },
      ],
    });
    // Kill the department a quarter in, restart it at the middle.
    setTimeout(() => {
      down = true;
      children.get(KILLED)!.kill("SIGKILL");
      console.error(`t=${Math.round(SECONDS / 4)}s: killed ${KILLED}`);
    }, (SECONDS / 4) * 1000);
    setTimeout(async () => {
      const restarted = startService(KILLED, env);
      children.set(KILLED, restarted);
      await waitHealthy(urlOf(config.departments.find((d) => d.code === KILLED)!.port));
      down = false;
      console.error(`t≈${Math.round(SECONDS / 2)}s: ${KILLED} restarted and healthy`);
    }, (SECONDS / 2) * 1000);
    const samples: number[] = [];
    const sampler = setInterval(() => void metrics().then((m) => samples.push(m)), (SECONDS / 8) * 1000);
    const result = await run;
    clearInterval(sampler);
    const rssAfter = await metrics();

    const lines = [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench:faults\` (${SECONDS} s, 8 connections, ${KILLED} killed at ${SECONDS / 4} s and restarted at ${SECONDS / 2} s).`,
      "",
      "| What | Result |",
      "|---|---|",
      `| Requests (target lookups / list reads) | ${result.requests.total} (${tally.target} / ${tally.list}), ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms |`,
      `| Wrong answers | ${tally.wrong} |`,
      `| Errors naming ${KILLED} while it was down | ${tally.errorsWhileDown} of ${tally.requestsWhileDown} requests in that window |`,
      `| Errors naming ${KILLED} after it was healthy again | ${tally.errorsWhileUp} |`,
      `| Any other error, non-2xx or timeout | ${tally.otherErrors + result.non2xx + result.errors + result.timeouts} |`,
      `| Gateway resident memory: before, during (every ${SECONDS / 8} s), after | ${[rssBefore, ...samples, rssAfter].map((b) => (b / 2 ** 20).toFixed(0)).join(" → ")} MiB |`,
    ];
    console.log(lines.join("\n"));
    if (wrongExamples.length) console.error("wrong:", wrongExamples.slice(0, 5));
    if (tally.wrong || tally.otherErrors || result.non2xx) process.exitCode = 1;
  } finally {
    await hub.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
