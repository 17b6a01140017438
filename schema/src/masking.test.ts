import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Role, identityFromClaims } from "./identity.js";
import { maskPhone, maskResidentId } from "./masking.js";
import { checkTargetIdentifier, completeUscc } from "./uscc.js";

describe("masking", () => {
  it("keeps the region prefix and last four of an ID number", () => {
    expect(maskResidentId("11010519491231002X")).toBe("110105********002X");
  });

  it("hides every digit of a phone number but the last four, keeping separators", () => {
    expect(maskPhone("13800001234")).toBe("*******1234");
    expect(maskPhone("0755-12345678")).toBe("****-****5678");
    fc.assert(
      fc.property(fc.stringMatching(/^[\d\- ]{0,20}$/), (p) => {
        const m = maskPhone(p);
        expect(m.length).toBe(p.length);
        const visible = [...m].filter((c) => /\d/.test(c)).join("");
        expect(visible).toBe([...p].filter((c) => /\d/.test(c)).join("").slice(-4) || "");
      }),
    );
  });

});

describe("identityFromClaims", () => {
  const codes = ["market", "transport"];
  it("accepts the roles, department roles only with a configured department", () => {
    expect(identityFromClaims({ sub: "u1", role: "department_officer", department: "market" }, codes)).toEqual({
      identity: { subject: "u1", role: Role.DEPARTMENT_OFFICER, department: "market" },
    });
    expect(identityFromClaims({ sub: "u2", role: "office_coordinator", department: "market" }, codes)).toEqual({
      identity: { subject: "u2", role: Role.OFFICE_COORDINATOR },
    });
    expect(identityFromClaims({ sub: "u1", role: "department_admin", department: "police" }, codes)).toHaveProperty("reason");
    expect(identityFromClaims({ sub: "u1", role: "public" }, codes)).toHaveProperty("reason");
    expect(identityFromClaims({ role: "dashboard_viewer" }, codes)).toHaveProperty("reason");
  });
});

describe("checkTargetIdentifier", () => {
  it("tells an individual's resident ID from a USCC, including all-digit USCCs", () => {
    expect(checkTargetIdentifier("11010519491231002X", true).kind).toBe("RESIDENT_ID");
    expect(checkTargetIdentifier("11010519491231002X", false).kind).toBe(null);
    const allDigits = completeUscc("91440305300000053");
    expect(checkTargetIdentifier(allDigits, true)).toMatchObject({ valid: true, kind: "USCC" });
    expect(checkTargetIdentifier("92440300MA5XXXXXX" , true).valid).toBe(false);
  });
});
