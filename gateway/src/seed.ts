/** Fill an empty hub with synthetic data (demo and benchmarks). */
import { createHash } from "node:crypto";
import {
  commitSeed,
  createContext,
  departmentSchema,
  FollowUpKind,
  publishResults,
  recordFollowUp,
  recordResult,
  runDraw,
  upsertInspectors,
  upsertTargets,
  type DepartmentDb,
  type FollowUpStep,
} from "@hub/department";
import { SettableClock } from "@hub/kit";
import { addDays, chinaDate, chinaInstant, chinaYear, PlanStatus, TaskSource, resolveDepartment, Role, workingDayCalendar, type DepartmentConfig, type HubConfig } from "@hub/schema";
import { and, asc, count, eq } from "drizzle-orm";
import { defaultRatios, generateCompanies, generateInspectors, generateItems, prng } from "./synthetic.js";

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
  const year = opts.year ?? demoYear();
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
    await db.transaction(async (t) => {
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
        { ...plan, name: `${d.name}${year}年度双随机抽查计划`, status: PlanStatus.PUBLISHED, publishedAt: chinaInstant(`${year}-01-20`, "10:00") },
        { ...plan, name: `${d.name}${year}年度下半年专项抽查计划（草案）`, periodStart: `${year}-07-01`, status: PlanStatus.DRAFT },
      ]);
    });
    perDepartment[d.code] = targets.length;
    log(`  ${d.code.padEnd(12)} ${targets.length} targets, ${opts.inspectorsPerDepartment ?? 200} inspectors, ${items.length} items, 2 plans`);
  }
  return { companies: companies.length, perDepartment };
}

/**
 * The year the demo shows: the current year once its draws and a month of inspections are behind it
 * (from April), the previous one before that.
 */
export function demoYear(now = new Date()): number {
  const year = chinaYear(now);
  return chinaDate(now) >= `${year}-04-01` ? year : year - 1;
}

/** A department's context as one of its admins, at a fixed moment of the demo's year. */
function contextAt(d: DepartmentConfig, db: DepartmentDb, clock: SettableClock) {
  return createContext(resolveDepartment(d), db, { subject: `demo-${d.code}-admin`, role: Role.DEPARTMENT_ADMIN, department: d.code }, clock);
}

/**
 * Draw every department's published plan as its admin would, at the end of February: the commitment
 * a week before, the draw itself on the 26th (demo only: a known secret).
 */
export async function drawPublishedPlans(config: HubConfig, departments: Record<string, DepartmentDb>, log: (line: string) => void = () => {}, year = demoYear()) {
  for (const d of config.departments) {
    const db = departments[d.code];
    if (!db) continue;
    const [plan] = await db.select().from(departmentSchema.plans).where(and(eq(departmentSchema.plans.status, PlanStatus.PUBLISHED), eq(departmentSchema.plans.year, year))).limit(1);
    if (!plan) continue;
    const clock = new SettableClock().set(chinaInstant(`${year}-02-19`, "10:00"));
    const ctx = contextAt(d, db, clock);
    const secret = `demo-${d.code}-${plan.year}`;
    const commitment = await commitSeed(ctx, plan.id, createHash("sha256").update(secret).digest("hex"));
    clock.set(chinaInstant(`${year}-02-26`, "10:00"));
    const draw = await runDraw(ctx, {
      planId: plan.id,
      commitmentId: commitment.id,
      secret,
      publicValue: `福彩3D ${year}年第050期开奖号码（演示）`,
      witnesses: [{ name: "演示公证员", role: "公证员" }, { name: "演示纪检员", role: "纪检监察" }],
      teamSize: 2,
      maxTargetsPerInspector: 60,
      deprioritizeInspectedLastYear: false,
    });
    log(`  ${d.code.padEnd(12)} drew ${draw.populationSize} eligible → draw #${draw.seq}`);
  }
}

const CATEGORY_WEIGHTS = [
  ["NO_PROBLEM", 62], ["RECTIFICATION_ORDERED", 14], ["INFO_NOT_DISCLOSED", 6], ["UNREACHABLE_AT_ADDRESS", 5],
  ["FOLLOW_UP_PENDING", 5], ["NO_RELEVANT_BUSINESS", 6], ["OTHER", 2],
] as const;

/**
 * The year so far, through the departments' own services and rules, each step on its day: drawn
 * tasks are inspected on a day of their window that has passed, most results are entered within the
 * two working days allowed (a few late), most are published within the deadline (a few late, a few
 * not yet), rectification orders are followed up, cases transferred. Nothing is dated after today.
 */
export async function recordDemoResults(config: HubConfig, departments: Record<string, DepartmentDb>, log: (line: string) => void = () => {}, now = new Date()) {
  const today = chinaDate(now);
  const calendar = workingDayCalendar();
  for (const d of config.departments) {
    const db = departments[d.code];
    if (!db) continue;
    const r = prng(2026 + d.code.length * 17 + d.code.charCodeAt(0));
    const clock = new SettableClock();
    const ctx = contextAt(d, db, clock);
    const at = (date: string, time: string) => clock.set(chinaInstant(date, time));
    const { tasks, inspectors } = departmentSchema;
    const drawn = await db.select().from(tasks).where(eq(tasks.source, TaskSource.DRAW)).orderBy(asc(tasks.id));
    const names = new Map((await db.select({ c: inspectors.certificateNumber, name: inspectors.name }).from(inspectors)).map((x) => [x.c, x.name]));
    const publishOn = new Map<string, number[]>();
    let recorded = 0;
    let late = 0;
    for (const task of drawn) {
      const from = [task.dueStart, chinaDate(task.createdAt)].sort().at(-1)!;
      const span = (Date.parse(task.dueEnd) - Date.parse(from)) / 86_400_000;
      if (span < 0) continue;
      // The day the team goes (working days only); a day still ahead is not inspected yet.
      const inspected = calendar.addWorkingDays(addDays(from, r.int(span + 1)), 0).date;
      if (inspected >= today || inspected > task.dueEnd) continue;
      const entryDelay = r.weighted([[0, 45], [1, 35], [2, 14], [3, 4], [5, 2]] as const);
      const entered = calendar.addWorkingDays(inspected, entryDelay).date;
      if (entered > today) continue;
      const categoryCode = r.weighted(CATEGORY_WEIGHTS);
      at(entered, "16:30");
      await recordResult(ctx, task.id, {
        categoryCode,
        findings: categoryCode === "NO_PROBLEM" ? "经现场检查，未发现违法违规问题（演示数据）" : "检查发现问题，详见双随机抽查记录表（演示数据）",
        inspectionDate: inspected,
        signers: task.inspectors.map((c) => ({ name: names.get(c) ?? c, certificateNumber: c })),
        evidence: [{ id: `demo-${d.code}-${task.id}-photo`, kind: "PHOTO", sha256: createHash("sha256").update(`${d.code}-${task.id}`).digest("hex") }],
      });
      recorded++;
      if (entryDelay > 2) late++;
      // 后续处置, each step on its own day and none after today.
      const step = async (date: string, kind: FollowUpKind, extra: Partial<FollowUpStep> = {}) => {
        if (date > today) return false;
        at(date, "17:00");
        await recordFollowUp(ctx, task.id, { kind, date, documentNumber: null, deadline: null, rectified: null, receivingParty: null, note: null, ...extra });
        return true;
      };
      if (categoryCode === "RECTIFICATION_ORDERED") {
        const ordered = calendar.addWorkingDays(entered, 1).date;
        const deadline = addDays(ordered, 15);
        if (await step(ordered, FollowUpKind.RECTIFICATION_ORDER, { deadline, documentNumber: `演示责改〔${ordered.slice(0, 4)}〕${task.id}号` })) {
          const again = calendar.addWorkingDays(deadline, 2).date;
          if (await step(again, FollowUpKind.REINSPECTION, { rectified: r.next() < 0.9 })) await step(again, FollowUpKind.CLOSE, { note: "复查完毕" });
        }
      } else if (categoryCode === "FOLLOW_UP_PENDING") {
        await step(calendar.addWorkingDays(entered, 3).date, FollowUpKind.TRANSFER, { receivingParty: "区综合行政执法局", documentNumber: `演示移交〔${entered.slice(0, 4)}〕${task.id}号` });
      }
      // 公示: mostly well within the deadline, a few late, a few not yet.
      const delay = r.weighted([[1, 25], [3, 30], [8, 20], [15, 12], [24, 8], [-1, 5]] as const);
      if (delay < 0) continue;
      const published = calendar.addWorkingDays(entered, delay).date;
      if (published <= today) publishOn.set(published, [...(publishOn.get(published) ?? []), task.id]);
    }
    let published = 0;
    for (const day of [...publishOn.keys()].sort()) {
      at(day, "10:00");
      const ids = publishOn.get(day)!;
      for (let i = 0; i < ids.length; i += 5000) await publishResults(ctx, ids.slice(i, i + 5000));
      published += ids.length;
    }
    log(`  ${d.code.padEnd(12)} recorded ${recorded} results (${late} entered late), published ${published}`);
  }
}
