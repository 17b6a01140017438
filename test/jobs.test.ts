/**
 * Long operations as jobs, on both drivers: progress and result are read back; a failing job is
 * retried and then fails with its reason; a job still running when its service stops, or left
 * running by a process that died, runs again on the next start.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JobState, openStorage, startJobQueue, type JobKind, type Storage } from "@hub/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DRIVERS } from "./support/hub.js";

const EMPTY = join(import.meta.dirname, "support", "no-migrations");

describe.each(DRIVERS)("jobs over %s", (driver) => {
  let dir: string;
  let database: { url: string; drop(): Promise<void> } | undefined;
  const open = () => openStorage({ name: "jobs_test", drizzleSchema: {}, migrationsFolder: EMPTY, databaseUrl: database?.url, dataDir: dir });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hub-jobs-"));
    database = driver === "postgres" ? await createTestDatabase() : undefined;
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const withQueue = async <T>(kinds: Record<string, JobKind<any>>, fn: (q: Awaited<ReturnType<typeof startJobQueue>>, s: Storage<{}>) => Promise<T>, closeWaitMs?: number) => {
    const storage = await open();
    const q = await startJobQueue(storage.sql, "test_jobs", kinds, { pollingIntervalSeconds: 0.5 });
    try {
      return await fn(q, storage);
    } finally {
      await q.close(closeWaitMs);
      await storage.close();
    }
  };

  it("reports progress and keeps the result; a bad id is refused, an unknown one is null", async () => {
    await withQueue(
      {
        count: {
          handler: async (data: { n: number }, p) => {
            for (let i = 1; i <= data.n; i++) await p.progress(i, data.n, `第 ${i} 步`);
            return { counted: data.n };
          },
        },
      },
      async (q) => {
        const { id, created } = await q.start("count", { n: 3 }, "clerk-1");
        expect(created).toBe(true);
        const queued = await q.get(id);
        expect(queued).toMatchObject({ id, kind: "count", requestedBy: "clerk-1", retries: 0 });
        expect([JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED]).toContain(queued!.state);
        const done = await q.settled(id, 50);
        expect(done).toMatchObject({ state: JobState.SUCCEEDED, done: 3, total: 3, step: "第 3 步", result: { counted: 3 }, error: null });
        expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.createdAt.getTime());
        await expect(q.get("not-a-uuid")).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
        expect(await q.get("00000000-0000-4000-8000-000000000000")).toBeNull();
      },
    );
  });

  it("a failing job is retried, then fails with its reason", async () => {
    let attempts = 0;
    await withQueue(
      {
        broken: {
          retryLimit: 1,
          handler: async () => {
            attempts++;
            throw new Error("部门接口返回错误");
          },
        },
      },
      async (q) => {
        const { id } = await q.start("broken", {}, "clerk-1");
        const job = await q.settled(id, 50);
        expect(job).toMatchObject({ state: JobState.FAILED, error: "部门接口返回错误", retries: 1, result: null });
        expect(attempts).toBe(2);
      },
    );
  });

  it("one at a time: while one waits, starting again returns the waiting one", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await withQueue({ single: { oneAtATime: true, handler: () => gate.then(() => ({})) } }, async (q) => {
      const first = await q.start("single", {}, "a");
      while ((await q.get(first.id))!.state !== JobState.RUNNING) await new Promise((r) => setTimeout(r, 50));
      const second = await q.start("single", {}, "b");
      const third = await q.start("single", {}, "c");
      expect(second.created).toBe(true);
      expect(third).toEqual({ id: second.id, created: false });
      release();
      expect((await q.settled(first.id, 50)).state).toBe(JobState.SUCCEEDED);
      expect((await q.settled(second.id, 50)).state).toBe(JobState.SUCCEEDED);
    });
  });

  it("a job running when its service stops, or left running by a process that died, runs again on the next start", async () => {
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    // First life: the job starts and never ends before the service stops.
    const id = await withQueue(
      { long: { handler: () => (started(), new Promise(() => {})) } },
      async (q) => {
        const { id } = await q.start("long", {}, "clerk-1");
        await running;
        return id;
      },
      1000,
    );
    // A process that died leaves its job marked running: make the stopped one look like that.
    const storage = await open();
    await storage.sql.executeSql(`UPDATE test_jobs.job SET state = 'active' WHERE id = $1`, [id]);
    await storage.close();
    // Second life: the job is taken up again and ends.
    await withQueue({ long: { handler: async () => ({ resumed: true }) } }, async (q) => {
      const job = await q.settled(id, 50);
      expect(job).toMatchObject({ state: JobState.SUCCEEDED, result: { resumed: true } });
      expect(job.retries).toBeGreaterThanOrEqual(1);
    });
  });
});
