/**
 * 联合抽查 counts as each department's own inspection: once a joint inspection is recorded, the office
 * delivers every participating department its results, one per target, through the gateway
 * (`<code> { receiveJointResults }`); the department files each as the result of its task for the
 * target, to publish, follow up and count like any other. The department's answer names the task,
 * kept on the record. A department that cannot be reached keeps its records pending: they go again
 * after the next sync (the department takes the same delivery twice without a second result).
 */
import { groupBy, logger } from "@hub/kit";
import { certificateKey, chinaDate } from "@hub/schema";
import { askDepartment, DepartmentCallError } from "../../department-api/client.js";
import { ReceiveJointResultsDocument } from "../../department-api/generated.js";
import type { SyncOptions } from "../index/sync.js";
import * as store from "./store.js";
import { departmentItemsOf } from "../joint-plans/service.js";

export interface JointDeliveryReport {
  jointId: number;
  department: string;
  delivered: number;
  error: string | null;
}

/** Deliver the records not yet acknowledged (of one joint inspection, or all); one request per joint inspection and department. */
export async function deliverJointResults(opts: SyncOptions, jointId?: number): Promise<JointDeliveryReport[]> {
  const known = new Set(opts.config.departments.map((d) => d.code));
  const pending = (await store.undeliveredRecords(opts.db, jointId)).filter((r) => known.has(r.record.department));
  const reports: JointDeliveryReport[] = [];
  for (const rows of groupBy(pending, (r) => `${r.record.jointId}|${r.record.department}`).values()) {
    const { record: first, lead, scheduledDate, departments, recordedBy, inspectors, planEntryId } = rows[0]!;
    const team = new Set(inspectors.map(certificateKey));
    const report = { jointId: first.jointId, department: first.department, delivered: 0, error: null as string | null };
    try {
      const data = await askDepartment(opts, first.department, ReceiveJointResultsDocument, {
        delivery: {
          jointInspectionId: String(first.jointId),
          lead,
          departments,
          inspectionDate: scheduledDate ?? chinaDate(first.recordedAt),
          recordedBy: recordedBy ?? "office",
          recordedAt: first.recordedAt.toISOString(),
          // 一业一查: the department's own items of the joint item its plan entry carries out
          itemCodes: planEntryId === null ? [] : await departmentItemsOf(opts.db, planEntryId, first.department),
          results: rows.map(({ record: r }) => ({
            uscc: r.uscc,
            categoryCode: r.categoryCode!,
            // the department's own findings where the record has them, else the visit's shared text
            findings: r.departmentFindings?.trim() || r.findings,
            // its own inspectors among those who signed
            signers: r.signatures.filter((s) => team.has(certificateKey(s.certificateNumber))),
            evidence: r.evidence,
            checkAnswers: r.checkAnswers.map((a) => ({ itemCode: a.itemCode, formVersion: a.formVersion, number: a.number, answer: a.answer, note: a.note })),
          })),
        },
      });
      const receipts = (data.department?.receiveJointResults ?? []).map((x) => ({ uscc: x.uscc, taskId: Number(x.taskId) }));
      await store.markRecordsDelivered(opts.db, first.jointId, first.department, receipts, new Date());
      report.delivered = receipts.length;
    } catch (e) {
      report.error = e instanceof DepartmentCallError ? e.message : `cannot deliver: ${(e as Error).message}`;
      await store.markRecordsUndelivered(opts.db, first.jointId, first.department, report.error);
      logger.warn({ jointId: first.jointId, department: first.department, error: report.error, pending: rows.length }, "joint inspection results not delivered; will retry after the next sync");
    }
    reports.push(report);
  }
  return reports;
}
