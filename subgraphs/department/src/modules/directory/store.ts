/** The only SQL over the two directories (检查对象名录库, 检查人员名录库). */
import type { InspectorStatus, RiskLevel, TargetKind, TargetStatus } from "@hub/schema";
import { badInput, isPseudonym, pseudonymOf } from "@hub/kit";
import { and, asc, count, eq, getTableColumns, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { importFileParts, importFiles, inspectors, targets, type InspectorRow, type TargetRow } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";
import { nameOrCodeSearch } from "@hub/kit";
import { insertedFlag, keysetPage, overwriteFromExcluded, prefixAny, SEARCH_COUNT_CAP, UPSERT_CHUNK } from "../../shared/sql.js";
import type { InspectorValues, TargetValues } from "./rules.js";

export interface TargetFilterValues {
  creditClasses?: string[];
  riskLevels?: RiskLevel[];
  industries?: string[];
  regions?: string[];
  tags?: string[];
  statuses?: TargetStatus[];
  kinds?: TargetKind[];
  search?: string;
}

function whereFor(f: TargetFilterValues): SQL[] {
  const w: SQL[] = [];
  if (f.creditClasses?.length) w.push(inArray(targets.creditClass, f.creditClasses.map((c) => c.toUpperCase())));
  if (f.riskLevels?.length) w.push(inArray(targets.riskLevel, f.riskLevels));
  if (f.statuses?.length) w.push(inArray(targets.status, f.statuses));
  if (f.kinds?.length) w.push(inArray(targets.kind, f.kinds));
  if (f.industries?.length) w.push(prefixAny(targets.industry, f.industries)!);
  if (f.regions?.length) w.push(prefixAny(targets.region, f.regions)!);
  if (f.tags?.length) w.push(sql`${targets.tags} && ${sql.param(f.tags)}::text[]`);
  const search = nameOrCodeSearch(targets.name, targets.uscc, f.search, { bigramIndex: true });
  if (search) w.push(search);
  return w;
}

export async function listTargets(db: DepartmentDb, filter: TargetFilterValues, first: number, after?: string) {
  const conditions = whereFor(filter);
  const matches = db.select({ one: sql`1` }).from(targets).where(and(...conditions));
  // With a search, count at most one past the cap: the page stays fast however broad the term.
  const total = filter.search
    ? db.select({ n: count() }).from(matches.limit(SEARCH_COUNT_CAP + 1).as("matches"))
    : db.select({ n: count() }).from(targets).where(and(...conditions));
  return keysetPage(
    first === 0
      ? Promise.resolve([])
      : db
          .select()
          .from(targets)
          .where(and(...conditions, after ? gt(targets.uscc, after) : undefined))
          .orderBy(asc(targets.uscc))
          .limit(first + 1),
    total,
    first,
    filter.search ? SEARCH_COUNT_CAP : undefined,
  );
}

/** One query for a whole batch of USCCs (the dataloader's batch function). */
/** Rows by code; a pseudonym (how the office knows an individual business) finds its row too. */
export async function targetsByUscc(db: DepartmentDb, usccs: readonly string[]): Promise<Map<string, TargetRow>> {
  if (usccs.length === 0) return new Map();
  const keys = [...new Set(usccs)];
  const codes = keys.filter((k) => !isPseudonym(k));
  const pseudonyms = keys.filter(isPseudonym);
  const found = new Map<string, TargetRow>();
  if (codes.length) for (const r of await db.select().from(targets).where(inArray(targets.uscc, codes))) found.set(r.uscc, r);
  if (pseudonyms.length) {
    for (const r of await db.select().from(targets).where(inArray(targets.pseudonym, pseudonyms))) found.set(r.pseudonym!, r);
  }
  return found;
}

/** The stored codes keys stand for: a pseudonym's resident ID (when this directory holds it), or the key itself. */
export async function realCodes(db: DepartmentDb, keys: string[]): Promise<string[]> {
  if (!keys.some(isPseudonym)) return keys;
  const found = await targetsByUscc(db, keys.filter(isPseudonym));
  return keys.map((k) => found.get(k)?.uscc ?? k);
}

export const realCode = async (db: DepartmentDb, key: string) => (await realCodes(db, [key]))[0]!;

/** Give every resident-ID row without one its pseudonym (rows of before migration 0016; run at start); how many. */
export async function fillPseudonyms(db: DepartmentDb): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({ uscc: targets.uscc })
      .from(targets)
      .where(and(eq(targets.idKind, "RESIDENT_ID"), isNull(targets.pseudonym)))
      .limit(UPSERT_CHUNK);
    if (!rows.length) return filled;
    const values = rows.map((r) => sql`(${r.uscc}, ${pseudonymOf(r.uscc)})`);
    await db.execute(sql`update targets t set pseudonym = v.p from (values ${sql.join(values, sql`, `)}) as v(u, p) where t.uscc = v.u`);
    filled += rows.length;
  }
}

const TARGET_VALUE_COLUMNS = {
  uscc: targets.uscc, idKind: targets.idKind, name: targets.name, kind: targets.kind, address: targets.address,
  legalRepresentative: targets.legalRepresentative, phone: targets.phone, industry: targets.industry, region: targets.region,
  riskLevel: targets.riskLevel, creditClass: targets.creditClass, tags: targets.tags, status: targets.status,
};

/** The stored records of these USCCs as directory values (locked for the transaction when `lock`). */
export async function targetValuesByUscc(db: DepartmentDb, usccs: readonly string[], lock: boolean): Promise<Map<string, TargetValues>> {
  if (usccs.length === 0) return new Map();
  const query = db.select(TARGET_VALUE_COLUMNS).from(targets).where(inArray(targets.uscc, [...new Set(usccs)]));
  const rows = lock ? await query.for("update") : await query;
  return new Map(rows.map((r) => [r.uscc, r as TargetValues]));
}

/** Insert or update by USCC, overwriting every field with the given values. Run inside a transaction when the batch must land whole. */
export async function upsertTargets(db: DepartmentDb, values: TargetValues[]): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  const set = overwriteFromExcluded(targets, ["uscc"]);
  for (let i = 0; i < values.length; i += UPSERT_CHUNK) {
    const result = await db
      .insert(targets)
      // every column is overwritten from the new values: the pseudonym too
      .values(values.slice(i, i + UPSERT_CHUNK).map((v) => ({ ...v, pseudonym: v.idKind === "RESIDENT_ID" ? pseudonymOf(v.uscc) : null })))
      .onConflictDoUpdate({ target: targets.uscc, set })
      .returning({ inserted: insertedFlag });
    inserted += result.filter((r) => r.inserted).length;
  }
  return { inserted, updated: values.length - inserted };
}

export interface InspectorFilterValues {
  statuses?: InspectorStatus[];
  expertise?: string[];
  search?: string;
}

export async function listInspectors(db: DepartmentDb, f: InspectorFilterValues, first: number, afterId?: number) {
  const w: SQL[] = [];
  if (f.statuses?.length) w.push(inArray(inspectors.status, f.statuses));
  if (f.expertise?.length) w.push(sql`${inspectors.expertise} && ${sql.param(f.expertise)}::text[]`);
  const search = nameOrCodeSearch(inspectors.name, inspectors.certificateNumber, f.search);
  if (search) w.push(search);
  return keysetPage(
    db
      .select()
      .from(inspectors)
      .where(and(...w, afterId !== undefined ? gt(inspectors.id, afterId) : undefined))
      .orderBy(asc(inspectors.id))
      .limit(first + 1),
    db.select({ n: count() }).from(inspectors).where(and(...w)),
    first,
  );
}

const INSPECTOR_VALUE_COLUMNS = {
  certificateNumber: inspectors.certificateNumber, name: inspectors.name, gender: inspectors.gender, position: inspectors.position,
  unit: inspectors.unit, expertise: inspectors.expertise, status: inspectors.status, conflicts: inspectors.conflicts,
};

/** The stored records of these certificate numbers as directory values (locked for the transaction when `lock`). */
export async function inspectorValuesByCertificate(db: DepartmentDb, certificates: readonly string[], lock: boolean): Promise<Map<string, InspectorValues>> {
  if (certificates.length === 0) return new Map();
  const query = db.select(INSPECTOR_VALUE_COLUMNS).from(inspectors).where(inArray(inspectors.certificateNumber, [...new Set(certificates)]));
  const rows = lock ? await query.for("update") : await query;
  return new Map(rows.map((r) => [r.certificateNumber, r as InspectorValues]));
}

/** The directory's names of these certificate numbers (a signature is checked against them). */
export async function inspectorNames(db: DepartmentDb, certificates: readonly string[]): Promise<Map<string, string>> {
  if (certificates.length === 0) return new Map();
  const rows = await db.select({ c: inspectors.certificateNumber, name: inspectors.name }).from(inspectors).where(inArray(inspectors.certificateNumber, [...new Set(certificates)]));
  return new Map(rows.map((r) => [r.c, r.name]));
}

/** The inspectors of these certificate numbers, as stored. */
export async function inspectorsByCertificate(db: DepartmentDb, certificates: readonly string[]): Promise<InspectorRow[]> {
  if (certificates.length === 0) return [];
  return db.select().from(inspectors).where(inArray(inspectors.certificateNumber, [...new Set(certificates)]));
}

/** Insert or update by certificate number, overwriting every field with the given values. */
export async function upsertInspectors(db: DepartmentDb, values: InspectorValues[]) {
  let inserted = 0;
  const rows: InspectorRow[] = [];
  const set = overwriteFromExcluded(inspectors, ["certificateNumber"]);
  for (let i = 0; i < values.length; i += UPSERT_CHUNK) {
    const result = await db
      .insert(inspectors)
      .values(values.slice(i, i + UPSERT_CHUNK))
      .onConflictDoUpdate({ target: inspectors.certificateNumber, set })
      .returning({ ...getTableColumns(inspectors), inserted: insertedFlag });
    for (const { inserted: isNew, ...row } of result) {
      if (isNew) inserted++;
      rows.push(row);
    }
  }
  return { inserted, updated: values.length - inserted, rows };
}

/** An uploaded file for an import job. */
export async function storeImportFile(db: DepartmentDb, bytes: Buffer): Promise<string> {
  const [row] = await db.insert(importFiles).values({ bytes }).returning({ id: importFiles.id });
  return row!.id;
}

/** Parts of an upload are this large: a few round trips per 100 MB, little memory per part. */
const PART_BYTES = 4 * 1024 * 1024;

/** Keep an uploaded file as it arrives, in parts; nothing is kept when the body breaks off. */
export async function storeImportStream(db: DepartmentDb, body: AsyncIterable<Buffer>): Promise<string> {
  const [row] = await db.insert(importFiles).values({ bytes: Buffer.alloc(0) }).returning({ id: importFiles.id });
  const fileId = row!.id;
  try {
    let seq = 0;
    let size = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (!pendingBytes) return;
      await db.insert(importFileParts).values({ fileId, seq: seq++, bytes: Buffer.concat(pending) });
      pending = [];
      pendingBytes = 0;
    };
    for await (const chunk of body) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      size += chunk.length;
      if (pendingBytes >= PART_BYTES) await flush();
    }
    await flush();
    if (size === 0) throw badInput("the file is empty");
    return fileId;
  } catch (e) {
    await deleteImportFile(db, fileId);
    throw e;
  }
}

export async function importFile(db: DepartmentDb, id: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ bytes: importFiles.bytes }).from(importFiles).where(eq(importFiles.id, id));
  if (!row || row.bytes.length > 0) return row?.bytes;
  const parts = await db.select({ bytes: importFileParts.bytes }).from(importFileParts).where(eq(importFileParts.fileId, id)).orderBy(asc(importFileParts.seq));
  return Buffer.concat(parts.map((p) => p.bytes));
}

export async function deleteImportFile(db: DepartmentDb, id: string) {
  await db.delete(importFiles).where(eq(importFiles.id, id));
}

/** Files whose job failed for good are kept a week for a look, then deleted (at start). */
export async function deleteOldImportFiles(db: DepartmentDb) {
  await db.delete(importFiles).where(sql`${importFiles.createdAt} < now() - interval '7 days'`);
}
