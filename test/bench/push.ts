/**
 * `pnpm bench:push`: pushing directory changes to a higher platform at city scale, on PostgreSQL —
 * 100,000 targets imported (XLSX) by a department that pushes targets and by one that does not: the
 * push's cost on the import (one outbox row per target, written in the import's transaction); the
 * backlog it leaves; the rate at which the outbox drains it to a local receiver that acknowledges.
 */
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { committed, DEPARTMENT_MIGRATIONS, departmentSchema, deliverDue, importDirectory, outboxOptions, outboxStatus, type DepartmentDb } from "@hub/department";
import { generateCompanies } from "@hub/gateway/synthetic";
import { openStorage, systemClock } from "@hub/kit";
import { resolveDepartment, Role } from "@hub/schema";
import { createTestDatabase } from "../support/hub.js";
import { writeTargetsXlsx } from "./files.js";

const ROWS = Number(process.env.BENCH_PUSH_ROWS ?? 100_000);
const say = (s: string) => console.error(s);

async function main() {
  const database = await createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), "hub-bench-push-"));
  let received = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on("end", () => (received++, res.end("ok")));
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/push`;
  const lines: string[] = [];
  try {
    const file = join(dir, "targets.xlsx");
    say(`writing ${ROWS} rows…`);
    await writeTargetsXlsx(file, generateCompanies(ROWS, 77));
    const importInto = async (code: string, pushes: boolean) => {
      const department = resolveDepartment({ code, name: code, port: 1, publicationReceivers: pushes ? [{ name: "province", url, kinds: ["targets"] }] : [] });
      const storage = await openStorage({ name: code, drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database.url });
      const db = storage.db as DepartmentDb;
      const t0 = performance.now();
      const result = await importDirectory({
        db, kind: "targets", format: "XLSX", source: file, creditClasses: department.creditClasses,
        onCommit: (tx, keys) => committed(tx, { identity: { subject: "bench", role: Role.DEPARTMENT_ADMIN, department: code }, clock: systemClock, department }, "targets", keys),
      });
      if (result.status !== "COMMITTED") throw new Error(`import refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
      return { department, db, storage, seconds: (performance.now() - t0) / 1000 };
    };
    say("importing without a push…");
    const plain = await importInto("plain", false);
    say("importing with a push of targets…");
    const pushing = await importInto("pushing", true);
    const [backlog] = await outboxStatus(pushing.db, pushing.department.publicationReceivers);
    lines.push(`| Import ${ROWS.toLocaleString("en")} targets (XLSX), no push | ${plain.seconds.toFixed(1)} s | |`);
    lines.push(`| The same with a receiver taking targets (${backlog!.pending.toLocaleString("en")} outbox rows in the import's transaction) | ${pushing.seconds.toFixed(1)} s | push adds ${(((pushing.seconds - plain.seconds) / plain.seconds) * 100).toFixed(0)}% |`);
    say("draining…");
    const o = { ...outboxOptions(), batch: 500, timeoutMs: 10_000 };
    const t0 = performance.now();
    while ((await deliverDue(pushing.db, pushing.department.publicationReceivers, o)) > 0);
    const seconds = (performance.now() - t0) / 1000;
    const [after] = await outboxStatus(pushing.db, pushing.department.publicationReceivers);
    if (after!.pending !== 0 || received < backlog!.pending) throw new Error(`drain incomplete: ${after!.pending} pending, ${received} received`);
    lines.push(`| Drain the backlog to a local receiver (one POST per record, batches of 500) | ${seconds.toFixed(1)} s | ${Math.round(backlog!.pending / seconds).toLocaleString("en")} messages/s; 5 working days allow ~${Math.round((backlog!.pending / seconds) * 3600 * 8 * 5 / 1e6)} million at 8 h a day |`);
    await plain.storage.close();
    await pushing.storage.close();
  } finally {
    receiver.close();
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
  console.log(["| Push of directory changes | Measured | Note |", "|---|---|---|", ...lines].join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
