/**
 * Result statistics against a plain re-count: random task indexes (departments, sources, windows,
 * results, publication) are written to the office's real storage, and `resultStatistics` must agree
 * with counting the same rows one by one in JavaScript, for the year and each half.
 */
import { OFFICE_MIGRATIONS, officeSchema, period, resultStatistics, type OfficeDb } from "@hub/office";
import { openStorage, type Storage } from "@hub/kit";
import { DEFAULT_RESULT_CATEGORIES, TaskSource, TaskStatus } from "@hub/schema";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DRIVERS } from "./support/hub.js";

const DEPARTMENTS = ["market", "transport", "fire"];
const TODAY = "2026-09-15";
const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);

const arbEntry = fc.record({
  department: fc.constantFrom(...DEPARTMENTS),
  source: fc.constantFrom(TaskSource.DRAW, TaskSource.DRAW, TaskSource.COMPLAINT),
  dueEnd: fc.integer({ min: 0, max: 364 }),
  dueLag: fc.integer({ min: 0, max: 60 }),
  result: fc.option(fc.record({
    code: fc.constantFrom(...DEFAULT_RESULT_CATEGORIES.map((c) => c.code)),
    published: fc.boolean(),
    late: fc.boolean(),
  }), { nil: null }),
});
type Entry = typeof arbEntry extends fc.Arbitrary<infer T> ? T : never;

function recount(entries: Entry[], from: string, to: string) {
  const problem = new Set(DEFAULT_RESULT_CATEGORIES.filter((c) => c.problem).map((c) => c.code));
  return DEPARTMENTS.map((department) => {
    const mine = entries.filter((e) => e.department === department && day(e.dueEnd) >= from && day(e.dueEnd) <= to);
    const drawn = mine.filter((e) => e.source === "DRAW");
    const recorded = mine.filter((e) => e.result);
    const problems = recorded.filter((e) => problem.has(e.result!.code)).length;
    return {
      department,
      tasks: mine.length,
      plannedTasks: drawn.length,
      plannedTasksPublished: drawn.filter((e) => e.result?.published).length,
      resultsRecorded: recorded.length,
      publishedOnTime: mine.filter((e) => e.result?.published && !e.result.late).length,
      publishedLate: mine.filter((e) => e.result?.published && e.result.late).length,
      overdue: mine.filter((e) => !e.result?.published && day(e.dueEnd + e.dueLag) < TODAY).length,
      problemsFound: problems,
      problemDetectionRate: recorded.length ? problems / recorded.length : 0,
      byCategory: DEFAULT_RESULT_CATEGORIES.map((c) => ({ code: c.code, name: c.name, count: recorded.filter((e) => e.result!.code === c.code).length })),
    };
  });
}

describe.each(DRIVERS)("result statistics over %s", (driver) => {
  let storage: Storage<typeof officeSchema>;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const database = driver === "postgres" ? await createTestDatabase() : undefined;
    drop = database?.drop;
    storage = await openStorage({ name: "office", drizzleSchema: officeSchema, migrationsFolder: OFFICE_MIGRATIONS, databaseUrl: database?.url, dataDir: "memory://" });
  });
  afterAll(async () => {
    await storage?.close();
    await drop?.();
  });

  it("property: the SQL statistics equal a one-by-one recount, for the year and each half", async () => {
    const db = storage.db as OfficeDb;
    await fc.assert(
      fc.asyncProperty(fc.array(arbEntry, { maxLength: 60 }), async (entries) => {
        await db.delete(officeSchema.taskEntries);
        if (entries.length)
          await db.insert(officeSchema.taskEntries).values(entries.map((e, i) => ({
            department: e.department, taskId: i + 1, uscc: `U${i}`, source: e.source, status: e.result ? TaskStatus.DONE : TaskStatus.ASSIGNED,
            dueStart: day(Math.max(0, e.dueEnd - 30)), dueEnd: day(e.dueEnd), publicationDue: day(e.dueEnd + e.dueLag),
            categoryCode: e.result?.code ?? null, inspectionDate: e.result ? day(e.dueEnd) : null,
            publishedAt: e.result?.published ? new Date(`${day(e.dueEnd + 1)}T08:00:00Z`) : null,
            publishedLate: e.result?.published ? e.result.late : null,
          })));
        for (const p of [period(2026), period(2026, 1), period(2026, 2)]) {
          const got = await resultStatistics(db, DEPARTMENTS, DEFAULT_RESULT_CATEGORIES, p, TODAY);
          const want = recount(entries, p.from, p.to);
          expect(got.map(({ period: _, planCompletion: __, jointVisits: ___, jointShare: ____, ...rest }) => rest)).toEqual(want);
          for (const g of got) expect(g.planCompletion).toBe(g.plannedTasks ? g.plannedTasksPublished / g.plannedTasks : 1);
        }
      }),
      { numRuns: 25 },
    );
  });
});
