/**
 * Nothing committed is lost and nothing half-written is left when an import is killed with
 * SIGKILL in the middle of writing, on PostgreSQL; rerunning it completes the import.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { REPO_ROOT } from "@hub/schema";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csv, TARGET_HEADERS } from "./support/files.js";
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
      expect(rerun.stdout).toMatch(/COMMITTED: 60000 rows \(60000 new, 0 updated\)/);
      expect(await countOf("market.targets")).toBe(ROWS);
      const entries = await sql`select subject, role, operation, cardinality(affected_ids) as ids from market.audit_log`;
      expect(entries).toEqual([expect.objectContaining({ role: "cli", operation: "importTargets", ids: ROWS })]);
    } finally {
      await sql.end();
    }
  }, 180_000);
});
