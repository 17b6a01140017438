/** The joint target library over HTTP (`/downloads/office/library.xlsx?minDepartments=2`): departments and the office. */
import { downloadParam, pageSize, type DownloadSpec } from "@hub/kit";
import { requireJointReader } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { LIBRARY_HEADERS, LIBRARY_SHEET, libraryRows } from "./library.js";

export const indexDownloads: Record<string, DownloadSpec<OfficeContext>> = {
  library: {
    formats: ["xlsx", "csv"],
    async open(ctx, params) {
      requireJointReader(ctx);
      const min = pageSize(Number(downloadParam(params, "minDepartments", /^\d{1,3}$/) ?? 2), 2, { min: 2, max: 100 });
      const names = Object.fromEntries(ctx.config.departments.map((d) => [d.code, d.name]));
      return { filename: `${LIBRARY_SHEET}（${min}个及以上部门）`, body: { table: { sheet: LIBRARY_SHEET, headers: LIBRARY_HEADERS, rows: libraryRows(ctx.db, min, names) } } };
    },
  },
};
