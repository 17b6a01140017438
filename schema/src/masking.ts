/**
 * Personal data masked for everyone but the owning department (个人信息脱敏).
 * Resident ID numbers keep the region prefix and the last four; phone numbers keep the last four.
 */
import { checkTargetIdentifier, type IdentifierKind } from "./uscc.js";

/** `110105194912310021` → `110105********0021`. */
export function maskResidentId(id: string): string {
  if (id.length <= 10) return "*".repeat(id.length);
  return id.slice(0, 6) + "*".repeat(id.length - 10) + id.slice(-4);
}

/** `13800001234` → `*******1234`; separators are kept so the shape stays readable. */
export function maskPhone(phone: string): string {
  const digits = [...phone].filter((c) => /\d/.test(c)).length;
  let toMask = Math.max(digits - 4, 0);
  return [...phone].map((c) => (/\d/.test(c) && toMask-- > 0 ? "*" : c)).join("");
}

/** What the public may see of a target's code: the USCC, or an individual business's resident ID masked (its kind read from the code when not known). */
export const publicCodeOf = (code: string, kind?: IdentifierKind | string | null) =>
  ((kind ?? checkTargetIdentifier(code, true).kind) === "RESIDENT_ID" ? maskResidentId(code) : code);
