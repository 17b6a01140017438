/**
 * The per-department hash chain of draw records: each record's hash covers its content and the
 * previous record's hash, so altering, inserting or deleting an old draw breaks every later link.
 * Pure: the canonical form is JSON with sorted keys, hashed with SHA-256.
 */
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** The fields of a draw record that its hash covers. */
export interface ChainedDraw {
  seq: number;
  planId: number;
  periodKey: string;
  commitment: string;
  secret: string;
  publicValue: string;
  seed: string;
  witnesses: unknown;
  params: unknown;
  algorithm: string;
  populationDigest: string;
  populationSize: number;
  poolDigest: string;
  resultDigest: string;
  createdBy: string;
  createdAt: Date;
  prevHash: string;
}

/** JSON with object keys sorted at every level: the same value always serializes the same way. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

const COVERED: (keyof ChainedDraw)[] = [
  "seq", "planId", "periodKey", "commitment", "secret", "publicValue", "seed", "witnesses", "params",
  "algorithm", "populationDigest", "populationSize", "poolDigest", "resultDigest", "createdBy", "createdAt",
];

/** The canonical JSON of the fields a record's hash covers: the exact text hashed after the previous hash. */
export const chainContent = (record: ChainedDraw): string => canonicalJson(Object.fromEntries(COVERED.map((k) => [k, record[k]])));

/** SHA-256 of the previous hash, a newline, and the canonical JSON of the covered fields. */
export function drawHash(record: ChainedDraw): string {
  return createHash("sha256").update(`${record.prevHash}\n${chainContent(record)}`).digest("hex");
}

export interface ChainCheck {
  intact: boolean;
  length: number;
  /** seq of the first record that does not verify. */
  brokenAt: number | null;
  reason: string | null;
}

/** Walk a department's records in seq order and say where the chain breaks, if it does. */
export function verifyChain(records: readonly (ChainedDraw & { hash: string })[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const fail = (reason: string): ChainCheck => ({ intact: false, length: records.length, brokenAt: r.seq, reason });
    if (r.seq !== i + 1) return fail(`record ${i + 1} is missing (found seq ${r.seq})`);
    if (r.prevHash !== prev) return fail(`draw #${r.seq} does not link to the previous record`);
    if (drawHash(r) !== r.hash) return fail(`draw #${r.seq} was altered after it was recorded`);
    prev = r.hash;
  }
  return { intact: true, length: records.length, brokenAt: null, reason: null };
}
