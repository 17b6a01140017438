/**
 * 信用风险分类 from the credit system (信用记录): the classes arrive as a feed (a batch of codes and
 * classes) or a file; each is checked against the department's scale, set on the targets the
 * department holds (codes it does not hold are counted, not refused), and every change lands in
 * the target's history with the batch, who and when — the history also keeps the classes set by
 * directory edits and imports, so the class any draw stratified by can be traced.
 */
import { badInput, targetKey } from "@hub/kit";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import type { DepartmentDb } from "../../shared/db.js";
import { readTable, TableError, type TableFormat } from "../directory/import/read-table.js";
import * as store from "./store.js";

/** Classes in one batch: the city's credit system sends them in batches, not the whole register at once. */
export const MAX_BATCH = 50_000;
/** Problems listed in a refusal; the rest are counted. */
const LISTED = 20;

const CODE_HEADERS = ["统一社会信用代码", "信用代码", "USCC"];
const CLASS_HEADERS = ["信用风险分类", "信用分类", "信用等级", "信用类别"];

/** Rows of a credit system's file: its code and class columns found by their headers. */
export async function classesFromFile(bytes: Uint8Array, format: TableFormat): Promise<{ uscc: string; creditClass: string; row: number }[]> {
  const out: { uscc: string; creditClass: string; row: number }[] = [];
  let columns: { code: string; cls: string } | undefined;
  try {
    for await (const r of readTable(bytes, format)) {
      if (!columns) {
        const headers = Object.keys(r.cells);
        const code = headers.find((h) => CODE_HEADERS.includes(h));
        const cls = headers.find((h) => CLASS_HEADERS.includes(h));
        if (!code || !cls) throw badInput(`文件须有“统一社会信用代码”和“信用风险分类”两列 (the file needs a code and a class column; found ${headers.slice(0, 10).join("、") || "none"})`);
        columns = { code, cls };
      }
      if (out.length >= MAX_BATCH) throw badInput(`一次最多 ${MAX_BATCH} 行 (at most ${MAX_BATCH} rows at once)`);
      out.push({ uscc: r.cells[columns.code] ?? "", creditClass: r.cells[columns.cls] ?? "", row: r.row });
    }
  } catch (e) {
    if (e instanceof TableError) throw badInput(e.message);
    throw e;
  }
  return out;
}

export interface CreditReceipt {
  received: number;
  updated: number;
  unchanged: number;
  /** Codes no target of this department has: skipped. */
  notHeld: number;
  notHeldUsccs: string[];
}

/** Check a batch whole (a bad class or code refuses it, naming the rows), then set what changed, attributed to the batch. */
export async function receiveCreditClasses(ctx: DepartmentContext, reference: string, rows: { uscc: string; creditClass: string; row?: number }[]): Promise<CreditReceipt> {
  if (rows.length === 0) throw badInput("no classes given");
  if (rows.length > MAX_BATCH) throw badInput(`一次最多 ${MAX_BATCH} 条 (at most ${MAX_BATCH} classes at once)`);
  const scale = ctx.department.creditClasses;
  const problems: string[] = [];
  const byCode = new Map<string, string>();
  rows.forEach((r, i) => {
    const where = r.row ? `第 ${r.row} 行` : `第 ${i + 1} 条`;
    const cls = r.creditClass.trim().toUpperCase().replace(/类$/, "");
    let code: string;
    try {
      code = targetKey(r.uscc);
    } catch {
      problems.push(`${where}：统一社会信用代码“${r.uscc.slice(0, 20)}”无效`);
      return;
    }
    if (!scale.includes(cls)) problems.push(`${where}：信用风险分类“${r.creditClass.slice(0, 10)}”不在本部门的分类（${scale.join("、")}）中`);
    else if (byCode.has(code) && byCode.get(code) !== cls) problems.push(`${where}：${code} 在本批中有两个不同的分类`);
    else byCode.set(code, cls);
  });
  if (problems.length) throw badInput(`${problems.length} 处错误，本批未写入：${problems.slice(0, LISTED).join("；")}${problems.length > LISTED ? "；……" : ""}`, { problems: problems.slice(0, 100) });
  const usccs = [...byCode.keys()];
  return ctx.db.transaction(async (tx) => {
    const { changed, unknown } = await store.setClasses(tx, usccs, usccs.map((u) => byCode.get(u)!));
    await store.attribute(tx, { source: "CREDIT_SYSTEM", reference, by: ctx.identity.subject, at: ctx.clock.now() });
    await audit(tx, ctx.identity, "receiveCreditClasses", [reference, ...changed.slice(0, 1000)]);
    return { received: usccs.length, updated: changed.length, unchanged: usccs.length - changed.length - unknown.length, notHeld: unknown.length, notHeldUsccs: unknown.slice(0, 100) };
  });
}

/** For the directory's own writes: who changed classes in this transaction, by an edit or an import. */
export const attributeDirectoryChanges = (tx: DepartmentDb, ctx: { identity: { subject: string }; clock: { now(): Date } }, source: "DIRECTORY" | "IMPORT", reference: string | null = null) =>
  store.attribute(tx, { source, reference, by: ctx.identity.subject, at: ctx.clock.now() });

export const creditHistory = (db: DepartmentDb, uscc: string) => store.historyOf(db, uscc);
