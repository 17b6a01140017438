/** Directory files as departments produce them, for the benchmarks. */
import ExcelJS from "exceljs";
import type { generateCompanies } from "@hub/gateway/synthetic";
import { TARGET_HEADERS } from "../support/files.js";

/** A target directory as XLSX (streamed: 100,000 rows without holding them). */
export async function writeTargetsXlsx(path: string, companies: ReturnType<typeof generateCompanies>) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const ws = wb.addWorksheet("检查对象名录");
  ws.addRow(TARGET_HEADERS).commit();
  const risk = { HIGH: "高", MEDIUM: "中", LOW: "低" } as const;
  const status = { ACTIVE: "存续", DEREGISTERED: "注销", REVOKED: "吊销" } as const;
  for (const { target: t } of companies)
    ws.addRow([t.uscc, t.name, t.address, t.legalRepresentative, t.phone, t.industry, t.region, risk[t.riskLevel], t.creditClass, t.tags.join("、"), status[t.status]]).commit();
  ws.commit();
  await wb.commit();
}
