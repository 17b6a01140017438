/**
 * `pnpm bench:search`: the directory's search box over 1,000,000 targets on PostgreSQL (target:
 * well under 100 ms), through the gateway as a department officer, and a hostile search next to it.
 *
 * 1,000,000 synthetic companies (names like 深圳市华信物流有限公司, valid USCCs) are written with the
 * department's own upsert, then `targets(filter: {search}, first: 20) { totalCount … }` is timed for
 * a selective two-character term, a four-character term, a full company name, a USCC prefix and a
 * broad term; cold (first run) and warm (median and worst of 10).
 */
import { departmentSchema, upsertTargets, type DepartmentDb } from "@hub/department";
import { nameOrCodeSearch } from "@hub/kit";
import { generateCompanies, syntheticUscc } from "@hub/gateway/synthetic";
import { sql } from "drizzle-orm";
import { startTestHub } from "../support/hub.js";
import { officer } from "../support/tokens.js";
import { time } from "./timing.js";

const TARGETS = Number(process.env.BENCH_SEARCH_TARGETS ?? 1_000_000);
const QUERY = `query($f: TargetFilter) { market { targets(filter: $f, first: 20) { totalCount edges { node { uscc name } } } } }`;

async function main() {
  const hub = await startTestHub("postgres", [{ code: "market", name: "市场监督管理局", port: 1 }], {}, 60_000);
  try {
    const db = hub.departments.market!.db as DepartmentDb;
    console.error(`seeding ${TARGETS.toLocaleString("en")} targets…`);
    const [, seeded] = await time(async () => {
      for (let i = 0; i < TARGETS; i += 100_000) {
        const companies = generateCompanies(Math.min(100_000, TARGETS - i), 2026 + i).map((c, k) => ({ ...c.target, uscc: syntheticUscc(i + k, c.target.region!) }));
        await upsertTargets(db, companies);
        console.error(`  ${(i + companies.length).toLocaleString("en")}`);
      }
      await db.execute(sql`vacuum analyze targets`);
    });
    const sample = (await db.execute(sql`select uscc, name from targets where name like '%分公司' order by uscc offset 777 limit 1`)) as unknown as { uscc: string; name: string }[];
    const { uscc: someUscc, name: someName } = rows<{ uscc: string; name: string }>(sample)[0]!;
    const terms: [string, string][] = [
      ["two characters, selective", "华信"],
      ["four characters", "华信物流"],
      ["a full company name", someName],
      ["USCC prefix (12 characters)", someUscc.slice(0, 12)],
      ["a full USCC", someUscc],
      ["two characters, broad (a sector word)", "科技"],
    ];
    const lines = [
      `Seeded ${TARGETS.toLocaleString("en")} targets in ${seeded.toFixed(0)} s.`,
      "",
      "| search over 1,000,000 targets | matches | cold | warm median | warm worst (10) |",
      "|---|---|---|---|---|",
    ];
    for (const [label, term] of terms) {
      const run = () => hub.query(QUERY, { f: { search: term } }, officer("market"));
      const [first, cold] = await time(run);
      if (first.errors) throw new Error(JSON.stringify(first.errors));
      const warm: number[] = [];
      for (let i = 0; i < 10; i++) warm.push((await time(run))[1]);
      warm.sort((a, b) => a - b);
      const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
      if (process.env.BENCH_EXPLAIN) {
        const w = nameOrCodeSearch(departmentSchema.targets.name, departmentSchema.targets.uscc, term, { bigramIndex: true });
        const plan = await db.execute(sql`explain analyze select * from targets where ${w} order by uscc limit 21`);
        console.error(term, "\n" + rows(plan).map((r) => Object.values(r)[0]).join("\n"));
      }
      lines.push(`| ${label}: \`${term}\` | ${first.data.market.targets.totalCount.toLocaleString("en")} | ${ms(cold)} | ${ms(warm[5]!)} | ${ms(warm[9]!)} |`);
    }
    // The request that froze the demo: a 1 MB search string. Refused before any SQL.
    const [hostile, refused] = await time(() => hub.query(`query($f: TargetFilter) { market { targetCount(filter: $f) } }`, { f: { search: "深".repeat(1 << 20) } }, officer("market")));
    lines.push("", `A 1 MB search term: ${hostile.errors?.[0]?.extensions?.code} in ${(refused * 1000).toFixed(0)} ms.`);
    console.log(lines.join("\n"));
  } finally {
    await hub.close();
  }
}

const rows = <T = Record<string, unknown>>(r: unknown): T[] => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
