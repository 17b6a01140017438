/** Round 1's joint inspection target library as a table: for the CLI (a file) and the download (a stream). */
import { writeTable } from "@hub/kit";
import type { OfficeDb } from "../../shared/db.js";
import { libraryPage } from "./store.js";

export const LIBRARY_SHEET = "联合检查对象名录库";
export const LIBRARY_HEADERS = ["统一社会信用代码", "名称", "部门数", "部门"];

/** The library's rows, a thousand at a time, in USCC order. */
export async function* libraryRows(db: OfficeDb, minDepartments: number, departmentNames: Record<string, string>) {
  for (let after: string | undefined; ; ) {
    const page = await libraryPage(db, minDepartments, 1000, after);
    yield page.rows.map((e) => [e.uscc, e.name, e.departments.length, e.departments.map((d) => departmentNames[d] ?? d).join("、")]);
    if (!page.hasMore) return;
    after = page.rows.at(-1)!.uscc;
  }
}

export async function exportLibrary(db: OfficeDb, file: string, minDepartments: number, departmentNames: Record<string, string>) {
  return writeTable(file, LIBRARY_SHEET, LIBRARY_HEADERS, libraryRows(db, minDepartments, departmentNames));
}
