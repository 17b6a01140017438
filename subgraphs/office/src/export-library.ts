/** Round 1's joint inspection target library as a spreadsheet (XLSX or CSV by file extension). */
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { jointTargetLibrary, type OfficeDb } from "./target-index.js";

export async function exportLibrary(db: OfficeDb, file: string, minDepartments: number, departmentNames: Record<string, string>) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("联合检查对象名录库");
  sheet.addRow(["统一社会信用代码", "名称", "部门数", "部门"]);
  let after: string | undefined;
  let rows = 0;
  for (;;) {
    const page = await jointTargetLibrary(db, minDepartments, 1000, after);
    for (const e of page.rows) sheet.addRow([e.uscc, e.name, e.departments.length, e.departments.map((d) => departmentNames[d] ?? d).join("、")]);
    rows += page.rows.length;
    if (!page.hasMore) break;
    after = page.rows.at(-1)!.uscc;
  }
  if (extname(file).toLowerCase() === ".csv") await workbook.csv.writeFile(file);
  else await workbook.xlsx.writeFile(file);
  return rows;
}
