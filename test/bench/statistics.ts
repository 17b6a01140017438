/**
 * `pnpm bench:statistics`: result statistics over 1,000,000 tasks on PostgreSQL (target: under 2 s).
 *
 * 1,000,000 task entries in the office's index across 40 departments, a year's end (office-year.ts). Times `resultStatistics` for the year and for
 * each half, cold (first run) and warm (median of five).
 */
import { OFFICE_MIGRATIONS, officeSchema, period, resultStatistics, type OfficeDb } from "@hub/office";
import { openStorage } from "@hub/kit";
import { DEFAULT_RESULT_CATEGORIES } from "@hub/schema";
import { createTestDatabase } from "../support/hub.js";
import { seedOfficeYear } from "./office-year.js";
import { time } from "./timing.js";

const TASKS = Number(process.env.BENCH_STATISTICS_TASKS ?? 1_000_000);
const DEPARTMENTS = 40;

async function main() {
  const database = await createTestDatabase();
  const storage = await openStorage({ name: "office", drizzleSchema: officeSchema, migrationsFolder: OFFICE_MIGRATIONS, databaseUrl: database.url });
  const db = storage.db as OfficeDb;
  try {
    console.error(`seeding ${TASKS} tasks over ${DEPARTMENTS} departments…`);
    await seedOfficeYear(db, TASKS, DEPARTMENTS);

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
