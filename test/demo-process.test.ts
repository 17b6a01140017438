/**
 * `pnpm demo` as a person runs it: every service in its own process; Ctrl-C (SIGINT to the whole
 * process group, as a terminal sends it) closes every database before exiting, so a restart works
 * at once; after a crash (kill -9 of everything) the next start takes over the stale locks, says
 * so, and comes up with the data of before.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCK_FILE, processAlive } from "@hub/kit";
import { REPO_ROOT } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe("the demo, one process per service", () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let config: { gateway: { port: number }; office: { port: number }; departments: { code: string; port: number }[] };
  let running: ChildProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hub-demo-"));
    const base = JSON.parse(readFileSync(join(REPO_ROOT, "hub.config.json"), "utf8"));
    config = { ...base, gateway: { ...base.gateway, port: await freePort() }, office: { ...base.office, port: await freePort() } };
    for (const d of config.departments) d.port = await freePort();
    writeFileSync(join(dir, "hub.config.json"), JSON.stringify(config));
    env = { ...process.env, HUB_CONFIG: join(dir, "hub.config.json"), DATA_DIR: join(dir, "data"), DEMO_COMPANIES: "300", LOG_LEVEL: "warn" };
    delete env.PORT;
    delete env.DATABASE_URL;
  });
  afterAll(() => {
    if (running?.pid && running.exitCode === null) process.kill(-running.pid, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  /** Start `pnpm demo` in a process group of its own; resolves once it says it is up. */
  function startDemo(): Promise<{ child: ChildProcess; output: () => string }> {
    const child = spawn(process.execPath, ["--import", "tsx", "gateway/src/demo.ts"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    running = child;
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    return new Promise((resolve, reject) => {
      const check = () => {
        if (out.includes("Inspection hub is up")) resolve({ child, output: () => out });
      };
      child.stdout!.on("data", check);
      child.once("exit", (code) => reject(new Error(`the demo exited (${code}) before it was up:\n${out}`)));
    });
  }

  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));
  const locks = () => readdirSync(join(dir, "data")).filter((service) => existsSync(join(dir, "data", service, LOCK_FILE)));
  const health = (port: number) => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json() as Promise<{ pid: number; service: string }>);

  it("runs each service in its own process; Ctrl-C closes every database, and a restart works at once", async () => {
    const { child, output } = await startDemo();
    expect(output()).toMatch(/Seeding synthetic data/);
    const pids = await Promise.all([config.gateway.port, config.office.port, ...config.departments.map((d) => d.port)].map(async (p) => (await health(p)).pid));
    expect(new Set(pids).size).toBe(pids.length);
    expect(pids).not.toContain(child.pid);
    expect(locks().sort()).toEqual(["emergency", "environment", "market", "office", "transport"]);

    process.kill(-child.pid!, "SIGINT");
    expect(await exited(child)).toBe(0);
    expect(output()).toMatch(/Stopped\./);
    expect(locks()).toEqual([]);

    const again = await startDemo();
    expect(again.output()).not.toMatch(/Seeding|took over/);
    process.kill(-again.child.pid!, "SIGINT");
    expect(await exited(again.child)).toBe(0);
  }, 600_000);

  it("after kill -9 of every process, the next start takes over the stale locks, says so, and keeps the data", async () => {
    const { child } = await startDemo();
    process.kill(-child.pid!, "SIGKILL");
    await exited(child);
    // The locks stay behind; the restart comes once the killed processes are gone (as a supervisor's would).
    expect(locks().length).toBe(5);
    const holders = () => locks().map((s) => (JSON.parse(readFileSync(join(dir, "data", s, LOCK_FILE), "utf8")) as { pid: number }).pid);
    while (holders().some(processAlive)) await new Promise((r) => setTimeout(r, 100));
    const next = await startDemo();
    expect(next.output()).toMatch(/took over the lock of .*market from process \d+, which ended without closing it/);
    expect(next.output()).not.toMatch(/Seeding/);
    expect(next.output()).toMatch(/Office synced market, transport, environment, emergency/);
    process.kill(-next.child.pid!, "SIGINT");
    expect(await exited(next.child)).toBe(0);
    expect(locks()).toEqual([]);
  }, 600_000);
});
