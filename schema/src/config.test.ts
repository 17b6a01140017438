import { describe, expect, it } from "vitest";
import { ConfigError, jointGoalFor, loadConfig, resolveDepartment, validateConfig } from "./config.js";
import { DEFAULT_RESULT_DEADLINES, publicationDeadline } from "./results.js";

const base = { departments: [{ code: "market", name: "市场监督管理局", port: 5101 }] };

describe("validateConfig", () => {
  it("fills defaults: gateway port and timeout, A–D credit scale", () => {
    const c = validateConfig(base);
    expect(c.gateway).toMatchObject({ port: 4000, subgraphTimeoutMs: 5000, limits: { maxDepth: 10, bodyLimit: "8mb" } });
    expect(c.departments[0]!.creditClasses).toEqual(["A", "B", "C", "D"]);
  });

  it.each([
    [{ departments: [] }, /at least one department/],
    [{ departments: [{ code: "Market", name: "x", port: 1 }] }, /lower-camel-case/],
    [{ departments: [{ code: "target", name: "x", port: 1 }] }, /reserved/],
    [{ departments: [{ code: "market", name: "x", port: 1 }, { code: "market", name: "y", port: 2 }] }, /twice/],
    [{ departments: [{ code: "market", name: "x", port: 4000 }] }, /already used/],
    [{ departments: [{ code: "market", name: "x", port: 1, creditClasses: ["A"] }] }, /at least two/],
    [{ gateway: { limits: { maxDepth: 0 } }, departments: [{ code: "market", name: "x", port: 1 }] }, /maxDepth/],
    [{ ...base, resultCategories: [] }, /at least one category/],
    [{ ...base, resultCategories: [{ code: "ok", name: "x", problem: false }] }, /upper-case code/],
    [{ ...base, resultCategories: [{ code: "A1", name: "x", problem: false }, { code: "A1", name: "y", problem: true }] }, /appears twice/],
    [{ ...base, resultCategories: [{ code: "A1", name: "x" }] }, /problem must be true or false/],
    [{ ...base, exportProfiles: { p: { results: [] } } }, /at least one column/],
    [{ ...base, exportProfiles: { p: { results: [{ header: "x" }] } } }, /needs a header and a field/],
    [{ departments: [{ ...base.departments[0], publicationReceivers: [{ name: "province", url: "ftp://x" }] }] }, /http\(s\) URL/],
    [{ departments: [{ ...base.departments[0], publicationReceivers: [{ name: "province", url: "http://x", profile: "nope" }] }] }, /not in exportProfiles/],
    [{ departments: [{ ...base.departments[0], resultDeadlines: { publicationCutoff: "11-31" } }] }, /publicationCutoff must be a day of the year as MM-DD/],
    [{ departments: [{ ...base.departments[0], resultDeadlines: { publicationWorkingDays: -1 } }] }, /publicationWorkingDays must be a whole number/],
    [{ departments: [{ ...base.departments[0], jointGoal: [] }] }, /jointGoal must list at least one tier/],
    [{ departments: [{ ...base.departments[0], ratioBounds: { min: 0.3, max: 0.2 } }] }, /ratioBounds must be .* 0 ≤ min ≤ max ≤ 1/],
    [{ departments: [{ ...base.departments[0], ratioBounds: { min: 0.03 } }] }, /ratioBounds must be/],
    [{ departments: [{ ...base.departments[0], jointGoal: [{ share: 1.5 }] }] }, /share between 0 and 1/],
    [{ departments: [{ ...base.departments[0], jointGoal: [{ share: 0.1 }, { share: 0.03 }] }] }, /upToTasks must be whole numbers in increasing order/],
    [{ departments: [{ ...base.departments[0], jointGoal: [{ upToTasks: 100, share: 0.1 }] }] }, /last tier has no upToTasks/],
    [{ ...base, office: { visitLimits: [{ days: 0, maxVisits: 1 }] } }, /visitLimits\[0\]\.days must be a whole number of days/],
    [{ ...base, office: { visitLimits: [{ days: 7, maxVisits: 0 }] } }, /maxVisits must be a whole number of at least 1/],
    [{ ...base, office: { visitLimits: [{ days: 7, maxVisits: 2 }, { days: 7, maxVisits: 3 }] } }, /7 days appears twice/],
    [{ ...base, office: { visitLimits: {} } }, /visitLimits must list limits/],
    [{ departments: [{ ...base.departments[0], milestones: { PLAN_PUBLISHED: "3-31" } }] }, /milestones.PLAN_PUBLISHED must be a day of the year as MM-DD/],
    [{ departments: [{ ...base.departments[0], milestones: { PLAN_DONE: "03-31" } }] }, /milestones.PLAN_DONE is not a milestone/],
    [{ departments: [{ ...base.departments[0], milestones: { monthlyTasks: "yes" } }] }, /monthlyTasks must be true or false/],
    [{ departments: [{ ...base.departments[0], webhooks: [{ name: "im", url: "ftp://x" }] }] }, /webhooks\[0\]\.url must be an http\(s\) URL/],
    [{ departments: [{ ...base.departments[0], webhooks: [{ name: "im", url: "http://x", events: ["NOPE"] }] }] }, /events must list notification kinds/],
    [{ departments: [{ ...base.departments[0], webhooks: [{ name: "im", url: "http://x", secretEnv: "lower" }] }] }, /secretEnv must name an environment variable/],
    [{ departments: [{ ...base.departments[0], publicationReceivers: [{ name: "province", url: "http://x", kinds: ["tasks"] }] }] }, /kinds must list what it receives/],
    [{ departments: [{ ...base.departments[0], publicationReceivers: [{ name: "province", url: "http://x", deadlineWorkingDays: 0 }] }] }, /deadlineWorkingDays must be a whole number/],
  ])("rejects %j", (raw, message) => {
    expect(() => validateConfig(raw)).toThrow(ConfigError);
    expect(() => validateConfig(raw)).toThrow(message);
  });

  it("result categories: the nine by default, or the configured list, given to every department", () => {
    expect(validateConfig(base).departments[0]!.resultCategories).toHaveLength(9);
    const own = [{ code: "NO_PROBLEM", name: "未发现问题", problem: false }, { code: "PROBLEM", name: "发现问题", problem: true }];
    const c = validateConfig({ ...base, resultCategories: own });
    expect(c.resultCategories).toEqual(own);
    expect(c.departments[0]!.resultCategories).toEqual(own);
  });

  it("a joint goal by tiers of drawn tasks (Nanshan: ≤ 100 → 10%, at least one; more → 3%), 10% by default", () => {
    const nanshan = [{ upToTasks: 100, share: 0.1, atLeast: 1 }, { share: 0.03 }];
    const c = validateConfig({ departments: [{ ...base.departments[0], jointGoal: nanshan }] });
    const goal = resolveDepartment(c.departments[0]!).jointGoal;
    expect([0, 100, 101, 5000].map((n) => jointGoalFor(goal, n))).toEqual([nanshan[0], nanshan[0], nanshan[1], nanshan[1]]);
    expect(resolveDepartment(validateConfig(base).departments[0]!).jointGoal).toEqual([{ share: 0.1 }]);
  });

  it("publication deadlines: working days after the inspection, capped by the year's cut-off when one is set", () => {
    const d = resolveDepartment({ ...base.departments[0]!, resultDeadlines: { publicationWorkingDays: 10, publicationCutoff: "11-30" } }).resultDeadlines;
    expect(publicationDeadline("2026-06-01", d).date).toBe("2026-06-15"); // 10 working days (Dragon Boat 19 June is later)
    expect(publicationDeadline("2026-11-25", d).date).toBe("2026-11-30"); // the cut-off comes first
    expect(publicationDeadline("2026-12-10", d).date).toBe("2026-11-30"); // inspected after the cut-off: late already
    expect(publicationDeadline("2026-11-25", DEFAULT_RESULT_DEADLINES).date).toBe("2026-12-23");
  });

  it("the repository's hub.config.json is valid and has the four demo departments", () => {
    const codes = loadConfig().departments.map((d) => d.code);
    expect(codes).toEqual(["market", "transport", "environment", "emergency"]);
  });
});
