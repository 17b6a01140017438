/** Round 1's joint inspection target library as a spreadsheet (XLSX or CSV by file extension). */
import { writeTable } from "@hub/kit";
import type { OfficeDb } from "../../shared/db.js";
import { jointTargetLibrary } from "./store.js";

export async function exportLibrary(db: OfficeDb, file: string, minDepartments: number, departmentNames: Record<string, string>) {
  async function* pages() {
    for (let after: string | undefined; ; ) {
      const page = await jointTargetLibrary(db, minDepartments, 1000, after);
      yield page.rows.map((e) => [e.uscc, e.name, e.departments.length, e.departments.map((d) => departmentNames[d] ?? d).join("、")]);
      if (!page.hasMore) return;
      after = page.rows.at(-1)!.uscc;
    }
  }
  return writeTable(file, "联合检查对象名录库", ["统一社会信用代码", "名称", "部门数", "部门"], pages());
}
