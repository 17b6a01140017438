/**
 * 上级下发 through the gateway, on PGlite and PostgreSQL: a higher platform hands tasks down to a
 * department with its origin, reference and deadline; the same reference again is the same task;
 * the department gives each its team, then works it like any other.
 */
import { syntheticUscc } from "@hub/gateway/synthetic";
import { chinaInstant } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, officer } from "./support/tokens.js";

const [u0, u1] = [syntheticUscc(8700, "440304"), syntheticUscc(8701, "440304")] as [string, string];
const ORIGIN = "广东省市场监管局双随机平台";
const FIELDS = `id source uscc status inspectors dueStart dueEnd origin originReference note`;

describe.each(DRIVERS)("tasks from a higher platform over %s", (driver) => {
  let hub: TestHub;
  const handDown = (tasks: unknown[], as = admin("market"), origin = ORIGIN) =>
    hub.query(`mutation($o: String!, $t: [TaskFromAboveInput!]!) { market { receiveTasksFromAbove(origin: $o, tasks: $t) { ${FIELDS} } } }`, { o: origin, t: tasks }, as);

  beforeAll(async () => {
    hub = await startTestHub(driver);
    hub.clock.set(chinaInstant("2026-05-06", "09:00"));
    const staff = ["SJ01", "SJ02", "SJ03"].map((c) => [c, `检查员${c}`, "在岗"]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([["执法证号", "姓名", "状态"], ...staff])) } }, officer("market"))).data.market.importInspectors.status).toBe("COMMITTED");
  });
  afterAll(async () => hub?.close());

  let first: any;
  it("lands each task DRAWN without a team, with its origin and reference; sent again, the same tasks", async () => {
    const tasks = [
      { reference: "GD-2026-000123", uscc: u0, itemCodes: ["SC-1"], dueStart: "2026-05-10", dueEnd: "2026-05-31", note: "省级专项抽查" },
      { reference: "GD-2026-000124", uscc: ` ${u1.toLowerCase()}`, dueStart: "2026-05-10", dueEnd: "2026-05-31" },
    ];
    const r = await handDown(tasks);
    expect(r.errors).toBeUndefined();
    const made = r.data.market.receiveTasksFromAbove;
    expect(made.map((t: any) => [t.source, t.uscc, t.status, t.inspectors, t.origin, t.originReference, t.dueEnd])).toEqual([
      ["UPPER_LEVEL", u0, "DRAWN", [], ORIGIN, "GD-2026-000123", "2026-05-31"],
      ["UPPER_LEVEL", u1, "DRAWN", [], ORIGIN, "GD-2026-000124", "2026-05-31"],
    ]);
    first = made[0];
    // a retried call (the platform did not see the answer) makes nothing twice
    expect((await handDown(tasks)).data.market.receiveTasksFromAbove.map((t: any) => t.id)).toEqual(made.map((t: any) => t.id));
    const listed = await hub.query(`{ market { tasks(source: UPPER_LEVEL) { totalCount } } }`, {}, officer("market"));
    expect(listed.errors ?? listed.data.market.tasks.totalCount).toBe(2);
  });

  it("refuses in words: officers, a reversed window naming the reference, a bad code; createTask cannot fake one", async () => {
    expect((await handDown([{ reference: "x", uscc: u0, dueStart: "2026-05-10", dueEnd: "2026-05-31" }], officer("market"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    const reversed = await handDown([{ reference: "GD-2026-000200", uscc: u0, dueStart: "2026-06-10", dueEnd: "2026-05-31" }]);
    expect(reversed.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/tasks\[0\] \(GD-2026-000200\): dueStart and dueEnd must be dates/) });
    expect((await handDown([{ reference: "GD-2026-000201", uscc: "91440300MA5XXXXXX", dueStart: "2026-05-10", dueEnd: "2026-05-31" }])).errors?.[0].extensions.code).toBe("INVALID_USCC");
    expect((await handDown([], admin("market"), " ")).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const fake = await hub.query(`mutation($u: String!) { market { createTask(input: { source: UPPER_LEVEL, uscc: $u, itemCodes: [], inspectors: ["SJ01", "SJ02"], dueStart: "2026-05-10", dueEnd: "2026-05-31" }) { id } } }`, { u: u0 }, officer("market"));
    expect(fake.errors?.[0].message).toMatch(/receiveTasksFromAbove/);
  });

  it("the department gives the task its team, once; then it is worked like any other", async () => {
    const assign = (inspectors: string[]) => hub.query(`mutation($t: ID!, $i: [String!]!) { market { assignTaskTeam(taskId: $t, inspectors: $i) { status inspectors } } }`, { t: first.id, i: inspectors }, officer("market"));
    expect((await assign(["SJ01"])).errors?.[0].message).toMatch(/at least two inspectors/);
    expect((await assign(["SJ01", "SJ02"])).data.market.assignTaskTeam).toEqual({ status: "ASSIGNED", inspectors: ["SJ01", "SJ02"] });
    expect((await assign(["SJ02", "SJ03"])).errors?.[0].extensions.code).toBe("CONFLICT");
    const advanced = await hub.query(`mutation($t: ID!) { market { advanceTask(taskId: $t, status: INSPECTING) { status } } }`, { t: first.id }, officer("market"));
    expect(advanced.data.market.advanceTask.status).toBe("INSPECTING");
  });
});
