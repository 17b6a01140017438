import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outboxOptions, outboxSignature, retryDelay } from "./outbox.js";

describe("outbox retry schedule and signature", () => {
  it("property: the wait doubles from the base, never exceeds the cap by more than the jitter, and is never zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (attempts, base, cap, r) => {
        const o = { baseDelayMs: base, maxDelayMs: Math.max(cap, base) };
        const plain = Math.min(o.maxDelayMs, base * 2 ** (attempts - 1));
        const d = retryDelay(attempts, o, () => r);
        expect(d).toBeGreaterThanOrEqual(Math.floor(plain * 0.8));
        expect(d).toBeLessThanOrEqual(Math.ceil(plain * 1.2));
        expect(d).toBeGreaterThan(0);
      }),
    );
    expect([1, 2, 3, 4].map((n) => retryDelay(n, { baseDelayMs: 5000, maxDelayMs: 60_000 }, () => 0.5))).toEqual([5000, 10_000, 20_000, 40_000]);
  });

  it("reads its settings from the environment and refuses nonsense", () => {
    expect(outboxOptions({})).toMatchObject({ pollMs: 2000, baseDelayMs: 5000, timeoutMs: 10_000 });
    expect(outboxOptions({ HUB_OUTBOX_TIMEOUT_MS: "250" }).timeoutMs).toBe(250);
    expect(() => outboxOptions({ HUB_OUTBOX_POLL_MS: "soon" })).toThrow(/HUB_OUTBOX_POLL_MS/);
  });
});

describe("outbox signature", () => {
  it("is the HMAC-SHA256 of the timestamp and the body, so a changed body, time or secret does not match", () => {
    const s = outboxSignature("秘密", 1_780_000_000, '{"a":1}');
    expect(s).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(outboxSignature("秘密", 1_780_000_000, '{"a":1}')).toBe(s);
    expect(outboxSignature("秘密", 1_780_000_000, '{"a":2}')).not.toBe(s);
    expect(outboxSignature("秘密", 1_780_000_001, '{"a":1}')).not.toBe(s);
    expect(outboxSignature("另一个", 1_780_000_000, '{"a":1}')).not.toBe(s);
  });
});
