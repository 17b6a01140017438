/**
 * `pnpm bench:draw`: draw 5% of 1,000,000 targets across four credit classes with 2,000 inspectors,
 * two per target, on PostgreSQL; then verifyDraw on it. Target: under 10 s each.
 */
import { createHash } from "node:crypto";
import { createContext, DEPARTMENT_MIGRATIONS, departmentSchema, runDraw, verifyDraw, type DepartmentDb } from "@hub/department";
import { generateInspectors } from "@hub/gateway/synthetic";
import { openStorage } from "@hub/kit";
import { InspectionMethod, PlanStatus, resolveDepartment, Role, TargetKind } from "@hub/schema";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "../support/hub.js";

const TARGETS = Number(process.env.BENCH_DRAW_TARGETS ?? 1_000_000);
const INSPECTORS = 2000;

async function main() {
  const database = await createTestDatabase();
  const storage = await openStorage({ name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database.url });
  const db = storage.db as DepartmentDb;
  try {
    console.error(`seeding ${TARGETS} targets and ${INSPECTORS} inspectors…`);
    // Codes are synthetic (18 characters, no check character): the draw does not depend on it.
    await db.execute(sql`
      insert into targets (uscc, name, kind, risk_level, credit_class, tags, status)
      select '91440300' || lpad(g::text, 10, '0'), '企业' || g, 'ENTERPRISE',
             (array['HIGH','MEDIUM','LOW','LOW','LOW'])[1 + g % 5], (array['A','B','C','D'])[1 + g % 4],
             case when g % 500 = 0 then array['两客一危'] else '{}'::text[] end, 'ACTIVE'
      from generate_series(1, ${TARGETS}) g`);
    const pool = generateInspectors("market", INSPECTORS).map((i) => ({ ...i, status: "ACTIVE" as never, expertise: ["食品安全"] }));
    for (let i = 0; i < pool.length; i += 1000) await db.insert(departmentSchema.inspectors).values(pool.slice(i, i + 1000));
    await db.insert(departmentSchema.inspectionItems).values({ code: "SC-1", name: "食品经营", legalBasis: "《食品安全法》", targetKind: TargetKind.ENTERPRISE, method: InspectionMethod.ON_SITE, defaultRatio: 0.05, expertise: ["食品安全"] });
    const [plan] = await db.insert(departmentSchema.plans).values({
      year: 2026, name: "基准", itemCodes: ["SC-1"], periodStart: "2026-03-01", periodEnd: "2026-11-30",
      ratios: { A: 0.05, B: 0.05, C: 0.05, D: 0.05 }, status: PlanStatus.PUBLISHED, publishedAt: new Date(),
    }).returning();
    await db.execute(sql`analyze`);
    const secret = "bench-secret";
    const [commitment] = await db.insert(departmentSchema.drawCommitments)
      .values({ planId: plan!.id, commitment: createHash("sha256").update(secret).digest("hex"), createdBy: "bench" }).returning();

    const department = resolveDepartment({ code: "market", name: "市场监督管理局", port: 0 });
    const ctx = createContext(department, db, { subject: "bench", role: Role.DEPARTMENT_ADMIN, department: "market" });
    let t0 = performance.now();
    const row = await runDraw(ctx, {
      planId: plan!.id, commitmentId: commitment!.id, secret, publicValue: "bench", witnesses: [],
      teamSize: 2, maxTargetsPerInspector: 60, deprioritizeInspectedLastYear: false,
    });
    const drawSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const v = await verifyDraw(db, row.id, { subject: "bench" });
    const verifySeconds = (performance.now() - t0) / 1000;
    const [tasks] = await db.select({ n: sql<number>`count(*)::int` }).from(departmentSchema.tasks);
    if (!v.reproduces) throw new Error(`verification failed: ${JSON.stringify(v.checks)}`);
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench:draw\` (PostgreSQL 15, 2 cores).`,
      "",
      "| What | Result | Target |",
      "|---|---|---|",
      `| drawTargets: ${row.populationSize.toLocaleString("en")} eligible targets, 4 credit classes at 5% + key areas, ${INSPECTORS.toLocaleString("en")} inspectors, 2 per target → ${tasks!.n.toLocaleString("en")} tasks (draw, snapshot, chain, tasks in one transaction) | ${drawSeconds.toFixed(1)} s | < 10 s |`,
      `| verifyDraw on it (re-digest population and pool, re-run, compare) | ${verifySeconds.toFixed(1)} s | about the same |`,
    ];
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
