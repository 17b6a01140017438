/**
 * The department's files over HTTP (`/downloads/<department>/<name>.<ext>` at the gateway), the same
 * records as `pnpm hub export` and `pnpm hub export-draw`:
 *
 *   items, plans                 everyone (published to society anyway)
 *   results                      departments and the office (published ones; inspectors are named)
 *   targets, inspectors          the department's own staff (the import template, personal data in clear)
 *   draw                         every signed-in role (the full record to re-run it; anyone reads the public record, publicDraws)
 *   public-draw                  everyone: a hub-draw/2 record by seq with its population and pool, by office code
 */
import { downloadParam, HubError, numericId, type DownloadSpec } from "@hub/kit";
import { Role } from "@hub/schema";
import { requireOwner, requireTargetReader } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { exportDraw, exportPublicDraw } from "../draws/service.js";
import { columnsFor, exportRecords, row, type ExportKind } from "./records.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHEETS: Record<ExportKind, string> = { items: "抽查事项清单", plans: "抽查计划", results: "抽查结果", targets: "检查对象名录库", inspectors: "执法检查人员名录库" };

function table(kind: ExportKind, authorize: (ctx: DepartmentContext) => void): DownloadSpec<DepartmentContext> {
  return {
    formats: ["xlsx", "csv"],
    async open(ctx, params) {
      authorize(ctx);
      const profileName = downloadParam(params, "profile", /^[A-Za-z0-9_-]+$/);
      const profile = profileName ? ctx.department.exportProfiles[profileName] : undefined;
      if (profileName && !profile) throw new HubError("BAD_USER_INPUT", `no export profile "${profileName}"; configured: ${Object.keys(ctx.department.exportProfiles).join(", ") || "none"}`);
      const from = downloadParam(params, "from", DATE);
      const to = downloadParam(params, "to", DATE);
      const columns = columnsFor(kind, profile, `exportProfiles.${profileName}`);
      const records = exportRecords(ctx.db, ctx.department, kind, { from, to });
      const rows = (async function* () {
        for await (const batch of records) yield batch.map((r) => row(r, columns));
      })();
      const period = from || to ? `（${from ?? ""}至${to ?? ""}）` : "";
      return { filename: `${ctx.department.name}${SHEETS[kind]}${period}`, body: { table: { sheet: SHEETS[kind], headers: columns.map((c) => c.header), rows } } };
    },
  };
}

const anyone = () => {};

export const departmentDownloads: Record<string, DownloadSpec<DepartmentContext>> = {
  items: table("items", anyone),
  plans: table("plans", anyone),
  results: table("results", requireTargetReader),
  targets: table("targets", (ctx) => requireOwner(ctx, "officer")),
  inspectors: table("inspectors", (ctx) => requireOwner(ctx, "officer")),
  draw: {
    formats: ["json"],
    async open(ctx, params) {
      // the full record with its population and pool, for whoever is signed in to re-check it (hub-draw/1, section 9)
      if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to download a draw's full record; its public record is publicDraws");
      const id = numericId(downloadParam(params, "id", /^\d+$/, true), "draw");
      const exported = await exportDraw(ctx.db, id);
      if (!exported) throw new HubError("NOT_FOUND", `${ctx.department.code} has no draw ${id}`);
      return { filename: `${ctx.department.name}抽取记录-${id}`, body: { json: exported } };
    },
  },
  "public-draw": {
    formats: ["json"],
    async open(ctx, params) {
      // 抽取过程公开: the whole draw, re-runnable by anyone (hub-draw/2, section 9)
      const seq = numericId(downloadParam(params, "seq", /^\d+$/, true), "draw seq");
      return { filename: `${ctx.department.name}抽取记录-第${seq}次`, body: { json: await exportPublicDraw(ctx.db, seq, ctx.department.code) } };
    },
  },
};
