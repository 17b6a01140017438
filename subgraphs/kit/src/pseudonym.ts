/**
 * Personal data that leaves a department (个人信息保护): an individual business keyed by its
 * operator's resident ID is known to the office and to other departments only by a keyed
 * pseudonym — the same in every department (so the office still joins them), useless without the
 * departments' shared secret, and impossible to mistake for a code: `P` and 17 hex digits (no USCC
 * starts with P). Cursors that would carry such an ID are sealed with the same secret.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { checkTargetIdentifier } from "@hub/schema";
import { AuthConfigError } from "./auth.js";
import { logger } from "./logger.js";

export const DEMO_PSEUDONYM_SECRET = "demo-only-pseudonym-secret-change-me-00000";
export const PSEUDONYM = /^P[0-9A-F]{17}$/;

export const isPseudonym = (code: string) => PSEUDONYM.test(code);

let cached: string | undefined;

/**
 * HUB_PSEUDONYM_SECRET: the same in every department and never changed (the office's index is keyed
 * by what it derives); at least 32 characters; required in production.
 */
export function pseudonymSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env === process.env && cached) return cached;
  const value = env.HUB_PSEUDONYM_SECRET;
  const production = env.NODE_ENV === "production";
  if (production && (!value || value === DEMO_PSEUDONYM_SECRET)) throw new AuthConfigError("production needs HUB_PSEUDONYM_SECRET (the same in every department), not the demo's");
  if (value !== undefined && value.length < 32) throw new AuthConfigError("HUB_PSEUDONYM_SECRET must be at least 32 characters");
  if (!value) logger.debug("using the demo's pseudonym secret: set HUB_PSEUDONYM_SECRET outside the demo");
  const secret = value ?? DEMO_PSEUDONYM_SECRET;
  if (env === process.env) cached = secret;
  return secret;
}

/** The pseudonym of a resident ID: `P` + the first 17 hex digits of HMAC-SHA256. */
export function pseudonymOf(residentId: string, secret = pseudonymSecret()): string {
  return "P" + createHmac("sha256", secret).update(`hub-pseudonym/1:${residentId}`).digest("hex").slice(0, 17).toUpperCase();
}

/**
 * The code the office and the other departments know a target by: its USCC, or for an individual
 * business keyed by a resident ID, the pseudonym (kept on the row when there is one).
 */
export function officeKeyOf(target: { uscc: string; idKind?: string | null; pseudonym?: string | null }): string {
  if (target.pseudonym) return target.pseudonym;
  // a joint inspection's task on an individual business this directory does not hold keeps the office's key
  if (isPseudonym(target.uscc)) return target.uscc;
  const resident = target.idKind ? target.idKind === "RESIDENT_ID" : checkTargetIdentifier(target.uscc, true).kind === "RESIDENT_ID";
  return resident ? pseudonymOf(target.uscc) : target.uscc;
}

const sealingKey = (secret: string) => createHmac("sha256", secret).update("hub-cursor-seal/1").digest();

/** Seal a text (AES-256-GCM): `~` and base64url of nonce, tag and ciphertext. */
export function seal(plain: string, secret = pseudonymSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return "~" + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The text of a sealed value; undefined when it was not sealed here or was changed. */
export function unseal(sealed: string, secret = pseudonymSecret()): string | undefined {
  if (!sealed.startsWith("~") || sealed.length > 200) return undefined;
  try {
    const raw = Buffer.from(sealed.slice(1), "base64url");
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}
