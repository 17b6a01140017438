/** Run hub services as separate processes for benchmarks, as they run in production. */
import { spawn, type ChildProcess } from "node:child_process";
import { REPO_ROOT } from "@hub/schema";

/** `pnpm start <name>` as a child process; node itself (not npx) so that killing it stops the service. */
export function startService(name: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "gateway/src/serve.ts", name], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  child.once("exit", (code) => {
    if (code) {
      console.error(`${name} exited with ${code}; is a demo still running on the configured ports?`);
      process.exit(1);
    }
  });
  return child;
}

/** Wait until a service's /health answers 200. */
export async function waitHealthy(graphqlUrl: string, timeoutMs = 60_000): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await fetch(graphqlUrl.replace("/graphql", "/health")).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${graphqlUrl} did not become healthy`);
}

/** Stop services: SIGTERM, without treating their exit as a failure. */
export async function stopServices(children: Iterable<ChildProcess>): Promise<void> {
  for (const c of children) {
    c.removeAllListeners("exit");
    c.kill("SIGTERM");
  }
  await new Promise((r) => setTimeout(r, 1500));
}
