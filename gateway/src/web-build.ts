/** Build the web app (Vite) when it is missing or older than its sources: the demo and the browser tests. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { REPO_ROOT } from "@hub/schema";

const WEB = join(REPO_ROOT, "web");

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Whether it had to build. Throws with Vite's output when the build fails. */
export function ensureWebBuilt(log: (line: string) => void = () => {}): boolean {
  const built = join(WEB, "dist", "index.html");
  const sources = Math.max(newest(join(WEB, "src")), newest(join(WEB, "index.html")), newest(join(WEB, "vite.config.ts")));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return false;
  log("Building the web app…");
  const vite = join(dirname(createRequire(join(WEB, "package.json")).resolve("vite/package.json")), "bin", "vite.js");
  const r = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: WEB, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`the web app did not build:\n${r.stdout}\n${r.stderr}`);
  return true;
}
