/**
 * `pnpm bench:web`: what a browser downloads before the public page can show anything — the entry
 * and the public page's chunks with their static imports (gzip), from Vite's build manifest; charts
 * load on demand and are counted apart.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureWebBuilt } from "@hub/gateway/web-build";
import { REPO_ROOT } from "@hub/schema";

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  src?: string;
}

ensureWebBuilt();
const dist = join(REPO_ROOT, "web", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;

/** A chunk with everything it imports statically. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const i of manifest[key]?.imports ?? []) closure(i, seen);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const page = (name: string) => Object.keys(manifest).find((k) => k.endsWith(`${name}.tsx`))!;
const kb = (keys: Set<string>) => [...keys].reduce((n, k) => n + gz(manifest[k]!.file), 0) / 1024;
const publicPage = new Set([...closure(entry), ...closure(page("PublicResultsPage"))]);
const overview = new Set([...closure(entry), ...closure(page("OverviewPage"))]);
const charts = Object.keys(manifest).filter((k) => k.includes("echarts"));
console.log(`Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench:web\` (Vite build, gzip -6):

| What the browser loads | JavaScript, gzip |
|---|---|
| The public page (/public), before it can show results | ${kb(publicPage).toFixed(0)} KB |
| The office overview (/office), before its table | ${kb(overview).toFixed(0)} KB |
| Charts (ECharts), loaded on demand by the overview | ${kb(new Set(charts.flatMap((k) => [...closure(k)]).filter((k) => !overview.has(k)))).toFixed(0)} KB |`);
// the aim the issue set for the public page
if (kb(publicPage) > 300) {
  console.error(`the public page needs ${kb(publicPage).toFixed(0)} KB: over the aim of 300 KB`);
  process.exitCode = 1;
}
