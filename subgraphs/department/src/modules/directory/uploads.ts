/**
 * Directory files too large for a GraphQL request (上传): `POST /uploads/<department>/import-targets`
 * or `…/import-inspectors` at the gateway, the file itself as the body, `?format=xlsx|csv` and
 * optionally `&dryRun=true`. The body is stored in parts as it arrives (never whole in memory, nor in
 * the gateway), then imported as a job, all rows or none, exactly like `importTargetsJob`; the answer
 * is the job, to follow with `job(id)`.
 */
import { badInput, HubError, type UploadSpec } from "@hub/kit";
import { requireOwner } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import type { DirectoryKind } from "./import/importer.js";
import type { TableFormat } from "./import/read-table.js";
import { queueImportJob } from "./service.js";
import { storeImportStream } from "./store.js";

/** The largest directory file taken over HTTP: 256 MB (a city's directory in XLSX is well under). */
export const UPLOAD_MAX_BYTES = 256 * 1024 * 1024;

function importUpload(kind: DirectoryKind): UploadSpec<DepartmentContext> {
  return {
    maxBytes: UPLOAD_MAX_BYTES,
    async open(ctx, params) {
      requireOwner(ctx, "officer");
      const format = params.get("format")?.toUpperCase();
      if (format !== "XLSX" && format !== "CSV") throw badInput("the upload needs format=xlsx or format=csv");
      const dryRun = params.get("dryRun") ?? "false";
      if (dryRun !== "true" && dryRun !== "false") throw badInput("dryRun is true or false");
      if (!ctx.jobs) throw new HubError("INTERNAL_SERVER_ERROR", "this department runs without a job queue");
      return async (body) => {
        const fileId = await storeImportStream(ctx.db, body);
        return queueImportJob(ctx, kind, fileId, format as TableFormat, dryRun === "true");
      };
    },
  };
}

export const directoryUploads = { "import-targets": importUpload("targets"), "import-inspectors": importUpload("inspectors") };
