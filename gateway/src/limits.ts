/**
 * Operation limits at the gateway, the only public entry: depth, aliases, directives, tokens and
 * field suggestions through graphql-armor; root fields and a list-size-aware cost here.
 */
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { OperationLimits } from "@hub/schema";
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { createRequire } from "node:module";
import type { ComplexityEstimator } from "graphql-query-complexity";

// graphql-query-complexity's ESM build imports graphql's ESM copy ("graphql/index.mjs"), while
// @apollo/gateway builds its schema with the CommonJS copy: load the CommonJS build so both agree.
const { getComplexity } = createRequire(import.meta.url)("graphql-query-complexity") as typeof import("graphql-query-complexity");

export const LIMIT_CODE = "OPERATION_LIMIT_EXCEEDED";

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: LIMIT_CODE, http: { status: 400 } } });

/**
 * Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; limits found during
 * validation are marked so that `formatError` can give them their own code.
 */
const limitValidationError = (message: string) => new GraphQLError(message, { extensions: { operationLimit: true } });

export function formatLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { operationLimit, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (operationLimit) return { ...formatted, extensions: { ...extensions, code: LIMIT_CODE } };
  // graphql-js stops parsing past maxTokens with a syntax error: it is a limit, not a typo.
  const tokens = /Document contains more th(?:at|an) (\d+) tokens/.exec(formatted.message);
  if (tokens) return { message: `operation has more than ${tokens[1]} tokens; the limit is ${tokens[1]}`, extensions: { ...extensions, code: LIMIT_CODE } };
  return formatted;
}

/** Count an operation's top-level fields, through fragments. */
function rootFieldCount(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let n = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) n += s.name.value.startsWith("__") ? 0 : 1;
    else if (s.kind === Kind.INLINE_FRAGMENT) n += rootFieldCount(s.selectionSet, fragments, seen);
    else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      n += rootFieldCount(fragments[s.name.value]!.selectionSet, fragments, seen);
    }
  }
  return n;
}

export function maxRootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = Object.fromEntries(
      context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    return {
      OperationDefinition(op) {
        const n = rootFieldCount(op.selectionSet, fragments);
        if (n > max) context.reportError(limitValidationError(`operation has ${n} root fields; the limit is ${max}`));
      },
    };
  };
}

/**
 * Fields whose work is far above reading a row: re-running a draw, counting or aggregating a whole
 * directory or year, a city-scale proposal search, a sync, an import. Each costs its weight instead
 * of 1, so that a request can hold only a few of them (at the default limit of 50,000: five draw
 * verifications, twenty-five statistics).
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  verifyDraw: 10_000,
  verifyDrawChain: 5_000,
  drawTargets: 10_000,
  syncDepartments: 10_000,
  importTargets: 5_000,
  importInspectors: 5_000,
  importTargetsJob: 5_000,
  importInspectorsJob: 5_000,
  jointInspectionProposals: 5_000,
  resultStatistics: 2_000,
  departmentOverlap: 2_000,
  drawOverlaps: 2_000,
  drawCoverage: 2_000,
  jointStatistics: 2_000,
  resultAlerts: 1_000,
  targetCount: 200,
};

/** A field costs 1 plus its children, times the number of items it asks for, plus its weight once. */
const listSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const size = typeof args.first === "number" ? args.first : Array.isArray(args.usccs) ? args.usccs.length : 1;
  return (1 + childComplexity) * Math.max(size, 1) + (FIELD_WEIGHTS[field.name] ?? 0);
};

/**
 * The lane for large requests: `concurrency` run at a time, `queue` wait (first come, first served),
 * one per caller; the rest are refused with RATE_LIMITED at once, before any work.
 */
export function largeRequestLane(concurrency: number, queue: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const callers = new Set<string>();
  const busy = (why: string) =>
    new GraphQLError(`large requests: ${why}; try again in a few seconds`, { extensions: { code: "RATE_LIMITED", retryAfterSeconds: 5, http: { status: 429, headers: new HeaderMap([["retry-after", "5"]]) } } });
  return {
    async enter(caller: string): Promise<() => void> {
      if (callers.has(caller)) throw busy("one at a time per caller");
      if (running >= concurrency && waiting.length >= queue) throw busy("the hub is busy with others");
      callers.add(caller);
      if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
      else running++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        callers.delete(caller);
        const next = waiting.shift();
        if (next) next(); // the slot passes on
        else running--;
      };
    },
  };
}

type Lane = ReturnType<typeof largeRequestLane>;

/** What the gateway does about a caller around the limits. */
export interface LimitHooks {
  /** Whose lane a large request takes; null for callers exempt from it (the office's sync). */
  laneKey(context: unknown): string | null;
  /** A large request costs its caller more of the request budget (RATE_LIMITED past it). */
  onLarge?(context: unknown): Promise<void>;
  /** A request refused for its shape costs its caller too: refusals are work, and floods of them cheap to stop. */
  onRefused?(context: unknown): Promise<void>;
}

const REFUSALS = new Set([LIMIT_CODE, "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]);

function costPlugin(maxCost: number, largeCost: number, lane: Lane, hooks: LimitHooks): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async willSendResponse() {
          release?.();
        },
        async didEncounterErrors({ errors, contextValue }) {
          const refused = errors.some((e) => REFUSALS.has(String(e.extensions?.code)) || e.extensions?.operationLimit || /Document contains more th/.test(e.message));
          if (refused) await hooks.onRefused?.(contextValue).catch(() => {});
        },
        async didResolveOperation({ request, document, schema, contextValue }) {
          // PostgreSQL cannot store U+0000 in text: refuse it up front rather than fail in SQL.
          if (JSON.stringify(request.variables ?? {}).includes("\\u0000") || /\u0000|\\u0000/.test(request.query ?? ""))
            throw new GraphQLError("text may not contain the NUL character (U+0000)", { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, estimators: [listSizeEstimator] });
          } catch (e) {
            // Bad or missing variables: the same error execution would give.
            throw new GraphQLError((e as Error).message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
          }
          if (cost > maxCost) throw limitError(`operation cost ${cost} exceeds the limit of ${maxCost} (lists count by their size)`);
          const caller = cost >= largeCost ? hooks.laneKey(contextValue) : null;
          if (caller) {
            await hooks.onLarge?.(contextValue);
            release = await lane.enter(caller);
          }
        },
      };
    },
  };
}

export function operationLimits(limits: OperationLimits, production: boolean, hooks: LimitHooks = { laneKey: () => "anyone" }) {
  const reject = [(ctx: ValidationContext | null, e: GraphQLError) => ctx?.reportError(limitValidationError(e.message))];
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, onReject: reject, propagateOnRejection: false },
    // armor exempts __typename aliases by default; a thousand of them are still work: count them.
    maxAliases: { n: limits.maxAliases, allowList: [], onReject: reject, propagateOnRejection: false },
    maxDirectives: { n: limits.maxDirectives, onReject: reject, propagateOnRejection: false },
    // graphql-js counts tokens while parsing (parseOptions below); armor's copy of the check throws
    // from a plugin, which turns every syntax error into a 500.
    maxTokens: { enabled: false },
    // Our cost model counts list sizes; armor's does not.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    // armor is typed against the CommonJS build of @apollo/server; the objects are the same.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), costPlugin(limits.maxCost, limits.largeCost, largeRequestLane(limits.largeConcurrency, limits.largeQueue), hooks)],
    validationRules: [...armor.validationRules, maxRootFieldsRule(limits.maxRootFields)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
