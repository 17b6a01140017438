/** Directory rows as a reader may see them (个人信息脱敏). */
import { officeKeyOf } from "@hub/kit";
import { maskPhone, publicCodeOf } from "@hub/schema";
import type { InspectorRow, TargetRow } from "../../db/schema.js";
import type { Inspector, TargetRecord } from "./types.js";

/**
 * A target row as one reader may see it: personal data (an individual's resident ID used as the
 * code, phone numbers) is masked for everyone but the owning department.
 */
export function toTargetRecord(uscc: string, row: TargetRow | null, masked: boolean): TargetRecord {
  if (!row)
    return {
      uscc, key: uscc, officeKey: uscc, inDirectory: false, name: null, kind: null, address: null, legalRepresentative: null, phone: null,
      industry: null, region: null, riskLevel: null, creditClass: null, tags: [], status: null,
    };
  const { pseudonym, ...values } = row;
  const officeKey = officeKeyOf(row);
  if (masked)
    return { ...values, uscc: publicCodeOf(row.uscc, row.idKind), phone: row.phone && maskPhone(row.phone), key: row.uscc, officeKey, inDirectory: true };
  return { ...values, key: row.uscc, officeKey, inDirectory: true };
}

export const toInspector = (row: InspectorRow): Inspector => row;
