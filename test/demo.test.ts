/**
 * The demo is what people judge the hub by: its seeded year must obey the hub's own rules. A small
 * demo year is seeded as the demo does it (through the departments' services, each step on its day)
 * as of mid-September, and every recorded result is checked against the rules.
 */
import { departmentSchema } from "@hub/department";
import { drawPublishedPlans, recordDemoResults, seedHub } from "@hub/gateway/seed";
import { chinaDate, chinaInstant, publicationDeadline, resolveDepartment, workingDayCalendar } from "@hub/schema";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { dashboard } from "./support/tokens.js";

const NOW = chinaInstant("2026-09-15", "18:00");
const TODAY = chinaDate(NOW);

describe.each(DRIVERS)("the demo's year on %s", (driver) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(driver);
    const dbs = Object.fromEntries(Object.entries(hub.departments).map(([k, v]) => [k, v.db]));
    await seedHub({ config: hub.config, departments: dbs, companies: 1500, inspectorsPerDepartment: 60, year: 2026 });
    await drawPublishedPlans(hub.config, dbs, () => {}, 2026);
    await recordDemoResults(hub.config, dbs, () => {}, NOW);
  }, 240_000);
  afterAll(async () => hub?.close());

  it("every seeded result keeps the rules: inspected inside its window after its draw, late exactly when late, nothing after today", async () => {
    let results = 0;
    let published = 0;
    for (const [code, running] of Object.entries(hub.departments)) {
      const { tasks, taskResults, draws, taskFollowUps } = departmentSchema;
      const deadlines = resolveDepartment(hub.config.departments.find((d) => d.code === code)!).resultDeadlines;
      const [draw] = await running.db.select().from(draws);
      const drawnOn = chinaDate(draw!.createdAt);
      expect(drawnOn).toBe("2026-02-26");
      const rows = await running.db.select({ task: tasks, result: taskResults }).from(taskResults).innerJoin(tasks, eq(tasks.id, taskResults.taskId));
      expect(rows.length).toBeGreaterThan(0);
      for (const { task, result: r } of rows) {
        results++;
        expect(r.inspectionDate >= task.dueStart && r.inspectionDate <= task.dueEnd && r.inspectionDate >= drawnOn).toBe(true);
        expect(r.inspectionDate < TODAY).toBe(true);
        expect(r.entryDue).toBe(workingDayCalendar().addWorkingDays(r.inspectionDate, deadlines.entryWorkingDays).date);
        expect(r.enteredLate).toBe(chinaDate(r.recordedAt) > r.entryDue);
        expect(chinaDate(r.recordedAt) <= TODAY).toBe(true);
        expect(r.publicationDue).toBe(publicationDeadline(r.inspectionDate, deadlines).date);
        if (r.publishedAt) {
          published++;
          expect(chinaDate(r.publishedAt) <= TODAY && r.publishedAt >= r.recordedAt).toBe(true);
          expect(r.publishedLate).toBe(chinaDate(r.publishedAt) > r.publicationDue!);
        }
      }
      for (const step of await running.db.select().from(taskFollowUps)) expect(step.date <= TODAY && chinaDate(step.recordedAt) <= TODAY).toBe(true);
    }
    // a believable year: most inspected tasks recorded, most of them published, some of each kind of lateness
    expect(results).toBeGreaterThan(50);
    expect(published / results).toBeGreaterThan(0.6);
  });

  it("the office's statistics of the seeded year add up", async () => {
    hub.clock.set(NOW);
    // every department's copy, not just the first one's (a loaded machine syncs them one by one)
    await hub.syncUntil(async () => (await hub.query(`{ resultStatistics(year: 2026) { resultsRecorded } }`, {}, dashboard)).data.resultStatistics.every((s: any) => s.resultsRecorded > 0));
    await hub.sync(); // and once more, so that nothing seeded is still on its way
    const stats = (await hub.query(`{ resultStatistics(year: 2026) { department tasks resultsRecorded publishedOnTime publishedLate overdue } }`, {}, dashboard)).data.resultStatistics;
    for (const s of stats) {
      expect(s.publishedOnTime + s.publishedLate).toBeLessThanOrEqual(s.resultsRecorded);
      expect(s.resultsRecorded).toBeLessThanOrEqual(s.tasks);
    }
    expect(stats.some((s: any) => s.publishedLate > 0 && s.publishedOnTime > s.publishedLate)).toBe(true);
    hub.clock.reset();
  });
});
