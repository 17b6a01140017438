/**
 * The publication outbox against real storage (both drivers): a receiver that refuses connections
 * leaves the message due with its error; once it answers, the message is delivered exactly once;
 * a message claimed by a worker that died is picked up again when its lease runs out, and two
 * concurrent rounds never send the same message.
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DEPARTMENT_MIGRATIONS, departmentSchema, deliverDue, outboxStatus, type DepartmentDb } from "@hub/department";
import { openStorage, type Storage } from "@hub/kit";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DRIVERS } from "./support/hub.js";

const { publicationOutbox } = departmentSchema;
// A generous timeout: a loaded machine must not turn a slow local receiver into a failed delivery.
const options = { pollMs: 10, baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 10_000, batch: 50 };

async function receiver() {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(String(req.headers["idempotency-key"]));
    req.resume().on("end", () => setTimeout(() => res.end("ok"), 50));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seen, close: () => new Promise((r) => server.close(r)) };
}

describe.each(DRIVERS)("publication outbox over %s", (driver) => {
  let storage: Storage<typeof departmentSchema>;
  let drop: (() => Promise<void>) | undefined;
  let db: DepartmentDb;
  const enqueue = (receiverName: string, keys: string[]) =>
    db.insert(publicationOutbox).values(keys.map((key, i) => ({ receiver: receiverName, taskId: i + 1, key, payload: JSON.stringify({ key }) })));
  const settle = () => new Promise((r) => setTimeout(r, 20));

  beforeAll(async () => {
    const database = driver === "postgres" ? await createTestDatabase() : undefined;
    drop = database?.drop;
    storage = await openStorage({ name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database?.url, dataDir: "memory://" });
    db = storage.db as DepartmentDb;
  });
  afterAll(async () => {
    await storage?.close();
    await drop?.();
  });

  it("keeps a message due while the receiver refuses connections, then delivers it once", async () => {
    const r = await receiver();
    await r.close(); // nothing listens at this address now
    const down = [{ name: "province", url: r.url }];
    await enqueue("province", ["k-down-1"]);
    expect(await deliverDue(db, down, options)).toBe(0);
    const [row] = await db.select().from(publicationOutbox).where(eq(publicationOutbox.key, "k-down-1"));
    expect(row).toMatchObject({ attempts: 1, deliveredAt: null, lastError: expect.stringMatching(/ECONNREFUSED/) });
    expect((await outboxStatus(db, down))[0]).toMatchObject({ pending: 1, delivered: 0, failedAttempts: 1 });

    const up = await receiver();
    try {
      await settle();
      expect(await deliverDue(db, [{ name: "province", url: up.url }], options)).toBe(1);
      await settle();
      expect(await deliverDue(db, [{ name: "province", url: up.url }], options)).toBe(0); // nothing left
      expect(up.seen).toEqual(["k-down-1"]);
      expect((await outboxStatus(db, down))[0]).toMatchObject({ pending: 0, delivered: 1, lastError: null });
    } finally {
      await up.close();
    }
  });

  it("two rounds at once never send the same message; a dead worker's claim runs out and the message goes", async () => {
    const r = await receiver();
    try {
      const receivers = [{ name: "nation", url: r.url }];
      await enqueue("nation", Array.from({ length: 20 }, (_, i) => `k-nation-${i}`));
      const [a, b] = await Promise.all([deliverDue(db, receivers, { ...options, batch: 12 }), deliverDue(db, receivers, { ...options, batch: 12 })]);
      expect(a + b).toBe(20);
      expect(new Set(r.seen).size).toBe(r.seen.length); // nobody sent twice
      expect(r.seen).toHaveLength(20);

      // A worker claimed this message (its lease is in the future) and died before sending it.
      await enqueue("nation", ["k-orphan"]);
      await db.update(publicationOutbox).set({ nextAttemptAt: new Date(Date.now() + 60_000) }).where(eq(publicationOutbox.key, "k-orphan"));
      expect(await deliverDue(db, receivers, options)).toBe(0); // still leased
      // the lease runs out (set in the past rather than waited for: no wall-clock race)
      await db.update(publicationOutbox).set({ nextAttemptAt: new Date(Date.now() - 1) }).where(eq(publicationOutbox.key, "k-orphan"));
      expect(await deliverDue(db, receivers, options)).toBe(1);
      expect(r.seen.at(-1)).toBe("k-orphan");
    } finally {
      await r.close();
    }
  });
});
