/** Build import files the way departments produce them: Chinese headers, CSV or XLSX. */
import ExcelJS from "exceljs";

export const TARGET_HEADERS = ["统一社会信用代码", "名称", "住所", "法定代表人", "联系电话", "行业", "区域", "风险等级", "信用等级", "标签", "状态"];

export function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(",")).join("\r\n");
}

export async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("检查对象名录");
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const b64 = (data: string | Buffer) => Buffer.from(data).toString("base64");
