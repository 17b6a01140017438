/**
 * `pnpm bench:office`: the office at city scale on PostgreSQL — 40 departments, 4,000,000 targets,
 * 1,000,000 tasks in a year.
 *
 *  1. Overlap detection (round 1, the joint target library's count) against the bare
 *     `GROUP BY uscc HAVING count(DISTINCT department) > 1` over the same rows, in one run.
 *  2. Proposals (round 2) for every overlapping target with planned tasks.
 *  3. An incremental update: one department adds 5,000 tasks; the office pulls them through a real
 *     gateway and recomputes the proposals of the targets they touch.
 */
import { jointActions, plannedTasksByTarget, type OfficeDb } from "@hub/office";
import { OFFICE_MIGRATIONS, officeSchema, syncDepartment } from "@hub/office";
import { departmentSchema } from "@hub/department";
import { openStorage } from "@hub/kit";
import { TaskSource, TaskStatus } from "@hub/schema";
import { sql } from "drizzle-orm";
import { createTestDatabase, startTestHub } from "../support/hub.js";
import { time } from "./timing.js";

const TARGETS = Number(process.env.BENCH_OFFICE_TARGETS ?? 4_000_000);
const DEPARTMENTS = 40;
const YEAR = 2026;

async function main() {
  const database = await createTestDatabase();
  const storage = await openStorage({ name: "office", drizzleSchema: officeSchema, migrationsFolder: OFFICE_MIGRATIONS, databaseUrl: database.url });
  const db = storage.db as OfficeDb;
  const lines: string[] = [];
  let cityRecompute = 0;
  try {
    console.error(`seeding ${TARGETS} targets over ${DEPARTMENTS} departments…`);
    // Every target in one department; a quarter in a second; a twentieth in a third.
    const uscc = sql.raw(`'91440300' || lpad(g::text, 10, '0')`);
    await db.execute(sql`insert into directory_entries (department, uscc, name, status)
      select 'd' || (g % ${DEPARTMENTS}), ${uscc}, '企业' || g, 'ACTIVE' from generate_series(1, ${TARGETS}) g`);
    await db.execute(sql`insert into directory_entries (department, uscc, name, status)
      select 'd' || ((g + 1) % ${DEPARTMENTS}), ${uscc}, '企业' || g, 'ACTIVE' from generate_series(4, ${TARGETS}, 4) g`);
    await db.execute(sql`insert into directory_entries (department, uscc, name, status)
      select 'd' || ((g + 2) % ${DEPARTMENTS}), ${uscc}, '企业' || g, 'ACTIVE' from generate_series(20, ${TARGETS}, 20) g`);
    // 1,000,000 drawn tasks: both holders of every eighth target (500,000 targets).
    const taskTargets = Math.floor(TARGETS / 8);
    await db.execute(sql`insert into task_entries (department, task_id, uscc, source, status, item_codes, inspector_count, due_start, due_end)
      select 'd' || ((g + k) % ${DEPARTMENTS}), g * 2 + k, ${uscc}, 'DRAW', 'ASSIGNED', array['I' || k], 2,
             make_date(${YEAR}, 3 + (g % 4), 1), make_date(${YEAR}, 6 + (g % 5), 28)
      from generate_series(8, ${TARGETS}, 8) g, generate_series(0, 1) k`);
    await db.execute(sql`analyze`);
    const [{ entries }] = (await db.select({ entries: sql<number>`count(*)::int` }).from(officeSchema.directoryEntries)) as [{ entries: number }];
    console.error(`${entries} directory entries, ${taskTargets * 2} tasks`);

    // 1. Overlap: the bare SQL and the library's count, alternated, best of three each.
    const bare = async () => db.execute(sql`select count(*) from (select uscc from directory_entries group by uscc having count(distinct department) > 1) x`);
    const { jointTargetLibrary } = await import("@hub/office");
    const ours = async () => jointTargetLibrary(db, 2, 100);
    let bareBest = Infinity;
    let oursBest = Infinity;
    let overlapping = 0;
    for (let i = 0; i < 3; i++) {
      bareBest = Math.min(bareBest, (await time(bare))[1]);
      const [page, s] = await time(ours);
      overlapping = page.totalCount;
      oursBest = Math.min(oursBest, s);
    }
    lines.push(`| Overlap detection: joint target library (${overlapping.toLocaleString("en")} targets in 2+ of ${DEPARTMENTS} departments, ${entries.toLocaleString("en")} entries) | ${oursBest.toFixed(1)} s vs bare GROUP BY ${bareBest.toFixed(1)} s (× ${(oursBest / bareBest).toFixed(2)}) | within 3× |`);
    console.error(lines.at(-1));

    // 2. Proposals for every overlapping target with planned tasks.
    const [actions, proposalSeconds] = await time(async () => jointActions(await plannedTasksByTarget(db, YEAR)));
    const visits = actions.reduce((n, a) => n + a.visits.length, 0);
    lines.push(`| Proposals from ${(taskTargets * 2).toLocaleString("en")} tasks: ${visits.toLocaleString("en")} joint visits in ${actions.length} actions | ${proposalSeconds.toFixed(1)} s | < 30 s |`);
    console.error(lines.at(-1));
    // The part of an incremental update that depends on city scale: the proposals of the 5,000
    // targets that one department's new tasks touch.
    const touched = (await db.select({ uscc: officeSchema.taskEntries.uscc }).from(officeSchema.taskEntries).where(sql`department = 'd1'`).limit(5000)).map((r) => r.uscc);
    [, cityRecompute] = await time(async () => jointActions(await plannedTasksByTarget(db, YEAR, undefined, touched)));
  } finally {
    await storage.close();
    await database.drop();
  }

  // 3. Incremental: one department adds 5,000 tasks; the office pulls them through a real gateway.
  const hub = await startTestHub("postgres", [{ code: "market", name: "市场监督管理局", port: 1 }, { code: "transport", name: "交通运输局", port: 2 }]);
  try {
    const market = hub.departments.market!.db;
    await hub.sync();
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      source: TaskSource.COMPLAINT, uscc: `91440300${String(i).padStart(10, "0")}`, itemCodes: ["I1"], inspectors: ["A", "B"], dueStart: `${YEAR}-05-01`, dueEnd: `${YEAR}-05-31`, status: TaskStatus.ASSIGNED,
    }));
    await market.insert(departmentSchema.tasks).values(rows);
    const [report, syncSeconds] = await time(() => syncDepartment(hub.office.sync!, "market"));
    if (!report.ok || report.tasks !== 5000) throw new Error(`incremental sync: ${JSON.stringify(report)}`);
    lines.push(`| Incremental update: one department adds 5,000 tasks; the office pulls them through the gateway (${syncSeconds.toFixed(2)} s) and recomputes the proposals of the targets they touch at city scale (${cityRecompute.toFixed(2)} s) | ${(syncSeconds + cityRecompute).toFixed(2)} s | < 1 s |`);
  } finally {
    await hub.close();
  }
  console.log([`Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench:office\` (PostgreSQL 15, 2 cores).`, "", "| What | Result | Target |", "|---|---|---|", ...lines].join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
