import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, validateConfig } from "./config.js";

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

  it("the repository's hub.config.json is valid and has the four demo departments", () => {
    const codes = loadConfig().departments.map((d) => d.code);
    expect(codes).toEqual(["market", "transport", "environment", "emergency"]);
  });
});
