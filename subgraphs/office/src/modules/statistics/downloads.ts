/** The statistics over HTTP (`/downloads/office/statistics.xlsx?year=2026&half=1`): everyone signed in. */
import { downloadParam, today, type DownloadSpec } from "@hub/kit";
import { requireSignedIn } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { period } from "./period.js";
import { resultStatistics } from "./service.js";
import { statisticsTable } from "./table.js";

export const statisticsDownloads: Record<string, DownloadSpec<OfficeContext>> = {
  statistics: {
    formats: ["xlsx", "csv", "json"],
    async open(ctx, params, format) {
      requireSignedIn(ctx, "statistics");
      const half = downloadParam(params, "half", /^[12]$/);
      const p = period(Number(downloadParam(params, "year", /^\d{4}$/, true)), half === undefined ? undefined : Number(half));
      const stats = await resultStatistics(ctx.db, ctx.config.departments.map((d) => d.code), ctx.config.resultCategories, p, today(ctx.clock));
      const filename = `抽查结果统计 ${p.label}`;
      if (format === "json") return { filename, body: { json: { period: p.label, departments: stats } } };
      const { headers, rows } = statisticsTable(stats, Object.fromEntries(ctx.config.departments.map((d) => [d.code, d.name])));
      return { filename, body: { table: { sheet: `统计 ${p.label}`, headers, rows: [rows] } } };
    },
  },
};
