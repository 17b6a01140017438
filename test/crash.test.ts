/**
 * Nothing committed is lost and nothing half-written is left when an import is killed with
 * SIGKILL in the middle of writing, on PostgreSQL; rerunning it completes the import.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { createServer } from "node:net";
import { DEPARTMENT_MIGRATIONS, departmentSchema } from "@hub/department";
import { generateInspectors, syntheticUscc } from "@hub/gateway/synthetic";
import { authSettings, IDENTITY_HEADER, openStorage, signInternalIdentity } from "@hub/kit";
import { InspectionMethod, InspectorStatus, PlanStatus, REPO_ROOT, Role, TargetKind } from "@hub/schema";
import { sql as dsql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csv, TARGET_HEADERS } from "./support/files.js";
import { waitHealthy } from "./bench/services.js";
import { createTestDatabase, DRIVERS } from "./support/hub.js";

const ROWS = 60_000;

function runImport(file: string, env: NodeJS.ProcessEnv, killWhen?: RegExp) {
  const child = spawn(process.execPath, ["--import", "tsx", "subgraphs/department/src/cli.ts", "import", "--department", "market", "--kind", "targets", "--file", file], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
  });
  let stderr = "";
  let stdout = "";
  let killed = false;
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => {
    stderr += d;
    if (killWhen && !killed && killWhen.test(stderr)) {
      killed = true;
      child.kill("SIGKILL");
    }
  });
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

describe.runIf(DRIVERS.includes("postgres"))("crash safety on PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), "hub-crash-"));
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("an import killed with SIGKILL mid-write leaves nothing behind; the rerun lands every row", async () => {
    const file = join(dir, "targets.csv");
    writeFileSync(file, csv([TARGET_HEADERS, ...Array.from({ length: ROWS }, (_, i) => [syntheticUscc(i, "440307"), `深圳市崩溃测试${i}号有限公司`, "", "", "", "", "", "低", "A", "", ""])]));
    const env = { DATABASE_URL: database.url };
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const countOf = async (table: string) => (await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n;
    try {
      const killed = await runImport(file, env, /written \d+\/60000 rows/);
      expect(killed.signal).toBe("SIGKILL");
      expect(killed.stderr).toMatch(/written 5000\/60000/);
      // The killed process's connection is gone; its transaction was never committed.
      expect(await countOf("market.targets")).toBe(0);
      expect(await countOf("market.audit_log")).toBe(0);

      const rerun = await runImport(file, env);
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toMatch(/COMMITTED: 60000 rows \(60000 new, 0 updated, 0 unchanged/);
      expect(await countOf("market.targets")).toBe(ROWS);
      const entries = await sql`select subject, role, operation, cardinality(affected_ids) as ids from market.audit_log`;
      expect(entries).toEqual([expect.objectContaining({ role: "cli", operation: "importTargets", ids: ROWS })]);
    } finally {
      await sql.end();
    }
  }, 180_000);
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

describe.runIf(DRIVERS.includes("postgres"))("a draw killed mid-transaction on PostgreSQL", () => {
  it("leaves no draw, snapshot, task or used commitment behind; after a restart the same draw completes and verifies", async () => {
    const database = await createTestDatabase();
    const storage = await openStorage({ name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database.url });
    const pgsql = postgres(database.url, { max: 1, onnotice: () => {} });
    const children: ReturnType<typeof spawn>[] = [];
    try {
      const db = storage.db;
      await db.execute(dsql`insert into targets (uscc, name, kind, risk_level, credit_class, tags, status)
        select '91440300' || lpad(g::text, 10, '0'), '企业' || g, 'ENTERPRISE', (array['HIGH','MEDIUM','LOW'])[1 + g % 3], (array['A','B','C','D'])[1 + g % 4], '{}', 'ACTIVE'
        from generate_series(1, 300000) g`);
      await db.insert(departmentSchema.inspectors).values(generateInspectors("market", 2000).map((i) => ({ ...i, status: InspectorStatus.ACTIVE, expertise: ["食品安全"] })));
      await db.insert(departmentSchema.inspectionItems).values({ code: "SC-1", name: "食品经营", legalBasis: "《食品安全法》", targetKind: TargetKind.ENTERPRISE, method: InspectionMethod.ON_SITE, defaultRatio: 0.05, expertise: ["食品安全"] });
      const [plan] = await db.insert(departmentSchema.plans).values({ year: 2026, name: "崩溃", itemCodes: ["SC-1"], periodStart: "2026-03-01", periodEnd: "2026-11-30", ratios: { A: 0.1, B: 0.1, C: 0.1, D: 0.1 }, status: PlanStatus.PUBLISHED }).returning();
      const [c] = await db.insert(departmentSchema.drawCommitments).values({ planId: plan!.id, commitment: createHash("sha256").update("crash-secret").digest("hex"), createdBy: "t" }).returning();
      await storage.close();

      const port = await freePort();
      const start = () => {
        const child = spawn(process.execPath, ["--import", "tsx", "gateway/src/serve.ts", "market"], { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: "error" }, stdio: "ignore" });
        children.push(child);
        return child;
      };
      const url = `http://127.0.0.1:${port}/graphql`;
      const healthy = () => waitHealthy(url, 30_000);
      const header = { [IDENTITY_HEADER]: await signInternalIdentity({ subject: "t", role: Role.DEPARTMENT_ADMIN, department: "market" }, authSettings().internalSecret, "market") };
      const drawOnce = () =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...header },
          body: JSON.stringify({ query: `mutation { market { drawTargets(input: { planId: ${plan!.id}, commitmentId: ${c!.id}, secret: "crash-secret", publicValue: "p", maxTargetsPerInspector: 40 }) { id taskCount } } }` }),
        }).then((r) => r.json() as Promise<any>);

      const first = start();
      await healthy();
      const pending = drawOnce().catch(() => "connection lost");
      // Kill as soon as the draw's transaction holds the chain lock, i.e. is writing.
      let inside = false;
      for (let i = 0; i < 1500 && !inside; i++) {
        // pg_locks is server-wide: count only this database's advisory locks (other test files draw too).
        const [row] = await pgsql`select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database
          where l.locktype = 'advisory' and l.granted and d.datname = current_database()`;
        inside = row!.n > 0;
        if (!inside) await new Promise((r) => setTimeout(r, 10));
      }
      expect(inside).toBe(true);
      first.kill("SIGKILL");
      expect(await pending).toBe("connection lost");
      await new Promise((r) => setTimeout(r, 500));
      const count = async (t: string) => (await pgsql.unsafe<{ n: number }[]>(`select count(*)::int as n from market.${t}`))[0]!.n;
      expect(await count("draws")).toBe(0);
      expect(await count("draw_snapshots")).toBe(0);
      expect(await count("tasks")).toBe(0);
      expect((await pgsql`select used_by_draw from market.draw_commitments`)[0]!.used_by_draw).toBeNull();

      start();
      await healthy();
      const done = await drawOnce();
      expect(done.errors).toBeUndefined();
      expect(done.data.market.drawTargets.taskCount).toBe(30000);
      const verified = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...header }, body: JSON.stringify({ query: `{ market { verifyDraw(id: ${done.data.market.drawTargets.id}) { reproduces } verifyDrawChain { intact length } } }` }) }).then((r) => r.json() as Promise<any>);
      expect(verified.data.market).toEqual({ verifyDraw: { reproduces: true }, verifyDrawChain: { intact: true, length: 1 } });
    } finally {
      for (const child of children) child.kill("SIGKILL");
      await pgsql.end();
      await storage.close();
      await database.drop();
    }
  }, 240_000);
});
