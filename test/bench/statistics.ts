/**
 * `pnpm bench:statistics`: result statistics over 1,000,000 tasks on PostgreSQL (target: under 2 s).
 *
 * 1,000,000 task entries in the office's index across 40 departments, with the mix a year ends with:
 * most recorded, most of those published (a tenth late), some overdue, every category, and joint
 * inspections covering about a tenth of the targets. Times `resultStatistics` for the year and for
 * each half, cold (first run) and warm (median of five).
 */
import { OFFICE_MIGRATIONS, officeSchema, period, resultStatistics, type OfficeDb } from "@hub/office";
import { openStorage } from "@hub/kit";
import { DEFAULT_RESULT_CATEGORIES } from "@hub/schema";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "../support/hub.js";
import { time } from "./timing.js";

const TASKS = Number(process.env.BENCH_STATISTICS_TASKS ?? 1_000_000);
const DEPARTMENTS = 40;

async function main() {
  const database = await createTestDatabase();
  const storage = await openStorage({ name: "office", drizzleSchema: officeSchema, migrationsFolder: OFFICE_MIGRATIONS, databaseUrl: database.url });
  const db = storage.db as OfficeDb;
  try {
    console.error(`seeding ${TASKS} tasks over ${DEPARTMENTS} departments…`);
    const codes = DEFAULT_RESULT_CATEGORIES.map((c) => `'${c.code}'`).join(",");
    // g % 10: 0–6 published (6 late), 7 recorded not published, 8–9 no result yet.
    await db.execute(sql.raw(`insert into task_entries (department, task_id, uscc, source, status, item_codes, inspector_count, due_start, due_end,
        publication_due, category_code, inspection_date, published_at, published_late, follow_up_state)
      select 'd' || (g % ${DEPARTMENTS}), g, '91440300' || lpad(g::text, 10, '0'), case when g % 7 = 0 then 'COMPLAINT' else 'DRAW' end,
             case when g % 10 < 8 then 'DONE' else 'ASSIGNED' end, array['I1'], 2,
             make_date(2026, 1 + (g % 12), 1), make_date(2026, 1 + (g % 12), 28), make_date(2026, 1 + (g % 12), 28) + 28,
             case when g % 10 < 8 then (array[${codes}])[1 + (g / 10) % ${DEFAULT_RESULT_CATEGORIES.length}] end,
             case when g % 10 < 8 then make_date(2026, 1 + (g % 12), 15) end,
             case when g % 10 < 7 then make_date(2026, 1 + (g % 12), 28) + 10 end,
             case when g % 10 < 7 then g % 10 = 6 end,
             case when g % 10 < 8 then 'CLOSED' end
      from generate_series(1, ${TASKS}) g`));
    // Joint inspections: one per 100 targets, each with 10 targets and 2 accepted departments.
    await db.execute(sql.raw(`insert into joint_inspections (id, lead, departments, window_start, window_end, status, plan_text, created_by)
      select j, 'd' || (j % ${DEPARTMENTS}), array['d' || (j % ${DEPARTMENTS}), 'd' || ((j + 1) % ${DEPARTMENTS})], make_date(2026, 1 + (j % 12), 1), make_date(2026, 1 + (j % 12), 28), 'CLOSED', 'bench', 'bench'
      from generate_series(1, ${TASKS / 100}) j`));
    await db.execute(sql.raw(`insert into joint_targets (joint_id, uscc) select j, '91440300' || lpad((j * 10 + t)::text, 10, '0') from generate_series(1, ${TASKS / 100}) j, generate_series(0, 9) t`));
    await db.execute(sql.raw(`insert into joint_participants (joint_id, department, response) select j, 'd' || ((j + k) % ${DEPARTMENTS}), 'ACCEPTED' from generate_series(1, ${TASKS / 100}) j, generate_series(0, 1) k`));
    await db.execute(sql`analyze`);

    const departments = Array.from({ length: DEPARTMENTS }, (_, i) => `d${i}`);
    const lines = ["| statistics over | period | cold | warm (median of 5) | target |", "|---|---|---|---|---|"];
    for (const p of [period(2026), period(2026, 1), period(2026, 2)]) {
      const [stats, cold] = await time(() => resultStatistics(db, departments, DEFAULT_RESULT_CATEGORIES, p, "2026-12-31"));
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) warm.push((await time(() => resultStatistics(db, departments, DEFAULT_RESULT_CATEGORIES, p, "2026-12-31")))[1]);
      warm.sort((a, b) => a - b);
      const total = stats.reduce((s, d) => s + d.tasks, 0);
      const share = stats.reduce((s, d) => s + d.jointVisits, 0) / total;
      console.error(`${p.label}: ${total} tasks, ${stats.reduce((s, d) => s + d.overdue, 0)} overdue, joint share ${(share * 100).toFixed(1)}%`);
      lines.push(`| ${total.toLocaleString("en")} tasks, ${DEPARTMENTS} departments | ${p.label} | ${cold.toFixed(2)} s | ${warm[2]!.toFixed(2)} s | < 2 s |`);
    }
    console.log(lines.join("\n"));
  } finally {
    await storage.close();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
