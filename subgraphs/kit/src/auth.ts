/**
 * Tokens. Users present a bearer JWT to the gateway (HS256 with a shared secret for the demo,
 * RS256 from a JWKS in production). The gateway forwards the verified identity to subgraphs as a
 * short-lived HS256 JWT of its own in `x-hub-identity`, signed with a secret only the hub's
 * processes share; a subgraph rejects any request without a valid one, so calling a subgraph
 * directly gets nothing.
 */
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { GraphQLError } from "graphql";
import { identityFromClaims, Role, type Identity } from "@hub/schema";
import { logger } from "./logger.js";

export const IDENTITY_HEADER = "x-hub-identity";
const INTERNAL_ISSUER = "hub-gateway";
const INTERNAL_AUDIENCE = "hub-subgraph";
const INTERNAL_TTL_SECONDS = 60;
const CLOCK_TOLERANCE_SECONDS = 5;

/** Development-only secrets so `pnpm demo` works out of the box; refused in production. */
export const DEMO_USER_SECRET = "demo-only-user-token-secret-change-me-000000";
export const DEMO_INTERNAL_SECRET = "demo-only-internal-secret-change-me-0000000";

export interface AuthSettings {
  /** HS256 secret for user tokens (demo), when no JWKS is configured. */
  userSecret?: Uint8Array;
  /** RS256 key set for user tokens (production). */
  jwks?: JWTVerifyGetKey;
  issuer?: string;
  audience?: string;
  internalSecret: Uint8Array;
  usingDemoSecrets: boolean;
}

export class AuthConfigError extends Error {
  override name = "AuthConfigError";
}

/**
 * Read HUB_JWT_SECRET / HUB_JWKS_URL, HUB_JWT_ISSUER, HUB_JWT_AUDIENCE and HUB_INTERNAL_SECRET.
 * Outside production, missing secrets fall back to the demo ones (with a warning).
 */
export function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const production = env.NODE_ENV === "production";
  const enc = (s: string) => new TextEncoder().encode(s);
  const internal = env.HUB_INTERNAL_SECRET;
  const userSecret = env.HUB_JWT_SECRET;
  const jwksUrl = env.HUB_JWKS_URL;
  if (production && (!internal || (!userSecret && !jwksUrl)))
    throw new AuthConfigError("production needs HUB_INTERNAL_SECRET and HUB_JWKS_URL (or HUB_JWT_SECRET)");
  for (const [name, value] of [["HUB_INTERNAL_SECRET", internal], ["HUB_JWT_SECRET", userSecret]] as const) {
    if (value !== undefined && value.length < 32) throw new AuthConfigError(`${name} must be at least 32 characters`);
    // The demo's secrets are public (they are in this repository): never in production, even when set explicitly.
    if (production && (value === DEMO_USER_SECRET || value === DEMO_INTERNAL_SECRET))
      throw new AuthConfigError(`${name} is the demo's published secret: production needs a secret of its own`);
  }
  // One secret for both would let anyone holding a user-token secret forge the gateway's signature.
  if (internal !== undefined && userSecret !== undefined && internal === userSecret)
    throw new AuthConfigError("HUB_INTERNAL_SECRET and HUB_JWT_SECRET must differ: user tokens and the gateway's internal tokens are separate trust");
  const usingDemoSecrets = !internal || (!userSecret && !jwksUrl);
  if (usingDemoSecrets) logger.warn("using the demo's built-in token secrets: set HUB_JWT_SECRET/HUB_JWKS_URL and HUB_INTERNAL_SECRET outside the demo");
  return {
    userSecret: jwksUrl ? undefined : enc(userSecret ?? DEMO_USER_SECRET),
    jwks: jwksUrl ? createRemoteJWKSet(new URL(jwksUrl)) : undefined,
    issuer: env.HUB_JWT_ISSUER || undefined,
    audience: env.HUB_JWT_AUDIENCE || undefined,
    internalSecret: enc(internal ?? DEMO_INTERNAL_SECRET),
    usingDemoSecrets,
  };
}

let defaultSettings: AuthSettings | undefined;
/** The process's settings from its environment, read once. */
export function authSettings(): AuthSettings {
  return (defaultSettings ??= loadAuthSettings());
}

export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

function describe(e: unknown): string {
  if (e instanceof errors.JWTExpired) return "token expired";
  if (e instanceof errors.JWSSignatureVerificationFailed) return "token signature is not valid";
  if (e instanceof errors.JOSEAlgNotAllowed) return "token algorithm not allowed";
  if (e instanceof errors.JWTClaimValidationFailed) return `token claim "${e.claim}" is not valid`;
  if (e instanceof errors.JOSEError) return `token rejected (${e.code})`;
  return "token rejected";
}

/** Verify a user's bearer token; throws UNAUTHENTICATED with the reason. */
export async function verifyUserToken(
  authorization: string | undefined,
  settings: AuthSettings,
  departmentCodes: readonly string[],
): Promise<Identity | undefined> {
  if (!authorization) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m) throw unauthenticated("Authorization header must be `Bearer <token>`");
  let payload: JWTPayload;
  try {
    const options = { issuer: settings.issuer, audience: settings.audience };
    payload = settings.jwks
      ? (await jwtVerify(m[1]!, settings.jwks, { ...options, algorithms: ["RS256"] })).payload
      : (await jwtVerify(m[1]!, settings.userSecret!, { ...options, algorithms: ["HS256"] })).payload;
  } catch (e) {
    throw unauthenticated(describe(e));
  }
  const read = identityFromClaims(payload as Record<string, unknown>, departmentCodes);
  if ("reason" in read) throw unauthenticated(read.reason);
  return read.identity;
}

/** Mint a demo user token (HS256). */
export function signUserToken(identity: Omit<Identity, "role"> & { role: Role }, secret: Uint8Array, ttl = "24h") {
  return new SignJWT({ role: identity.role, ...(identity.department ? { department: identity.department } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(identity.subject)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(secret);
}

/** The audience of internal tokens for one subgraph: a token minted for one is refused by every other. */
export const internalAudience = (subgraph: string) => `${INTERNAL_AUDIENCE}:${subgraph}`;

/** The gateway's signed statement of who is asking, for one subgraph (by its name in the supergraph). */
export function signInternalIdentity(identity: Identity, secret: Uint8Array, subgraph: string): Promise<string> {
  return new SignJWT({ role: identity.role, ...(identity.department ? { department: identity.department } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(identity.subject)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(internalAudience(subgraph))
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TTL_SECONDS}s`)
    .sign(secret);
}

/**
 * In a subgraph: the identity the gateway vouches for; throws UNAUTHENTICATED otherwise. The token
 * must be for this subgraph, at most 60 s old, and issued for at most 60 s (a long-lived one,
 * whoever minted it, is refused).
 */
export async function verifyInternalIdentity(header: string | string[] | undefined, secret: Uint8Array, subgraph: string): Promise<Identity> {
  if (typeof header !== "string" || !header) throw unauthenticated("subgraphs answer only requests signed by the gateway");
  if (header.length > 4096) throw unauthenticated("gateway signature missing or not valid");
  try {
    const { payload } = await jwtVerify(header, secret, {
      issuer: INTERNAL_ISSUER,
      audience: internalAudience(subgraph),
      algorithms: ["HS256"],
      maxTokenAge: `${INTERNAL_TTL_SECONDS}s`,
      requiredClaims: ["iat", "exp", "sub"],
      // The gateway's and the subgraph's clocks may differ by a little (another host, a clock step).
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    if (payload.exp! - payload.iat! > INTERNAL_TTL_SECONDS) throw new Error("lifetime");
    const role = payload.role as Role;
    if (!Object.values(Role).includes(role) || typeof payload.sub !== "string") throw new Error("claims");
    return { subject: payload.sub, role, ...(typeof payload.department === "string" ? { department: payload.department } : {}) };
  } catch {
    throw unauthenticated("gateway signature missing or not valid");
  }
}
