/**
 * Uploads over HTTP (上传): a file larger than the GraphQL body limit, streamed to the subgraph that
 * takes it, never held whole by the gateway. Mounted at `POST /uploads/<name>?<parameters>` on a
 * subgraph, behind the gateway's `/uploads/<service>/…`, which vouches for the caller as for
 * `/graphql`. The answer is JSON (an import job, say); a refusal is GraphQL's error shape.
 */
import type express from "express";
import { GraphQLError } from "graphql";
import { RuleError } from "@hub/schema";
import { sendDownloadError } from "./downloads.js";
import { HubError } from "./errors.js";
import { logger } from "./logger.js";

export interface UploadSpec<TContext> {
  /** The largest body accepted, in bytes. */
  maxBytes: number;
  /**
   * Check who asks and for what (throwing a typed error) before a byte of the body is read; then take
   * the body, already capped at maxBytes, and answer.
   */
  open(ctx: TContext, params: URLSearchParams): Promise<(body: AsyncIterable<Buffer>) => Promise<unknown>>;
}

const NAME = /^[a-z][a-z-]{0,40}$/;

const tooLarge = (maxBytes: number) => new HubError("PAYLOAD_TOO_LARGE", `文件超过 ${Math.floor(maxBytes / 1024 / 1024)} MB 上限 (the file is larger than ${maxBytes} bytes)`);

/** The body as it arrives, refused with PAYLOAD_TOO_LARGE the moment it passes `maxBytes`. */
export async function* capped(body: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    yield chunk;
  }
}

function refuse(res: express.Response, e: unknown, what: string) {
  // a refused upload is not read further: close the connection rather than drain it
  res.set("connection", "close");
  if (e instanceof RuleError) return sendDownloadError(res, e.code, e.message, e.details);
  const code = (e as GraphQLError).extensions?.code;
  if (e instanceof GraphQLError && typeof code === "string") return sendDownloadError(res, code, e.message);
  logger.error({ err: e, upload: what }, "upload failed");
  return sendDownloadError(res, "INTERNAL_SERVER_ERROR", "the upload could not be taken");
}

export function mountUploads<TContext>(
  app: express.Express,
  opts: { context: (req: express.Request, res: express.Response) => Promise<TContext>; specs: Record<string, UploadSpec<TContext>> },
) {
  app.post("/uploads/:name", async (req, res) => {
    const name = req.params.name ?? "";
    const spec = NAME.test(name) && Object.hasOwn(opts.specs, name) ? opts.specs[name] : undefined;
    if (!spec) return refuse(res, new HubError("NOT_FOUND", `no such upload; offered: ${Object.keys(opts.specs).join(", ")}`), name);
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > spec.maxBytes) return refuse(res, tooLarge(spec.maxBytes), name);
    let take: (body: AsyncIterable<Buffer>) => Promise<unknown>;
    try {
      take = await spec.open(await opts.context(req, res), new URLSearchParams(req.originalUrl.split("?")[1] ?? ""));
    } catch (e) {
      return refuse(res, e, name);
    }
    try {
      res.set("cache-control", "no-store").json(await take(capped(req, spec.maxBytes)));
    } catch (e) {
      if (req.destroyed) return; // the caller went away mid-upload: nothing to answer
      refuse(res, e, name);
    }
  });
}
