/**
 * Who may do what, and the attack corpus: every hostile request gets its documented refusal, and
 * the data is unchanged afterwards. Through the real gateway and subgraphs.
 */
import { departmentSchema, startDepartment } from "@hub/department";
import { exportLibrary } from "@hub/office";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGateway, type RunningGateway } from "@hub/gateway";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { authSettings, DEMO_INTERNAL_SECRET, DEMO_PSEUDONYM_SECRET, pseudonymSecret, DEMO_USER_SECRET, IDENTITY_HEADER, loadAuthSettings, nameOrCodeSearch, readCounter, signInternalIdentity, signUserToken } from "@hub/kit";
import { Role } from "@hub/schema";
import { count, sql } from "drizzle-orm";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { admin, coordinator, dashboard, officer } from "./support/tokens.js";

const codes = Array.from({ length: 10 }, (_, i) => syntheticUscc(i, "440306"));
const PERSON = "11010519491231002X"; // an individual business keyed by its operator's resident ID

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

const firstCode = (r: { json: any }) => r.json?.errors?.[0]?.extensions?.code;

describe("identity, authorization and hostile input", () => {
  let hub: TestHub;
  let production: RunningGateway;
  const snapshot = async () => {
    const db = hub.departments.market!.db;
    const [t] = await db.select({ n: count() }).from(departmentSchema.targets);
    const [a] = await db.select({ n: count() }).from(departmentSchema.auditLog);
    return { targets: Number(t!.n), audit: Number(a!.n) };
  };

  beforeAll(async () => {
    hub = await startTestHub("pglite");
    const rows = codes.map((u, i) => [u, `深圳市安全${i}号科技有限公司`, "深圳市宝安区宝安大道1号", "张三", "13800001234", "C3911", "440306", "低", "A", "", "存续"]);
    const file = csv([[...TARGET_HEADERS, "对象类型"], ...rows.map((r) => [...r, "企业"]), [PERSON, "王五烧烤店", "深圳市宝安区西乡街道", "王五", "0755-12345678", "H6210", "440306", "低", "B", "", "存续", "个体工商户"]]);
    const r = await hub.query(`mutation($i: ImportInput!) { market { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(file) } }, officer("market"));
    expect(r.data.market.importTargets.status).toBe("COMMITTED");
    production = await startGateway({ config: hub.config, urls: { office: hub.office.url, ...Object.fromEntries(Object.entries(hub.departments).map(([k, v]) => [k, v.url])) }, port: 0, production: true });
  });
  afterAll(async () => {
    await production?.close();
    await hub?.close();
  });

  describe("roles", () => {
    it("the owning department sees personal data; other departments and the office see it masked", async () => {
      const q = `query($u: String!) { target(uscc: $u) { market { uscc phone legalRepresentative } } }`;
      const own = await hub.query(q, { u: PERSON }, officer("market"));
      expect(own.data.target.market).toEqual({ uscc: PERSON, phone: "0755-12345678", legalRepresentative: "王五" });
      for (const other of [officer("transport"), coordinator]) {
        const r = await hub.query(q, { u: PERSON }, other);
        expect(r.errors).toBeUndefined();
        expect(r.data.target.market).toMatchObject({ uscc: "110105********002X", phone: "****-****5678" });
      }
      const company = await hub.query(`query($u: String!) { target(uscc: $u) { market { uscc phone } } }`, { u: codes[0] }, officer("transport"));
      expect(company.data.target.market).toEqual({ uscc: codes[0], phone: "*******1234" });
    });

    it("the office's index, its feeds, cursors and exports hold no resident ID in clear; the office still joins the individual business across departments", async () => {
      // the same individual business in a second directory, and a task for it
      const t = csv([[...TARGET_HEADERS, "对象类型"], [PERSON, "王五烧烤店", "深圳市宝安区西乡街道", "王五", "", "H6210", "440306", "低", "B", "", "存续", "个体工商户"]]);
      expect((await hub.query(`mutation($i: ImportInput!) { transport { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(t) } }, officer("transport"))).data.transport.importTargets.status).toBe("COMMITTED");
      await hub.departments.market!.db.insert(departmentSchema.tasks).values({ source: "COMPLAINT", uscc: PERSON, itemCodes: ["I1"], inspectors: ["A", "B"], dueStart: "2026-05-01", dueEnd: "2026-05-31", status: "ASSIGNED" } as any);
      await hub.sync();
      const leaks = (text: string) => text.includes(PERSON) || text.includes(PERSON.slice(0, 14));
      const decoded = (cursor: string | null) => (cursor ? Buffer.from(cursor, "base64url").toString("utf8") : "");

      // the feeds, page by page as the office reads them: a pseudonym, and cursors that do not carry the ID
      const seen: string[] = [];
      for (let after: string | null = null; ; ) {
        const r: any = await hub.query(`query($a: String) { market { directoryChanges(after: $a, first: 1) { entries { uscc } endCursor hasMore } } }`, { a: after }, coordinator);
        const page = r.data.market.directoryChanges;
        seen.push(...page.entries.map((e: any) => e.uscc));
        expect(leaks(decoded(page.endCursor))).toBe(false);
        if (!page.hasMore) break;
        after = page.endCursor;
      }
      expect(seen).not.toContain(PERSON);
      const pseudonym = seen.find((u) => u.startsWith("P"))!;
      expect(pseudonym).toMatch(/^P[0-9A-F]{17}$/);
      const tasks = await hub.query(`{ market { taskChanges { tasks { uscc } } } }`, {}, coordinator);
      expect(tasks.data.market.taskChanges.tasks.map((x: any) => x.uscc)).toEqual([pseudonym]);

      // nothing the office stored holds the ID: every row of every table
      const tables = (await hub.office.db.execute(sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`)) as any;
      for (const { table_name } of tables.rows ?? tables) {
        const rows = (await hub.office.db.execute(sql.raw(`select row_to_json(t)::text as j from "${table_name}" t`))) as any;
        for (const { j } of rows.rows ?? rows) expect(leaks(j), `${table_name}: ${j.slice(0, 80)}`).toBe(false);
      }
      // …and the office joins the two departments' records of it under the pseudonym
      const joined = await hub.query(`query($u: String!) { target(uscc: $u) { name departments market { uscc officeKey } } }`, { u: pseudonym }, coordinator);
      expect(joined.data.target).toEqual({ name: "王五烧烤店", departments: ["market", "transport"], market: { uscc: "110105********002X", officeKey: pseudonym } });
      const dir = mkdtempSync(join(tmpdir(), "hub-lib-"));
      try {
        const file = join(dir, "library.csv");
        await exportLibrary(hub.office.db, file, 2, { market: "市场监督管理局", transport: "交通运输局" });
        const text = readFileSync(file, "utf8");
        expect(text).toContain(pseudonym);
        expect(leaks(text)).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      // the owner finds its record by the pseudonym, with the ID
      const own = await hub.query(`query($u: String!) { market { target(uscc: $u) { uscc officeKey } } }`, { u: pseudonym }, officer("market"));
      expect(own.data.market.target).toEqual({ uscc: PERSON, officeKey: pseudonym });

      // a reader who sees the ID masked pages through the directory with cursors that do not carry it
      const keys: string[] = [];
      for (let after: string | null = null; ; ) {
        const r: any = await hub.query(`query($a: String) { market { targets(first: 1, after: $a) { edges { cursor node { officeKey } } pageInfo { hasNextPage endCursor } } } }`, { a: after }, officer("transport"));
        const page = r.data.market.targets;
        for (const e of page.edges) {
          expect(leaks(decoded(e.cursor))).toBe(false);
          keys.push(e.node.officeKey);
        }
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(keys).toContain(pseudonym);
      expect(keys).toHaveLength(codes.length + 1);
      const forged = Buffer.from(JSON.stringify("~AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).toString("base64url");
      const bad = await hub.query(`query($a: String) { market { targets(first: 1, after: $a) { totalCount } } }`, { a: forged }, officer("transport"));
      expect(bad.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    });

    it("inspectors are visible to their department and the office only", async () => {
      const q = `{ market { inspectors { totalCount } } }`;
      expect((await hub.query(q, {}, officer("market"))).data.market.inspectors.totalCount).toBe(0);
      expect((await hub.query(q, {}, coordinator)).errors).toBeUndefined();
      const r = await hub.query(q, {}, officer("transport"));
      expect(r.errors?.[0].extensions.code).toBe("FORBIDDEN");
    });

    it("dashboards read aggregates only; the public reads published items and plans only", async () => {
      const counted = await hub.query(`{ market { targetCount(filter: { creditClasses: ["A"] }) } }`, {}, dashboard);
      expect(counted.data.market.targetCount).toBe(10);
      const list = await hub.query(`{ market { targets { totalCount } } }`, {}, dashboard);
      expect(list.errors?.[0].extensions.code).toBe("FORBIDDEN");
      const publicItems = await hub.query(`{ market { items { code } plans { id } } departments { code } checkUscc(code: "x") { valid } }`, {}, "public");
      expect(publicItems.errors).toBeUndefined();
      for (const q of [`{ market { targets { totalCount } } }`, `{ market { targetCount } }`, `{ target(uscc: "${codes[0]}") { uscc } }`]) {
        const r = await hub.query(q, {}, "public");
        expect(r.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
      }
    });

    it("draft plans are visible to their department only", async () => {
      await hub.query(`mutation { market { upsertItem(input: { code: "SEC-1", name: "检查", legalBasis: "依据", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 0.05 }) { code } } }`, {}, admin("market"));
      const input = { year: 2026, name: "草案", itemCodes: ["SEC-1"], periodStart: "2026-03-01", periodEnd: "2026-11-30", ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 0.05 })) };
      const created = await hub.query(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id status } } }`, { i: input }, admin("market"));
      const id = created.data.market.createPlan.id;
      const q = `query($id: ID!) { market { plan(id: $id) { id } plans { id } } }`;
      expect((await hub.query(q, { id }, officer("market"))).data.market.plan).toEqual({ id });
      const other = await hub.query(q, { id }, coordinator);
      expect(other.data.market.plan).toBeNull();
      expect(other.data.market.plans).toEqual([]);
    });

    it("officers maintain directories, only admins change items and plans; every write is audited", async () => {
      const before = await snapshot();
      const r = await hub.query(`mutation { market { upsertItem(input: { code: "SEC-2", name: "x", legalBasis: "y", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 0.1 }) { code } } }`, {}, officer("market"));
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringMatching(/admin/) });
      const ok = await hub.query(`mutation($t: TargetInput!) { market { upsertTarget(input: $t) { uscc } } }`, { t: { uscc: codes[1], name: "新名称有限公司", riskLevel: "HIGH", creditClass: "B" } }, officer("market"));
      expect(ok.errors).toBeUndefined();
      const [entry] = (await hub.departments.market!.db.select().from(departmentSchema.auditLog)).filter((a) => a.operation === "upsertTarget");
      expect(entry).toMatchObject({ subject: "market-officer", role: "department_officer", actorDepartment: "market", affectedIds: [codes[1]] });
      expect((await snapshot()).audit).toBe(before.audit + 1);
    });

    it("the audit trail is readable, paged and filtered, by the department's admins and the office only", async () => {
      const q = `query($a: String, $o: String) { market { auditLog(first: 1, after: $a, operation: $o) { entries { id operation subject role actorDepartment affectedIds at } hasMore endCursor } } }`;
      const first = await hub.query(q, {}, admin("market"));
      expect(first.errors).toBeUndefined();
      expect(first.data.market.auditLog.entries).toHaveLength(1);
      expect(first.data.market.auditLog.hasMore).toBe(true);
      const second = await hub.query(q, { a: first.data.market.auditLog.endCursor }, admin("market"));
      expect(Number(second.data.market.auditLog.entries[0].id)).toBeLessThan(Number(first.data.market.auditLog.entries[0].id));
      const imports = await hub.query(q.replace("first: 1", "first: 50"), { o: "importTargets" }, coordinator);
      expect(imports.data.market.auditLog.entries[0]).toMatchObject({ operation: "importTargets", subject: "market-officer", role: "department_officer", actorDepartment: "market" });
      expect(imports.data.market.auditLog.entries.every((e: any) => e.operation === "importTargets")).toBe(true);
      for (const who of [officer("market"), admin("transport"), dashboard]) expect((await hub.query(q, {}, who)).errors?.[0].extensions.code).toBe("FORBIDDEN");
      expect((await hub.query(q, {}, "public")).errors?.[0].extensions.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect((await hub.query(q, { a: "bm90LWEtY3Vyc29y" }, admin("market"))).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    });

    it("a retried createPlan with the same idempotency key returns the same plan", async () => {
      const input = { year: 2026, name: "幂等", itemCodes: ["SEC-1"], periodStart: "2026-03-01", periodEnd: "2026-11-30", ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 0.05 })) };
      const m = `mutation($i: PlanInput!, $k: String) { market { createPlan(input: $i, idempotencyKey: $k) { id name } } }`;
      const [a, b] = await Promise.all([hub.query(m, { i: input, k: "retry-key-0001" }, admin("market")), hub.query(m, { i: input, k: "retry-key-0001" }, admin("market"))]);
      const c = await hub.query(m, { i: input, k: "retry-key-0001" }, admin("market"));
      const d = await hub.query(m, { i: input, k: "retry-key-0002" }, admin("market"));
      expect(a.data.market.createPlan.id).toBe(b.data.market.createPlan.id);
      expect(c.data.market.createPlan.id).toBe(a.data.market.createPlan.id);
      expect(d.data.market.createPlan.id).not.toBe(a.data.market.createPlan.id);
    });
  });

  describe("attack corpus", () => {
    it("a cross-department write is refused and changes nothing", async () => {
      const before = await snapshot();
      for (const who of [officer("transport"), admin("transport"), coordinator, dashboard]) {
        const r = await hub.query(`mutation($i: ImportInput!) { market { importTargets(input: $i) { status } } }`, {
          i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, [syntheticUscc(99, "440306"), "入侵", "", "", "", "", "", "低", "A", "", ""]])) },
        }, who);
        expect(r.errors?.[0].extensions.code).toBe("FORBIDDEN");
      }
      const anonymous = await hub.query(`mutation { market { upsertTarget(input: { uscc: "${codes[2]}", name: "x", riskLevel: LOW, creditClass: "A" }) { uscc } } }`, {}, "public");
      expect(anonymous.errors?.[0].extensions.code).toBe("FORBIDDEN");
      expect(await snapshot()).toEqual(before);
    });

    it("a direct subgraph call without the gateway's signature gets nothing", async () => {
      const q = { query: `{ market { targets { edges { node { uscc phone } } } } }` };
      const none = await post(hub.departments.market!.url, q);
      expect(none.status).toBe(401);
      expect(firstCode(none)).toBe("UNAUTHENTICATED");
      expect(none.text).not.toContain(codes[0]);
      const forged = await signInternalIdentity({ subject: "x", role: Role.DEPARTMENT_ADMIN, department: "market" }, new TextEncoder().encode("not-the-internal-secret-0000000000000"), "market");
      expect((await post(hub.departments.market!.url, q, { [IDENTITY_HEADER]: forged })).status).toBe(401);
      // A user token is not a gateway signature either.
      const userToken = await signUserToken(admin("market"), authSettings().userSecret!);
      expect((await post(hub.departments.market!.url, q, { [IDENTITY_HEADER]: userToken })).status).toBe(401);
      expect((await post(hub.office.url, { query: `{ departments { code } }` })).status).toBe(401);
    });

    it("the gateway's token for one subgraph is refused by every other; a long-lived one is refused everywhere", async () => {
      const q = { query: `{ market { targetCount } }` };
      const who = { subject: "x", role: Role.OFFICE_COORDINATOR };
      const secret = authSettings().internalSecret;
      const forMarket = await signInternalIdentity(who, secret, "market");
      expect((await post(hub.departments.market!.url, q, { [IDENTITY_HEADER]: forMarket })).status).toBe(200);
      const forTransport = await signInternalIdentity(who, secret, "transport");
      expect((await post(hub.departments.market!.url, q, { [IDENTITY_HEADER]: forTransport })).status).toBe(401);
      expect((await post(hub.office.url, { query: `{ departments { code } }` }, { [IDENTITY_HEADER]: forMarket })).status).toBe(401);
      // Signed with the right secret, for the right audience, but for ten years: refused.
      const decade = await new SignJWT({ role: who.role }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setIssuer("hub-gateway")
        .setAudience("hub-subgraph:market").setIssuedAt().setExpirationTime("3650d").sign(secret);
      expect((await post(hub.departments.market!.url, q, { [IDENTITY_HEADER]: decade })).status).toBe(401);
      // Issued two minutes ago, still within its minute of lifetime by its own clock: older than a subgraph takes.
      const old = await new SignJWT({ role: who.role }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setIssuer("hub-gateway")
        .setAudience("hub-subgraph:market").setIssuedAt(Math.floor(Date.now() / 1000) - 120).setExpirationTime(Math.floor(Date.now() / 1000) + 30).sign(secret);
      expect((await post(hub.departments.market!.url, q, { [IDENTITY_HEADER]: old })).status).toBe(401);
    });

    it("a subgraph refuses an unsigned request before reading its body", async () => {
      const { request } = await import("node:http");
      const url = new URL(hub.departments.market!.url);
      // Announce 20 MB and send none of it: the answer must come from the headers alone.
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": String(20 * 1024 * 1024) } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
          req.destroy();
        });
        req.on("error", reject);
        req.flushHeaders();
      });
      expect(status).toBe(401);
    });

    it("a subgraph keeps depth and alias limits of its own behind the gateway", async () => {
      const header = { [IDENTITY_HEADER]: await signInternalIdentity(coordinator, authSettings().internalSecret, "market") };
      const aliases = `{ market { ${Array.from({ length: 60 }, (_, i) => `c${i}: code`).join(" ")} } }`;
      const r = await post(hub.departments.market!.url, { query: aliases }, header);
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.json.errors)).toMatch(/aliases/i);
      const deep = `{ __schema { types { fields { type { ${"ofType { ".repeat(14)}name${" }".repeat(14)} } } } } }`;
      const d = await post(hub.departments.market!.url, { query: deep }, header);
      expect(d.status).toBe(400);
      expect(JSON.stringify(d.json.errors)).toMatch(/depth/i);
      // In production a subgraph answers no introspection and suggests no field names either.
      const env = process.env.NODE_ENV;
      process.env.NODE_ENV = "production";
      let prod: Awaited<ReturnType<typeof startDepartment>> | undefined;
      try {
        prod = await startDepartment({ department: { code: "market", name: "市场监督管理局", port: 1 }, port: 0, dataDir: "memory://" });
      } finally {
        process.env.NODE_ENV = env;
      }
      try {
        const introspection = await post(prod.url, { query: `{ __schema { types { name } } }` }, header);
        expect(introspection.status).toBe(400);
        expect(JSON.stringify(introspection.json)).toMatch(/introspection/i);
        const typo = await post(prod.url, { query: `{ market { cod } }` }, header);
        expect(typo.json.errors[0].message).not.toMatch(/Did you mean/);
      } finally {
        await prod.close();
      }
      // A query that does not parse is the caller's error too, at the gateway and behind it.
      for (const url of [hub.departments.market!.url, hub.gateway.url]) {
        const broken = await post(url, { query: `{ market { code ` }, header);
        expect(broken.status).toBe(400);
        expect(firstCode(broken)).toBe("GRAPHQL_PARSE_FAILED");
      }
    });

    it("large requests take their own lane: past it, others and a second from the same caller are refused at once; small requests pass", async () => {
      // A department stand-in that holds every request until told to answer.
      const held: { body: string; answer: () => void }[] = [];
      let arrived: (() => void) | undefined;
      const standIn = createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c)).on("end", () => {
          held.push({ body, answer: () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { market: null } })) });
          arrived?.();
        });
      });
      await new Promise<void>((r) => standIn.listen(0, "127.0.0.1", r));
      const nextArrival = () => new Promise<void>((r) => (arrived = r));
      const config = { ...hub.config, gateway: { ...hub.config.gateway, subgraphTimeoutMs: 60_000, limits: { ...hub.config.gateway.limits, largeCost: 500, largeConcurrency: 1, largeQueue: 0 } } };
      const urls = { office: hub.office.url, ...Object.fromEntries(Object.entries(hub.departments).map(([k, v]) => [k, v.url])), market: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql` };
      const gw = await startGateway({ config, urls, port: 0 });
      try {
        const as = async (subject: string) => ({ authorization: `Bearer ${await signUserToken({ subject, role: Role.OFFICE_COORDINATOR }, authSettings().userSecret!)}` });
        const large = { query: `{ market { targets(first: 200) { edges { node { uscc name } } } } }` };
        const first = nextArrival();
        const a = post(gw.url, large, await as("clerk-a"));
        await first; // clerk-a's request is running (held by the stand-in)
        const c = await post(gw.url, large, await as("clerk-c"));
        expect(c.status).toBe(429);
        expect(firstCode(c)).toBe("RATE_LIMITED");
        expect(c.json.errors[0].message).toMatch(/busy/);
        const again = await post(gw.url, large, await as("clerk-a"));
        expect(again.status).toBe(429);
        expect(again.json.errors[0].message).toMatch(/one at a time per caller/);
        const small = await post(gw.url, { query: `{ departments { code } }` }, await as("clerk-c"));
        expect(small.status).toBe(200);
        // a's answer frees the lane: the next large request runs
        held[0]!.answer();
        expect((await a).status).toBe(200);
        const second = nextArrival();
        const b = post(gw.url, large, await as("clerk-b"));
        await second;
        held[1]!.answer();
        expect((await b).status).toBe(200);
        expect(held).toHaveLength(2); // the refused ones never reached the department
      } finally {
        await gw.close();
        standIn.closeAllConnections();
        await new Promise((r) => standIn.close(r));
      }
    });

    it("rate limits per caller: 429 with Retry-After past the budget; each caller has its own; the office's sync is exempt", async () => {
      const config = { ...hub.config, gateway: { ...hub.config.gateway, rateLimit: { requestsPerMinute: 4, publicRequestsPerMinute: 2, exemptSubjects: ["office-sync"] } } };
      const gw = await startGateway({ config, urls: { office: hub.office.url, ...Object.fromEntries(Object.entries(hub.departments).map(([k, v]) => [k, v.url])) }, port: 0 });
      try {
        const q = { query: `{ departments { code } }` };
        const as = async (who: Parameters<typeof signUserToken>[0]) => ({ authorization: `Bearer ${await signUserToken(who, authSettings().userSecret!)}` });
        for (let i = 0; i < 2; i++) expect((await post(gw.url, q)).status).toBe(200);
        const refused = await fetch(gw.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(q) });
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
        const body: any = await refused.json();
        expect(body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
        expect(body.errors[0].message).toMatch(/at most 2 every 60 s/);
        // A signed-in user is counted by subject, apart from the public.
        const user = await as(officer("market"));
        for (let i = 0; i < 4; i++) expect((await post(gw.url, q, user)).status).toBe(200);
        expect((await post(gw.url, q, user)).status).toBe(429);
        expect((await post(gw.url, q, await as(admin("market")))).status).toBe(200);
        const sync = await as({ subject: "office-sync", role: Role.OFFICE_COORDINATOR });
        for (let i = 0; i < 10; i++) expect((await post(gw.url, q, sync)).status).toBe(200);
        // a request refused for its shape costs its caller ten: a flood of them stops early and cheaply
        const flooder = await as({ subject: "flooder", role: Role.DASHBOARD_VIEWER });
        const aliases = { query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: __typename`).join(" ")} }` };
        expect(firstCode(await post(gw.url, aliases, flooder))).toBe("OPERATION_LIMIT_EXCEEDED");
        expect((await post(gw.url, q, flooder)).status).toBe(429);
      } finally {
        await gw.close();
      }
    });

    it("production refuses the demo's secrets even when set explicitly, and one secret for both kinds of token", () => {
      const own = "a-production-secret-of-forty-characters-xx";
      const other = "another-production-secret-forty-chars-yyy";
      expect(() => loadAuthSettings({ NODE_ENV: "production", HUB_INTERNAL_SECRET: DEMO_INTERNAL_SECRET, HUB_JWT_SECRET: own })).toThrow(/demo's published secret/);
      expect(() => loadAuthSettings({ NODE_ENV: "production", HUB_INTERNAL_SECRET: own, HUB_JWT_SECRET: DEMO_USER_SECRET })).toThrow(/demo's published secret/);
      expect(() => loadAuthSettings({ NODE_ENV: "production", HUB_INTERNAL_SECRET: own, HUB_JWT_SECRET: own })).toThrow(/must differ/);
      expect(() => loadAuthSettings({ HUB_INTERNAL_SECRET: own, HUB_JWT_SECRET: own })).toThrow(/must differ/);
      expect(loadAuthSettings({ NODE_ENV: "production", HUB_INTERNAL_SECRET: own, HUB_JWT_SECRET: other }).usingDemoSecrets).toBe(false);
      // the departments' pseudonym secret: required in production, never the demo's, never short
      expect(() => pseudonymSecret({ NODE_ENV: "production" })).toThrow(/HUB_PSEUDONYM_SECRET/);
      expect(() => pseudonymSecret({ NODE_ENV: "production", HUB_PSEUDONYM_SECRET: DEMO_PSEUDONYM_SECRET })).toThrow(/not the demo's/);
      expect(() => pseudonymSecret({ HUB_PSEUDONYM_SECRET: "short" })).toThrow(/at least 32/);
      expect(pseudonymSecret({ NODE_ENV: "production", HUB_PSEUDONYM_SECRET: own })).toBe(own);
    });

    it("rejects expired, unsigned (alg none), wrongly signed and malformed tokens", async () => {
      const secret = authSettings().userSecret!;
      const claims = { role: "department_admin", department: "market" };
      const expired = await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("u").setIssuedAt(1_600_000_000).setExpirationTime(1_600_000_600).sign(secret);
      const unsigned = new UnsecuredJWT(claims).setSubject("u").setIssuedAt().setExpirationTime("1h").encode();
      const wrongKey = await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("u").setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode("some-other-secret-of-sufficient-length-000"));
      const unknownDepartment = await new SignJWT({ role: "department_admin", department: "police" }).setProtectedHeader({ alg: "HS256" }).setSubject("u").setIssuedAt().setExpirationTime("1h").sign(secret);
      const cases: [string, RegExp][] = [
        [`Bearer ${expired}`, /expired/],
        [`Bearer ${unsigned}`, /algorithm|rejected/],
        [`Bearer ${wrongKey}`, /signature/],
        [`Bearer ${unknownDepartment}`, /department/],
        [`Basic dXNlcjpwYXNz`, /Bearer/],
      ];
      const before = await snapshot();
      for (const [authorization, reason] of cases) {
        const r = await post(hub.gateway.url, { query: `mutation { market { upsertTarget(input: { uscc: "${codes[3]}", name: "x", riskLevel: LOW, creditClass: "A" }) { uscc } } }` }, { authorization });
        expect(r.status).toBe(401);
        expect(firstCode(r)).toBe("UNAUTHENTICATED");
        expect(r.json.errors[0].message).toMatch(reason);
      }
      expect(await snapshot()).toEqual(before);
    });

    it("production tokens: RS256 from a JWKS is accepted, an HS256 token is then refused", async () => {
      const { publicKey, privateKey } = await generateKeyPair("RS256");
      const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
      const jwks: Server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((r) => jwks.listen(0, "127.0.0.1", r));
      const auth = loadAuthSettings({
        HUB_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`,
        HUB_JWT_ISSUER: "https://idp.example.gov.cn",
        HUB_INTERNAL_SECRET: DEMO_INTERNAL_SECRET,
      });
      const gw = await startGateway({ config: hub.config, urls: { office: hub.office.url, ...Object.fromEntries(Object.entries(hub.departments).map(([k, v]) => [k, v.url])) }, port: 0, auth });
      try {
        const rs = await new SignJWT({ role: "department_officer", department: "market" }).setProtectedHeader({ alg: "RS256", kid: "k1" })
          .setSubject("idp-user-1").setIssuer("https://idp.example.gov.cn").setIssuedAt().setExpirationTime("5m").sign(privateKey);
        const ok = await post(gw.url, { query: `{ market { inspectors { totalCount } } }` }, { authorization: `Bearer ${rs}` });
        expect(ok.json.errors).toBeUndefined();
        const hs = await signUserToken(officer("market"), authSettings().userSecret!);
        const refused = await post(gw.url, { query: `{ market { inspectors { totalCount } } }` }, { authorization: `Bearer ${hs}` });
        expect(refused.status).toBe(401);
      } finally {
        await gw.close();
        jwks.close();
      }
    });

    it("refuses a deep query, an alias flood, too many root fields and a cost bomb", async () => {
      const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
      const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: checkUscc(code: "x") { valid }`).join(" ")} }`;
      const roots = `{ departments { code } ${Array.from({ length: 11 }, (_, i) => `c${i}: checkUscc(code: "${i}") { valid }`).join(" ")} }`.replace(/c1[0-9]:/g, (m) => m);
      const usccs = JSON.stringify(Array.from({ length: 500 }, (_, i) => syntheticUscc(i, "440306")));
      const views = ["market", "transport", "environment", "emergency"].map((d) => `${d} { uscc name address phone industry region riskLevel creditClass tags status kind inDirectory legalRepresentative }`).join(" ");
      const bomb = `{ a: targets(usccs: ${usccs}) { uscc name ${views} } b: targets(usccs: ${usccs}) { uscc ${views} } }`;
      const typenames = `{ ${Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(" ")} }`;
      const tokens = `{ departments { ${"code ".repeat(6000)} } }`;
      for (const [name, query] of [["deep", deep], ["aliases", aliases], ["typenames", typenames], ["tokens", tokens], ["roots", roots], ["cost", bomb]] as const) {
        const r = await hub.query(query, {}, coordinator);
        expect(r.data, name).toBeUndefined();
        expect(r.errors?.[0].extensions.code, name).toBe("OPERATION_LIMIT_EXCEEDED");
      }
    });

    it("introspection and field suggestions are off in production", async () => {
      const r = await post(production.url, { query: `{ __schema { types { name } } }` });
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.json)).toMatch(/introspection/i);
      const typo = await post(production.url, { query: `{ departmentz { code } }` });
      expect(typo.json.errors[0].message).not.toMatch(/Did you mean/);
      const dev = await post(hub.gateway.url, { query: `{ departmentz { code } }` });
      expect(dev.json.errors[0].message).toMatch(/Did you mean "departments"/);
    });

    it("GraphiQL is served, bundled, outside production only", async () => {
      const origin = (url: string) => url.replace("/graphql", "");
      const html = { headers: { accept: "text/html,application/xhtml+xml" }, redirect: "manual" as const };
      // demo and development: a browser opening /graphql is sent to the bundled GraphiQL
      const dev = await fetch(hub.gateway.url, html);
      expect(dev.status).toBe(302);
      expect(dev.headers.get("location")).toBe("/graphiql");
      // a GET that carries a query is still a query
      const get = await fetch(`${hub.gateway.url}?query=${encodeURIComponent("{ departments { code } }")}`, { headers: { accept: "application/json", "apollo-require-preflight": "1" } });
      expect(((await get.json()) as { data: { departments: unknown[] } }).data.departments.length).toBe(hub.config.departments.length);
      // production: no page and no redirect
      for (const path of ["/graphiql", "/graphiql.html"]) expect((await fetch(`${origin(production.url)}${path}`)).status).toBe(404);
      expect((await fetch(production.url, html)).status).not.toBe(302);
    });

    it("SQL metacharacters in every filter are data, not SQL", async () => {
      const before = await snapshot();
      const evil = ["'; DROP TABLE targets; --", "%", "_", "\\", "' OR '1'='1", "\u0000"];
      for (const e of evil) {
        const filter = { creditClasses: [e], industries: [e], regions: [e], tags: [e], search: e.length < 2 ? e.repeat(2) : e };
        const r = await hub.query(`query($f: TargetFilter, $g: InspectorFilter) { market { targets(filter: $f) { totalCount } inspectors(filter: $g) { totalCount } } }`, { f: filter, g: { expertise: [e], search: e } }, officer("market"));
        if (e === "\u0000") {
          // PostgreSQL cannot store NUL in text: refused up front as bad input.
          expect(r.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
          continue;
        }
        expect(r.errors, e).toBeUndefined();
        expect(r.data.market.targets.totalCount).toBe(0);
      }
      expect(await snapshot()).toEqual(before);
    });

    describe("bounded work: refused before any SQL, while normal requests go on", () => {
      const sqlCount = async () => readCounter(await hub.departments.market!.metricsText(), "hub_sql_queries_total");
      /** The hostile request next to a normal one: the hostile is refused with `code` and runs no SQL; the normal one answers. */
      async function refusedBeforeSql(query: string, variables: Record<string, unknown>, code: string, as = officer("market")) {
        const before = await snapshot();
        const sql0 = await sqlCount();
        const hostile = await hub.query(query, variables, as);
        expect(await sqlCount()).toBe(sql0);
        const [again, normal] = await Promise.all([hub.query(query, variables, as), hub.query(`{ market { targetCount } }`, {}, dashboard)]);
        for (const r of [hostile, again]) {
          expect(r.data?.market ?? null).toBeNull();
          expect(r.errors?.[0].extensions.code).toBe(code);
          // The message names the problem; it never echoes a huge input.
          expect(r.errors![0].message.length).toBeLessThan(300);
        }
        expect(normal.errors).toBeUndefined();
        expect(normal.data.market.targetCount).toBe(codes.length + 1);
        expect(await snapshot()).toEqual(before);
        return hostile.errors![0];
      }

      it("a 1 MB search term, and a one-character target search", async () => {
        const q = `query($f: TargetFilter) { market { targetCount(filter: $f) } }`;
        expect((await refusedBeforeSql(q, { f: { search: "深".repeat(1 << 20) } }, "BAD_USER_INPUT", dashboard)).message).toMatch(/longer than 50/);
        expect((await refusedBeforeSql(q, { f: { search: "深" } }, "BAD_USER_INPUT", dashboard)).message).toMatch(/at least 2/);
        const list = await hub.query(`query($f: TargetFilter) { market { targets(filter: $f) { totalCount edges { node { name } } } } }`, { f: { search: "安全3号" } }, officer("market"));
        expect(list.data.market.targets.edges.map((e: any) => e.node.name)).toEqual(["深圳市安全3号科技有限公司"]);
      });

      it("a name search is answered from the character-pair index, a USCC prefix from the prefix index", async () => {
        const db = hub.departments.market!.db;
        const plan = async (search: string) =>
          db.transaction(async (tx) => {
            // Small tables are scanned; with scans priced out, the plan shows which index serves the search.
            await tx.execute(sql`set local enable_seqscan = off`);
            const where = nameOrCodeSearch(departmentSchema.targets.name, departmentSchema.targets.uscc, search, { bigramIndex: true });
            const r: any = await tx.execute(sql`explain select uscc from targets where ${where}`);
            return (r.rows ?? r).map((x: any) => Object.values(x)[0]).join("\n") as string;
          });
        expect(await plan("安全")).toMatch(/targets_name_bigrams_idx/);
        expect(await plan("科技有限")).toMatch(/targets_name_bigrams_idx/);
        expect(await plan(codes[0]!.slice(0, 10))).toMatch(/targets_uscc_prefix_idx/);
        // a long term narrows by its first and last five characters and still means the whole term
        expect(await plan("深圳市安全3号科技有限公司")).toMatch(/targets_name_bigrams_idx/);
        const count = async (search: string) => (await hub.query(`query($s: String) { market { targetCount(filter: { search: $s }) } }`, { s: search }, officer("market"))).data.market.targetCount;
        expect(await count("深圳市安全3号科技有限公司")).toBe(1);
        expect(await count("深圳市安全3号贸易有限公司")).toBe(0); // same first and last five, another middle
      });

      it("list arguments past their documented size", async () => {
        const q = `query($f: TargetFilter) { market { targetCount(filter: $f) } }`;
        const regions = Array.from({ length: 70_000 }, (_, i) => String(440000 + i));
        expect((await refusedBeforeSql(q, { f: { regions } }, "BAD_USER_INPUT", dashboard)).message).toMatch(/regions: at most 200 entries, got 70000/);
        await refusedBeforeSql(q, { f: { tags: Array(51).fill("两客一危") } }, "BAD_USER_INPUT", dashboard);
        await refusedBeforeSql(q, { f: { industries: ["C".repeat(51)] } }, "BAD_USER_INPUT", dashboard);
        await refusedBeforeSql(`query($f: InspectorFilter) { market { inspectors(filter: $f) { totalCount } } }`, { f: { expertise: Array(51).fill("x") } }, "BAD_USER_INPUT");
        const ok = await hub.query(q, { f: { regions: regions.slice(0, 200) } }, dashboard);
        expect(ok.errors).toBeUndefined();
      });

      it("stored texts past their documented length, and a 1 MB code, are refused without an echo", async () => {
        const upsert = `mutation($t: TargetInput!) { market { upsertTarget(input: $t) { uscc } } }`;
        const target = { uscc: codes[0], name: "深圳市安全0号科技有限公司", riskLevel: "LOW", creditClass: "A" };
        for (const field of ["address", "legalRepresentative", "name"]) {
          const e = await refusedBeforeSql(upsert, { t: { ...target, [field]: "长".repeat(1 << 20) } }, "BAD_USER_INPUT");
          expect(JSON.stringify(e).length).toBeLessThan(2000);
        }
        await refusedBeforeSql(upsert, { t: { ...target, tags: ["标".repeat(51)] } }, "BAD_USER_INPUT");
        const inspector = `mutation($i: InspectorInput!) { market { upsertInspector(input: $i) { name } } }`;
        for (const field of ["name", "position", "unit"])
          await refusedBeforeSql(inspector, { i: { certificateNumber: "44000100001", name: "王伟", [field]: "长".repeat(1 << 20) } }, "BAD_USER_INPUT");
        const e = await refusedBeforeSql(upsert, { t: { ...target, uscc: "9".repeat(1 << 20) } }, "INVALID_USCC");
        expect(JSON.stringify(e).length).toBeLessThan(1000);
      });

      it("expensive fields carry a cost weight: fifteen draw verifications do not fit in one request", async () => {
        const flood = `{ market { ${Array.from({ length: 15 }, (_, i) => `v${i}: verifyDraw(id: "${i + 1}") { reproduces }`).join(" ")} } }`;
        const sql0 = await sqlCount();
        const r = await hub.query(flood, {}, coordinator);
        expect(r.data).toBeUndefined();
        expect(r.errors?.[0].extensions.code).toBe("OPERATION_LIMIT_EXCEEDED");
        expect(r.errors?.[0].message).toMatch(/cost/);
        expect(await sqlCount()).toBe(sql0);
        const four = `{ market { ${Array.from({ length: 4 }, (_, i) => `v${i}: verifyDraw(id: "${i + 1}") { reproduces }`).join(" ")} } }`;
        expect((await hub.query(four, {}, coordinator)).errors?.[0].extensions.code).toBe("NOT_FOUND");
      });
    });

    it("a 10 MB body, a batched request and a cross-site simple request are refused", async () => {
      const big = JSON.stringify({ query: `{ departments { code } }`, variables: { pad: "x".repeat(10 * 1024 * 1024) } });
      const tooBig = await post(hub.gateway.url, big);
      expect(tooBig.status).toBe(413);
      expect(firstCode(tooBig)).toBe("PAYLOAD_TOO_LARGE");
      const batched = await post(hub.gateway.url, [{ query: `{ departments { code } }` }, { query: `{ departments { code } }` }]);
      expect(batched.status).toBe(400);
      const csrf = await fetch(hub.gateway.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: `{ departments { code } }` }) });
      expect(csrf.status).toBe(400);
      const malformed = await post(hub.gateway.url, "{not json");
      expect(malformed.status).toBe(400);
      expect(malformed.text).not.toMatch(/at .*\.js|node_modules/);
    });
  });
});
