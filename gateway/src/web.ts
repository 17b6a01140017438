/**
 * The web app at `/`, from the same origin as `/graphql`: the built files of `web/` (hashed assets
 * cached for good, index.html never), and every other path answered with index.html so the app's
 * own routes (/public?q=…, /office) work as links. The demo also offers its sign-in accounts.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { logger, signUserToken, type AuthSettings } from "@hub/kit";
import { REPO_ROOT, Role, type HubConfig, type Identity } from "@hub/schema";
import express from "express";
import type { GraphQLSchema } from "graphql";

// @apollo/gateway builds its schema with graphql's CommonJS build: introspect it with the same one
// (the ES module build's functions refuse a schema "from another module or realm").
const { introspectionFromSchema } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

export const DEFAULT_WEB_ROOT = resolve(REPO_ROOT, "web", "dist");

/** The demo's accounts, one per role and department. */
export function demoIdentities(config: HubConfig): { label: string; identity: Identity }[] {
  return [
    { label: "联席办工作人员", identity: { subject: "demo-office", role: Role.OFFICE_COORDINATOR } },
    { label: "领导驾驶舱", identity: { subject: "demo-dashboard", role: Role.DASHBOARD_VIEWER } },
    ...config.departments.flatMap((d) => [
      { label: `${d.name} 执法人员`, identity: { subject: `demo-${d.code}-officer`, role: Role.DEPARTMENT_OFFICER, department: d.code } },
      { label: `${d.name} 管理员`, identity: { subject: `demo-${d.code}-admin`, role: Role.DEPARTMENT_ADMIN, department: d.code } },
    ]),
  ];
}

export function mountWebApp(
  app: express.Express,
  opts: { root?: string; config: HubConfig; auth: AuthSettings; demoAccounts: boolean; graphiql: boolean; schema: () => GraphQLSchema | undefined },
) {
  if (opts.demoAccounts && opts.auth.userSecret) {
    const secret = opts.auth.userSecret;
    app.get("/demo/accounts", async (_req, res) => {
      const accounts = await Promise.all(
        demoIdentities(opts.config).map(async ({ label, identity }) => ({ label, role: identity.role, department: identity.department, token: await signUserToken(identity, secret) })),
      );
      res.set("cache-control", "no-store").json(accounts);
    });
  }
  const root = opts.root ?? DEFAULT_WEB_ROOT;
  const graphiql = join(root, "graphiql.html");
  // GraphiQL, bundled, for the demo and development; in production neither the page nor a pointer to it.
  app.get(["/graphiql", "/graphiql.html"], (_req, res) => {
    if (opts.graphiql && existsSync(graphiql)) res.set("cache-control", "no-cache").sendFile(graphiql);
    else res.status(404).type("text/plain; charset=utf-8").send("GraphiQL 仅在演示和开发环境提供 (not served in production)\n");
  });
  if (opts.graphiql) {
    // GraphiQL's docs and completion come from here: its introspection query is deeper than the
    // operation limits allow any request through /graphql.
    app.get("/graphiql/schema.json", (_req, res) => {
      const schema = opts.schema();
      if (!schema) return void res.status(503).json({ errors: [{ message: "the gateway is still loading its schema", extensions: { code: "SERVICE_UNAVAILABLE" } }] });
      try {
        res.set("cache-control", "no-store").json({ data: introspectionFromSchema(schema) });
      } catch (err) {
        logger.error({ err }, "GraphiQL: the schema could not be introspected");
        res.status(500).json({ errors: [{ message: "the schema could not be introspected", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      }
    });
    // A browser opening /graphql itself gets GraphiQL instead of a "missing query" error.
    app.get("/graphql", (req, res, next) => {
      if (Object.keys(req.query).length === 0 && req.accepts(["application/json", "text/html"]) === "text/html") res.redirect(302, "/graphiql");
      else next();
    });
  }
  if (!existsSync(join(root, "index.html"))) return false;
  app.use("/assets", express.static(join(root, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: false }));
  app.use(express.static(root, { index: false, maxAge: 0 }));
  const index = join(root, "index.html");
  app.get("/{*path}", (req, res, next) => {
    if (req.path.startsWith("/graphql") || req.path === "/health" || req.path === "/metrics") return next();
    res.set("cache-control", "no-cache").sendFile(index);
  });
  return true;
}
