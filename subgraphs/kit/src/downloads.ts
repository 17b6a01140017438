/**
 * Downloads over HTTP (下载): a service's tables as CSV or XLSX and its records as JSON, streamed to the
 * caller as they are read, so nobody needs a command line on the database server. Mounted at
 * `GET /downloads/<name>.<ext>?<parameters>` on a subgraph, behind the gateway's `/downloads/<service>/…`,
 * which vouches for the caller exactly as it does for `/graphql`.
 */
import type express from "express";
import { GraphQLError } from "graphql";
import { RuleError } from "@hub/schema";
import { HubError } from "./errors.js";
import { logger } from "./logger.js";
import { writeTableTo, type RowBatches } from "./spreadsheet.js";

export type DownloadFormat = "csv" | "xlsx" | "json";

/** What a download writes: a table (CSV or XLSX, as asked) or one JSON document. */
export type DownloadBody = { table: { sheet: string; headers: string[]; rows: RowBatches } } | { json: unknown };

export interface DownloadSpec<TContext> {
  formats: readonly DownloadFormat[];
  /**
   * Check who asks and what they ask for (throwing a typed HubError or RuleError), then say what to
   * write: everything that can refuse happens here, before the first byte is sent.
   */
  open(ctx: TContext, params: URLSearchParams, format: DownloadFormat): Promise<{ filename: string; body: DownloadBody }>;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429, PAYLOAD_TOO_LARGE: 413, DEPARTMENT_UNAVAILABLE: 503 };
const NAME = /^([a-z][a-z-]{0,40})\.(csv|xlsx|json)$/;
const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** A refusal in GraphQL's error shape, with the HTTP status its code means. */
export function sendDownloadError(res: express.Response, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(STATUS[code] ?? 400).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

export function mountDownloads<TContext>(
  app: express.Express,
  opts: { context: (req: express.Request, res: express.Response) => Promise<TContext>; specs: Record<string, DownloadSpec<TContext>> },
) {
  app.get("/downloads/:file", async (req, res) => {
    const match = NAME.exec(req.params.file ?? "");
    const spec = match && Object.hasOwn(opts.specs, match[1]!) ? opts.specs[match[1]!] : undefined;
    const format = match?.[2] as DownloadFormat | undefined;
    if (!spec || !format) return sendDownloadError(res, "NOT_FOUND", `no such download; offered: ${Object.keys(opts.specs).join(", ")}`);
    if (!spec.formats.includes(format)) return sendDownloadError(res, "BAD_USER_INPUT", `${match![1]} downloads as ${spec.formats.join(" or ")}, not ${format}`);
    const params = new URLSearchParams(req.originalUrl.split("?")[1] ?? "");
    let opened: Awaited<ReturnType<DownloadSpec<TContext>["open"]>>;
    try {
      opened = await spec.open(await opts.context(req, res), params, format);
    } catch (e) {
      if (e instanceof RuleError) return sendDownloadError(res, e.code, e.message, e.details);
      const code = (e as GraphQLError).extensions?.code;
      if (e instanceof GraphQLError && typeof code === "string") return sendDownloadError(res, code, e.message);
      logger.error({ err: e, download: req.params.file }, "download failed");
      return sendDownloadError(res, "INTERNAL_SERVER_ERROR", "the download could not be prepared");
    }
    res.type(CONTENT_TYPES[format]).attachment(`${opened.filename}.${format}`).set("cache-control", "no-store");
    try {
      if ("json" in opened.body) res.end(JSON.stringify(opened.body.json));
      else await writeTableTo(res, format === "csv" ? "CSV" : "XLSX", opened.body.table.sheet, opened.body.table.headers, opened.body.table.rows);
    } catch (e) {
      // Headers are sent: cut the connection so the client sees an incomplete download, not a short file.
      logger.error({ err: e, download: req.params.file }, "download broke off");
      res.destroy();
    }
  });
}

/** A required or optional download parameter, checked: a refusal names it. */
export function downloadParam(params: URLSearchParams, name: string, pattern: RegExp, required: true): string;
export function downloadParam(params: URLSearchParams, name: string, pattern: RegExp, required?: false): string | undefined;
export function downloadParam(params: URLSearchParams, name: string, pattern: RegExp, required = false): string | undefined {
  const value = params.get(name) ?? undefined;
  if (value === undefined || value === "") {
    if (required) throw new HubError("BAD_USER_INPUT", `the download needs ${name}`);
    return undefined;
  }
  if (value.length > 100 || !pattern.test(value)) throw new HubError("BAD_USER_INPUT", `${name} is not valid`, { field: name });
  return value;
}
