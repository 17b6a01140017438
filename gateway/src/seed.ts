/** Fill an empty hub with synthetic data (demo and benchmarks). */
import { createHash } from "node:crypto";
import { createContext, departmentSchema, publishResults, runDraw, upsertInspectors, upsertTargets, type DepartmentDb } from "@hub/department";
import { PlanStatus, resolveDepartment, Role, workingDayCalendar, type HubConfig } from "@hub/schema";
import { asc, count, eq, inArray, lte } from "drizzle-orm";
import { defaultRatios, generateCompanies, generateInspectors, generateItems } from "./synthetic.js";

export interface SeedOptions {
  config: HubConfig;
  departments: Record<string, DepartmentDb>;
  companies?: number;
  inspectorsPerDepartment?: number;
  year?: number;
  log?: (line: string) => void;
}

/** True when no department holds any target yet. */
export async function hubIsEmpty(departments: Record<string, DepartmentDb>): Promise<boolean> {
  for (const db of Object.values(departments)) {
    const [row] = await db.select({ n: count() }).from(departmentSchema.targets);
    if (Number(row?.n ?? 0) > 0) return false;
  }
  return true;
}

export async function seedHub(opts: SeedOptions): Promise<{ companies: number; perDepartment: Record<string, number> }> {
  const log = opts.log ?? (() => {});
  const year = opts.year ?? new Date().getFullYear();
  const companies = generateCompanies(opts.companies ?? 24_000);
  const perDepartment: Record<string, number> = {};
  for (const d of opts.config.departments) {
    const db = opts.departments[d.code];
    if (!db) continue;
    // Departments outside the demo's four hold a random fifth of the companies.
    const held = companies.filter((c, i) => (c.departments.length ? c.departments.includes(d.code) : false) ||
      (!["market", "transport", "environment", "emergency"].includes(d.code) && i % 5 === 0));
    const scale = d.creditClasses ?? ["A", "B", "C", "D"];
    const targets = held.map((c) => ({ ...c.target, creditClass: scale.includes(c.target.creditClass) ? c.target.creditClass : scale[0]! }));
    const items = generateItems(d.code);
    await db.transaction(async (tx) => {
      const t = tx as unknown as DepartmentDb;
      await t.insert(departmentSchema.inspectionItems).values(items).onConflictDoNothing();
      await upsertTargets(t, targets);
      await upsertInspectors(t, generateInspectors(d.code, opts.inspectorsPerDepartment ?? 200));
      const plan = {
        year,
        itemCodes: items.map((i) => i.code),
        periodStart: `${year}-03-01`,
        periodEnd: `${year}-11-30`,
        ratios: Object.fromEntries(defaultRatios(d).map((r) => [r.creditClass, r.ratio])),
        frequency: 1,
      };
      await t.insert(departmentSchema.plans).values([
        { ...plan, name: `${d.name}${year}年度双随机抽查计划`, status: PlanStatus.PUBLISHED, publishedAt: new Date() },
        { ...plan, name: `${d.name}${year}年度下半年专项抽查计划（草案）`, periodStart: `${year}-07-01`, status: PlanStatus.DRAFT },
      ]);
    });
    perDepartment[d.code] = targets.length;
    log(`  ${d.code.padEnd(12)} ${targets.length} targets, ${opts.inspectorsPerDepartment ?? 200} inspectors, ${items.length} items, 2 plans`);
  }
  return { companies: companies.length, perDepartment };
}

/** Draw every department's published plan, as a department admin would (demo only: a known secret). */
export async function drawPublishedPlans(config: HubConfig, departments: Record<string, DepartmentDb>, log: (line: string) => void = () => {}) {
  for (const d of config.departments) {
    const db = departments[d.code];
    if (!db) continue;
    const [plan] = await db.select().from(departmentSchema.plans).where(eq(departmentSchema.plans.status, PlanStatus.PUBLISHED)).limit(1);
    if (!plan) continue;
    const secret = `demo-${d.code}-${plan.year}`;
    const [commitment] = await db
      .insert(departmentSchema.drawCommitments)
      .values({ planId: plan.id, commitment: createHash("sha256").update(secret).digest("hex"), createdBy: "demo" })
      .returning();
    const ctx = createContext(resolveDepartment(d), db, { subject: "demo", role: Role.DEPARTMENT_ADMIN, department: d.code });
    const draw = await runDraw(ctx, {
      planId: plan.id,
      commitmentId: commitment!.id,
      secret,
      publicValue: `demo public value ${plan.year}`,
      witnesses: [{ name: "演示公证员", role: "公证员" }],
      teamSize: 2,
      maxTargetsPerInspector: 60,
      deprioritizeInspectedLastYear: false,
    });
    log(`  ${d.code.padEnd(12)} drew ${draw.populationSize} eligible → draw #${draw.seq}`);
  }
}

/**
 * Results for the demo's dashboards and public feed: about half of the drawn tasks whose window has
 * started get a result (mostly 未发现问题), and two thirds of those are published.
 */
export async function recordDemoResults(config: HubConfig, departments: Record<string, DepartmentDb>, log: (line: string) => void = () => {}) {
  const today = new Date().toISOString().slice(0, 10);
  const weights = ["NO_PROBLEM", "NO_PROBLEM", "NO_PROBLEM", "NO_PROBLEM", "NO_PROBLEM", "NO_PROBLEM", "RECTIFICATION_ORDERED", "INFO_NOT_DISCLOSED", "UNREACHABLE_AT_ADDRESS", "FOLLOW_UP_PENDING"];
  for (const d of config.departments) {
    const db = departments[d.code];
    if (!db) continue;
    const { tasks, taskResults } = departmentSchema;
    const started = await db.select().from(tasks).where(lte(tasks.dueStart, today)).orderBy(asc(tasks.id));
    const chosen = started.filter((_, i) => i % 2 === 0);
    if (chosen.length === 0) continue;
    const dept = resolveDepartment(d);
    const rows = chosen.map((t, i) => {
      const due = workingDayCalendar().addWorkingDays(t.dueStart, dept.resultDeadlines.entryWorkingDays);
      return {
        taskId: t.id, categoryCode: weights[i % weights.length]!, findings: "演示数据：检查情况见双随机抽查记录表", inspectionDate: t.dueStart,
        signers: t.inspectors.map((c) => ({ name: "演示检查员", certificateNumber: c })), evidence: [],
        entryDue: due.date, entryDueProvisional: due.provisional, enteredLate: false, recordedBy: "demo",
      };
    });
    await db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 1000) await tx.insert(taskResults).values(rows.slice(i, i + 1000));
      for (let i = 0; i < chosen.length; i += 1000)
        await tx.update(tasks).set({ status: "DONE" }).where(inArray(tasks.id, chosen.slice(i, i + 1000).map((t) => t.id)));
    });
    const ctx = createContext(dept, db, { subject: "demo", role: Role.DEPARTMENT_ADMIN, department: d.code });
    const toPublish = chosen.filter((_, i) => i % 3 !== 2).map((t) => t.id);
    for (let i = 0; i < toPublish.length; i += 5000) await publishResults(ctx, toPublish.slice(i, i + 5000));
    log(`  ${d.code.padEnd(12)} recorded ${chosen.length} results, published ${toPublish.length}`);
  }
}
