/**
 * `GET /downloads/<subgraph>/<name>.<ext>`: a subgraph's file, streamed through the gateway; and
 * `POST /uploads/<subgraph>/<name>`: a file for a subgraph (a large directory import), its body
 * streamed on as it arrives. The caller is checked and counted exactly as for `/graphql` (either
 * counts as a large request), then vouched for to the subgraph in the signed header; the subgraph
 * decides what the caller may have or send.
 */
import type { Agent } from "node:http";
import { Readable } from "node:stream";
import { IDENTITY_HEADER, logger, sendDownloadError, signInternalIdentity } from "@hub/kit";
import type { Identity } from "@hub/schema";
import type express from "express";
import nodeFetch from "node-fetch";

/** The subgraphs' URLs as the supergraph names them (`@join__graph(name:, url:)`), overridden where given. */
export function subgraphUrls(supergraphSdl: string, overrides: Record<string, string> = {}): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const m of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) urls[m[1]!] = m[2]!;
  return { ...urls, ...overrides };
}

export function mountFileProxy(
  app: express.Express,
  opts: {
    urls: Record<string, string>;
    names: Record<string, string>;
    /** Who is calling, within their budget; throws UNAUTHENTICATED or RATE_LIMITED. */
    authenticate: (req: express.Request) => Promise<Identity>;
    internalSecret: Uint8Array;
    agent: Agent;
    /** How long the subgraph may take to start answering (the file itself may take longer). */
    timeoutMs: number;
  },
) {
  const forward = (kind: "downloads" | "uploads") => async (req: express.Request, res: express.Response) => {
    const subgraph = String(req.params.subgraph);
    const url = Object.hasOwn(opts.urls, subgraph) ? opts.urls[subgraph] : undefined;
    if (!url) return sendDownloadError(res, "NOT_FOUND", `no service "${subgraph.slice(0, 40)}"; ${kind} go to: ${Object.keys(opts.urls).join(", ")}`);
    let identity: Identity;
    try {
      identity = await opts.authenticate(req);
    } catch (e) {
      const err = e as { message: string; extensions?: { code?: string; retryAfterSeconds?: number } };
      if (err.extensions?.retryAfterSeconds) res.set("retry-after", String(err.extensions.retryAfterSeconds));
      if (kind === "uploads") res.set("connection", "close"); // not reading a body nobody will take
      return sendDownloadError(res, err.extensions?.code ?? "UNAUTHENTICATED", err.message, err.extensions ?? {});
    }
    const query = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?")) : "";
    const target = `${url.replace(/\/graphql$/, "")}/${kind}/${encodeURIComponent(String(req.params.file))}${query}`;
    const abort = new AbortController();
    // A download's first byte comes within the subgraph timeout; an upload answers once all of it is kept.
    const timer = kind === "downloads" ? setTimeout(() => abort.abort(), opts.timeoutMs) : undefined;
    res.on("close", () => abort.abort());
    try {
      const upstream = await nodeFetch(target, {
        method: kind === "uploads" ? "POST" : "GET",
        agent: opts.agent,
        signal: abort.signal as never,
        headers: {
          [IDENTITY_HEADER]: await signInternalIdentity(identity, opts.internalSecret, subgraph),
          ...(kind === "uploads" ? { "content-type": "application/octet-stream", ...(req.headers["content-length"] ? { "content-length": req.headers["content-length"] } : {}) } : {}),
        },
        body: kind === "uploads" ? req : undefined,
      });
      clearTimeout(timer);
      res.status(upstream.status);
      for (const h of ["content-type", "content-disposition", "cache-control", "retry-after", "connection"]) {
        const v = upstream.headers.get(h);
        if (v) res.set(h, v);
      }
      Readable.from(upstream.body as unknown as AsyncIterable<Buffer>)
        .on("error", () => res.destroy())
        .pipe(res);
    } catch (e) {
      clearTimeout(timer);
      if (res.headersSent || req.destroyed) return void res.destroy();
      logger.warn({ subgraph, kind, reason: (e as Error).message }, "file transfer: subgraph unavailable");
      const name = opts.names[subgraph] ?? subgraph;
      sendDownloadError(res, "DEPARTMENT_UNAVAILABLE", `${name} (${subgraph}) is unavailable: try again later`, { department: subgraph });
    }
  };
  app.get("/downloads/:subgraph/:file", forward("downloads"));
  app.post("/uploads/:subgraph/:file", forward("uploads"));
}
