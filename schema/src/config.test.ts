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
  ])("rejects %j", (raw, message) => {
    expect(() => validateConfig(raw)).toThrow(ConfigError);
    expect(() => validateConfig(raw)).toThrow(message);
  });

  it("the repository's hub.config.json is valid and has the four demo departments", () => {
    const codes = loadConfig().departments.map((d) => d.code);
    expect(codes).toEqual(["market", "transport", "environment", "emergency"]);
  });
});
