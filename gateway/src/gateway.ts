/**
 * The gateway: serves the composed supergraph, calls subgraphs with a timeout, and reports a
 * department that is down as an error on its fields instead of failing the request.
 */
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import {
  authSettings,
  callerBudget,
  type CallerBudget,
  createMetrics,
  formatError,
  IDENTITY_HEADER,
  logger,
  serve,
  signInternalIdentity,
  verifyUserToken,
  type AuthSettings,
  type RunningServer,
} from "@hub/kit";
import { PUBLIC_IDENTITY, type HubConfig, type Identity, type RateLimit } from "@hub/schema";
import { Agent } from "node:http";
import type express from "express";
import { GraphQLError, Kind, parse, type DocumentNode, type FieldNode, type OperationDefinitionNode } from "graphql";
import nodeFetch from "node-fetch";
import { Counter, Histogram } from "prom-client";
import { composeFromConfig } from "./compose.js";
import { formatLimitError, operationLimits } from "./limits.js";
import { mountFileProxy, subgraphUrls } from "./downloads.js";
import { DEFAULT_WEB_ROOT, mountWebApp } from "./web.js";

export interface GatewayOptions {
  config: HubConfig;
  /** A prebuilt supergraph; composed from the configuration when absent. */
  supergraphSdl?: string;
  /** Subgraph URL overrides by subgraph name (tests start subgraphs on free ports). */
  urls?: Record<string, string>;
  port?: number;
  /** Token settings; the process's environment by default. */
  auth?: AuthSettings;
  /** Production hardening (no introspection, no field suggestions); NODE_ENV=production by default. */
  production?: boolean;
  /** The built web app served at `/`; web/dist by default (not served when it is not built). */
  webRoot?: string;
  /** Offer the demo's accounts to the sign-in page (`GET /demo/accounts`); never in production. */
  demoAccounts?: boolean;
}

/** What a subgraph fetch resolves to. */
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;
type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>["fetcher"]>;

interface GatewayContext {
  identity: Identity;
  /** The caller's address (the public's large requests are held per address). */
  address: string;
  /** The signed identity forwarded to each subgraph this request calls (signed once per subgraph). */
  internalTokens: Map<string, Promise<string>>;
}

export interface RunningGateway extends RunningServer {
  metricsText(): Promise<string>;
}

export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const timeoutMs = opts.config.gateway.subgraphTimeoutMs;
  const auth = opts.auth ?? authSettings();
  const production = opts.production ?? process.env.NODE_ENV === "production";
  const departmentCodes = opts.config.departments.map((d) => d.code);
  // a large request's lane is held per caller: by subject, or by address for the public
  // The request itself was counted as one when it arrived: a large one counts LARGE_REQUEST_POINTS in
  // all, a refused one REFUSAL_POINTS.
  const limits = operationLimits(opts.config.gateway.limits, production, {
    laneKey: (c) => rateLimit.keyOf(c as GatewayContext),
    onLarge: (c) => rateLimit.spend(c as GatewayContext, LARGE_REQUEST_POINTS - 1),
    onRefused: (c) => rateLimit.penalize(c as GatewayContext, REFUSAL_POINTS - 1),
  });
  const metrics = createMetrics("gateway");
  const subgraphRequests = new Counter({
    name: "hub_subgraph_requests_total",
    help: "Requests the gateway sent to subgraphs",
    labelNames: ["subgraph", "outcome"],
    registers: [metrics.registry],
  });
  const subgraphDuration = new Histogram({
    name: "hub_subgraph_request_duration_seconds",
    help: "Duration of subgraph requests",
    labelNames: ["subgraph"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });
  const supergraphSdl = opts.supergraphSdl ?? (await composeFromConfig(opts.config, opts.urls));

  // Reused connections to the subgraphs; node-fetch over an http.Agent costs less CPU per call
  // than the global (undici) fetch or the gateway's default make-fetch-happen.
  // Idle sockets close after 30 s, before the subgraphs' 65 s keep-alive timeout, so a request is
  // never sent on a socket the server is closing.
  const keepAlive = new Agent({ keepAlive: true, maxSockets: 64, timeout: 30_000 });

  class DepartmentDataSource extends RemoteGraphQLDataSource {
    constructor(private readonly subgraph: string, url: string) {
      super({
        url,
        // @apollo/gateway has no timeout of its own: abort slow subgraphs.
        fetcher: ((input: string, init: Record<string, unknown>) =>
          nodeFetch(input, { ...init, agent: keepAlive, signal: AbortSignal.timeout(timeoutMs) } as never)) as unknown as Fetcher,
      });
    }
    override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
      // Requests the gateway makes for itself (none today) carry no user: sign them as the public.
      const tokens = context.internalTokens ?? new Map<string, Promise<string>>();
      let token = tokens.get(this.subgraph);
      if (!token) tokens.set(this.subgraph, (token = signInternalIdentity(context.identity ?? PUBLIC_IDENTITY, auth.internalSecret, this.subgraph)));
      request.http?.headers.set(IDENTITY_HEADER, await token);
    }
    override async process(options: GraphQLDataSourceProcessOptions) {
      const end = subgraphDuration.startTimer({ subgraph: this.subgraph });
      try {
        const response = await super.process(options);
        subgraphRequests.inc({ subgraph: this.subgraph, outcome: response.errors?.length ? "graphql_error" : "ok" });
        return response;
      } catch (e) {
        subgraphRequests.inc({ subgraph: this.subgraph, outcome: "unavailable" });
        const aborted = ["TimeoutError", "AbortError"].includes((e as Error).name);
        // The reason (an address, ECONNREFUSED) is for operators: logged, not sent to the client.
        const body = (e as { extensions?: { response?: { body?: unknown } } }).extensions?.response?.body;
        const reason = aborted ? `no answer within ${timeoutMs} ms` : `${(e as Error).message}${body ? ` ${JSON.stringify(body).slice(0, 300)}` : ""}`;
        logger.warn({ subgraph: this.subgraph, url: this.url, reason }, "subgraph unavailable");
        return unavailableResponse(this.subgraph, serviceNames[this.subgraph] ?? this.subgraph, ("document" in options && options.document) || parse(options.request.query ?? "{ __typename }"), aborted);
      } finally {
        end();
      }
    }
  }

  const rateLimit = callerRateLimit(opts.config.gateway.rateLimit);
  const serviceNames: Record<string, string> = {
    office: "联席会议办公室",
    ...Object.fromEntries(opts.config.departments.map((d) => [d.code, d.name])),
  };

  /** The caller from the headers, counted against their budget (`points` requests' worth). */
  const callerOf = async (req: express.Request, points = 1) => {
    const identity = (await verifyUserToken(req.headers.authorization, auth, departmentCodes)) ?? PUBLIC_IDENTITY;
    await rateLimit.spend({ identity, address: req.socket.remoteAddress ?? "unknown" }, points);
    return identity;
  };

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new DepartmentDataSource(name, opts.urls?.[name] ?? url!),
  });
  const server = await serve({
    service: "gateway",
    port: opts.port ?? opts.config.gateway.port,
    apollo: {
      gateway,
      // Introspection and field suggestions help developers and attackers alike: off in production.
      introspection: !production,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      plugins: limits.plugins,
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
      formatError: (formatted, error) => formatError(formatLimitError(formatted), error),
    },
    bodyLimit: opts.config.gateway.limits.bodyLimit,
    metrics,
    // Who is calling, and whether they are within their budget, from the headers: before the body is read.
    authenticate: (req) => callerOf(req),
    context: async ({ req, res }): Promise<GatewayContext> => ({ identity: res.locals.caller as Identity, address: req.socket.remoteAddress ?? "unknown", internalTokens: new Map() }),
    health: async () => ({ departments: opts.config.departments.map((d) => d.code) }),
    routes: (app) => {
      mountFileProxy(app, {
        urls: subgraphUrls(supergraphSdl, opts.urls),
        names: serviceNames,
        authenticate: (req) => callerOf(req, LARGE_REQUEST_POINTS),
        internalSecret: auth.internalSecret,
        agent: keepAlive,
        timeoutMs,
      });
      const served = mountWebApp(app, { root: opts.webRoot, config: opts.config, auth, demoAccounts: Boolean(opts.demoAccounts) && !production, graphiql: !production, schema: () => gateway.schema });
      if (!served) logger.warn({ webRoot: opts.webRoot ?? DEFAULT_WEB_ROOT }, "the web app is not built (npx -y pnpm@9 build:web): only /graphql is served");
    },
  });
  return { ...server, metricsText: () => metrics.registry.metrics() };
}

/**
 * What the client gets when a subgraph does not answer: which department, and which of its fields
 * are null in this answer, with the path of each root field; the rest of the answer stands.
 */
export function unavailableResponse(code: string, name: string, document: DocumentNode, timedOut: boolean): GatewayGraphQLResponse {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const message = `${name} (${code}) ${timedOut ? "did not answer in time" : "is unavailable"}: its fields are null in this answer; try again later`;
  const extensions = (fields: string[]) => ({ code: "DEPARTMENT_UNAVAILABLE", department: code, fields });
  const roots = (operation?.selectionSet.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== "__typename");
  const entities = roots.find((f) => f.name.value === "_entities");
  if (entities) {
    // Entity fields (Target.market …): one error for the fetch, naming the fields; no single path.
    const fields = (entities.selectionSet?.selections ?? []).flatMap((s) =>
      s.kind === Kind.INLINE_FRAGMENT
        ? s.selectionSet.selections.filter((f): f is FieldNode => f.kind === Kind.FIELD && f.name.value !== "__typename").map((f) => `${s.typeCondition?.name.value}.${f.name.value}`)
        : [],
    );
    return { errors: [new GraphQLError(message, { extensions: extensions([...new Set(fields)]) })] };
  }
  return {
    errors: roots.map((f) => new GraphQLError(message, { path: [f.alias?.value ?? f.name.value], extensions: extensions([f.name.value]) })),
  };
}

/** A large request (cost ≥ limits.largeCost) counts as this many requests against its caller's budget: at the default 600 a minute, 20 large ones. */
export const LARGE_REQUEST_POINTS = 30;
/** A request refused for its shape (a limit, a syntax error) counts as this many. */
export const REFUSAL_POINTS = 10;

/** Who is asking, as the budgets count: the verified identity, and the address for the public. */
interface Caller {
  identity: Identity;
  address: string;
}

/** Per-caller request budgets: by subject for signed-in users, by address for the public. */
function callerRateLimit(limit: RateLimit) {
  // A minute's budget, spent at most a twelfth in any 5 s: a caller cannot burn it in one burst
  // (a budget of 60 or less is small enough whole).
  const both = (what: string, perMinute: number): CallerBudget => {
    const minute = callerBudget(what, perMinute, 60);
    if (perMinute <= 60) return minute;
    const burst = callerBudget(`${what} in a burst`, Math.ceil(perMinute / 12), 5);
    return {
      async spend(caller, points) {
        await burst.spend(caller, points);
        await minute.spend(caller, points);
      },
      async penalize(caller, points) {
        await burst.penalize(caller, points);
        await minute.penalize(caller, points);
      },
    };
  };
  const users = both("requests", limit.requestsPerMinute);
  const anonymous = both("requests without a token", limit.publicRequestsPerMinute);
  const exempt = new Set(limit.exemptSubjects);
  /** The caller's budget and key: the public's by address, a user's by subject; null when exempt. */
  const budgetOf = ({ identity, address }: Caller) =>
    identity === PUBLIC_IDENTITY ? { budget: anonymous, key: `address:${address}` } : exempt.has(identity.subject) ? null : { budget: users, key: `subject:${identity.subject}` };
  return {
    keyOf: (caller: Caller) => budgetOf(caller)?.key ?? null,
    async spend(caller: Caller, points = 1) {
      const b = budgetOf(caller);
      if (b) await b.budget.spend(b.key, points);
    },
    async penalize(caller: Caller, points: number) {
      const b = budgetOf(caller);
      if (b) await b.budget.penalize(b.key, points);
    },
  };
}
