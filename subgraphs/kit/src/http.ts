/**
 * Serve an Apollo Server over HTTP with `/graphql`, `/health` and `/metrics`.
 * Shared by every subgraph and the gateway.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerOptions, type BaseContext, type ContextFunction } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware, type ExpressContextFunctionArgument } from "@as-integrations/express5";
import express from "express";
import { formatError } from "./errors.js";
import { logger } from "./logger.js";
import { once } from "./storage.js";
import type { ServiceMetrics } from "./metrics.js";

export interface ServeOptions<TContext extends BaseContext> {
  service: string;
  port: number;
  host?: string;
  apollo: ApolloServerOptions<TContext>;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  metrics: ServiceMetrics;
  /** Extra health details; throw to report unhealthy. */
  health?: () => Promise<Record<string, unknown>>;
  /** Largest accepted request body. */
  bodyLimit?: string;
  /**
   * Decide who is calling from the headers alone, before the body is read: a refusal (a thrown
   * UNAUTHENTICATED or RATE_LIMITED error) answers 401, or 429 with Retry-After, without reading a
   * byte of it. The result is kept in `res.locals.caller` for the context function.
   */
  authenticate?: (req: express.Request) => Promise<unknown>;
  /** More routes, mounted before /graphql (the gateway's web app and downloads). */
  routes?: (app: express.Express) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serve<TContext extends BaseContext>(opts: ServeOptions<TContext>): Promise<RunningServer> {
  const app = express();
  const httpServer: Server = createServer(app);
  // Longer than the gateway's idle-socket timeout (30 s): the client, not the server, closes idle
  // keep-alive connections, so no request races a closing socket.
  httpServer.keepAliveTimeout = 65_000;
  const apollo = new ApolloServer<TContext>({
    ...opts.apollo,
    formatError: opts.apollo.formatError ?? formatError,
    includeStacktraceInErrorResponses: false,
    // The process decides when to stop (closing its database after the server): Apollo's own
    // signal handlers would stop the server concurrently and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ...(opts.apollo.plugins ?? []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads Sandbox from a CDN: nothing here may load from outside.
      ApolloServerPluginLandingPageDisabled(),
      // No Apollo Studio here: do not compute federated traces for every subgraph request.
      ...(opts.apollo.gateway ? [] : [ApolloServerPluginInlineTraceDisabled()]),
    ],
  } as ApolloServerOptions<TContext>);
  await apollo.start();

  app.disable("x-powered-by");
  app.use((req, res, next) => {
    const end = opts.metrics.httpRequests.startTimer({ route: req.path });
    res.on("finish", () => end({ status: String(res.statusCode) }));
    next();
  });
  app.get("/health", async (_req, res) => {
    try {
      res.json({ status: "ok", service: opts.service, pid: process.pid, ...(opts.health ? await opts.health() : {}) });
    } catch (e) {
      res.status(503).json({ status: "unavailable", service: opts.service, reason: (e as Error).message });
    }
  });
  app.get("/metrics", async (_req, res) => {
    res.type(opts.metrics.registry.contentType).send(await opts.metrics.registry.metrics());
  });
  if (opts.authenticate) {
    const authenticate = opts.authenticate;
    app.use("/graphql", (req, res, next) => {
      authenticate(req).then(
        (caller) => {
          res.locals.caller = caller;
          next();
        },
        (e: { message?: string; extensions?: { code?: unknown; retryAfterSeconds?: unknown } }) => {
          const code = e?.extensions?.code;
          if (code !== "UNAUTHENTICATED" && code !== "RATE_LIMITED") return next(e);
          // Do not wait for a body nobody will read: answer and close the connection.
          res.set("connection", "close");
          if (code === "RATE_LIMITED") res.set("retry-after", String(e.extensions!.retryAfterSeconds ?? 1));
          res.status(code === "RATE_LIMITED" ? 429 : 401).json({ errors: [{ message: e.message, extensions: e.extensions }] });
        },
      );
    });
  }
  opts.routes?.(app);
  app.use(
    "/graphql",
    express.json({ limit: opts.bodyLimit ?? "20mb" }),
    expressMiddleware(apollo, { context: opts.context }),
  );

  // Body-parser failures (too large, malformed JSON) answer in GraphQL's error shape, never as an
  // HTML page with a stack trace.
  app.use((err: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST";
    if (status === 500) logger.error({ err }, "request failed");
    const limit = opts.bodyLimit ?? "20mb";
    const message =
      status === 413
        ? `请求体超过 ${limit} 上限 (request body larger than ${limit}). 较大的名录文件请通过网页导入，或上传至 POST /uploads/<部门代码>/import-targets|import-inspectors?format=xlsx|csv，或在部门服务器上用命令行导入 (send larger files to /uploads, or use the CLI): npx -y pnpm@9 hub import --department <code> --kind targets|inspectors --file <file.xlsx|file.csv>`
        : status === 500
          ? "Internal server error"
          : "malformed request body";
    res.status(status).json({ errors: [{ message, extensions: { code, ...(status === 413 ? { limit } : {}) } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${opts.host ?? "127.0.0.1"}:${port}/graphql`;
  logger.info({ service: opts.service, url }, "listening");
  return {
    url,
    port,
    close: once(async () => {
      await apollo.stop();
      httpServer.closeAllConnections?.();
    }),
  };
}
