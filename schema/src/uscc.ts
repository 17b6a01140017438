/**
 * Unified social credit code — 统一社会信用代码 (GB 32100-2015).
 *
 * Layout (1-based positions):
 *   1      registration authority (登记管理部门)
 *   2      organization category (机构类别), meaningful only together with position 1
 *   3–8    region code of the registering authority (GB/T 2260)
 *   9–17   organization code (GB 11714), its own check character at 17
 *   18     check character, mod 31 over positions 1–17
 *
 * Pure functions only: no I/O, so the rules can be property-tested.
 */

/** The 31 characters a USCC may contain: digits and capitals without I, O, S, V, Z. */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registration authority → the organization categories it may issue, with their names.
 * Authorities beyond 1–9 are letters (A military, N agriculture, Y other): valid though not digits.
 */
export const REGISTRATION_AUTHORITIES: Readonly<
  Record<string, { name: string; categories: Readonly<Record<string, string>> }>
> = {
  "1": { name: "机构编制", categories: { "1": "机关", "2": "事业单位", "3": "中央编办直接管理机构编制的群众团体", "9": "其他" } },
  "2": { name: "外交", categories: { "1": "外国常驻新闻机构", "9": "其他" } },
  "3": {
    name: "司法行政",
    categories: { "1": "律师执业机构", "2": "公证处", "3": "基层法律服务所", "4": "司法鉴定机构", "5": "仲裁委员会", "9": "其他" },
  },
  "4": { name: "文化", categories: { "1": "外国在华文化中心", "9": "其他" } },
  "5": { name: "民政", categories: { "1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他" } },
  "6": { name: "旅游", categories: { "1": "外国旅游部门常驻代表机构", "2": "港澳台地区旅游部门常驻内地（大陆）代表机构", "9": "其他" } },
  "7": { name: "宗教", categories: { "1": "宗教活动场所", "2": "宗教院校", "9": "其他" } },
  "8": { name: "工会", categories: { "1": "基层工会", "9": "其他" } },
  "9": { name: "工商", categories: { "1": "企业", "2": "个体工商户", "3": "农民专业合作社" } },
  A: { name: "中央军委改革和编制办公室", categories: { "1": "军队事业单位", "9": "其他" } },
  N: { name: "农业", categories: { "1": "组级集体经济组织", "2": "村级集体经济组织", "3": "乡镇级集体经济组织", "9": "其他" } },
  Y: { name: "其他", categories: { "1": "其他" } },
};

/** GB/T 2260 province-level prefixes, plus the national level (10). */
const PROVINCE_PREFIXES = new Set([
  "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
  "71", "81", "82",
]);

/** Which rule a code failed, stable for clients to switch on. */
export type UsccRule = "EMPTY" | "LENGTH" | "CHARSET" | "AUTHORITY_CATEGORY" | "REGION" | "CHECK_CHARACTER";

export interface UsccCheck {
  valid: boolean;
  /** The code after trimming, full-width → half-width and upper-casing; null when empty. */
  normalized: string | null;
  /** The first rule that failed, machine-readable. */
  rule: UsccRule | null;
  /** Human-readable reason for the failed rule. */
  reason: string | null;
  /** Problems that do not make the code invalid (e.g. the embedded organization code's own check). */
  warnings: string[];
}

/** Trim, convert full-width ASCII (ＡＢＣ１２３, ideographic space) to half-width, upper-case. */
export function normalizeCode(raw: string): string {
  let out = "";
  for (const ch of raw) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += " ";
    else out += ch;
  }
  return out.replace(/\s+/g, "").toUpperCase();
}

/** A law-enforcement certificate number (执法证号) as stored: the same normalization as a code. */
export const certificateKey = (raw: string) => normalizeCode(raw);

/** The mod-31 check character for the first 17 characters (which must be in the charset). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 organization code check character for an 8-character body; null when the body has bad characters. */
export function organizationCodeCheckCharacter(body8: string): string | null {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = parseInt(body8[i]!, 36);
    if (Number.isNaN(v)) return null;
    sum += v * weights[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

function fail(normalized: string | null, rule: UsccRule, reason: string): UsccCheck {
  return { valid: false, normalized, rule, reason, warnings: [] };
}

/** Validate a unified social credit code, saying which rule failed. */
export function checkUscc(raw: string): UsccCheck {
  const code = normalizeCode(raw ?? "");
  if (code.length === 0) return fail(null, "EMPTY", "统一社会信用代码为空 (empty code)");
  if (code.length !== 18)
    return fail(code, "LENGTH", `长度应为18位，实际${code.length}位 (length must be 18, got ${code.length})`);
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(code[i]!))
      return fail(
        code,
        "CHARSET",
        `第${i + 1}位字符“${code[i]}”不合法：只允许数字和除I、O、S、V、Z以外的大写字母 (character ${i + 1} not allowed)`,
      );
  }
  const authority = REGISTRATION_AUTHORITIES[code[0]!];
  if (!authority)
    return fail(code, "AUTHORITY_CATEGORY", `第1位登记管理部门代码“${code[0]}”不存在 (unknown registration authority)`);
  if (!authority.categories[code[1]!])
    return fail(
      code,
      "AUTHORITY_CATEGORY",
      `第2位机构类别“${code[1]}”不属于登记管理部门“${authority.name}” (category not valid for the authority)`,
    );
  const region = code.slice(2, 8);
  if (!/^\d{6}$/.test(region) || !PROVINCE_PREFIXES.has(region.slice(0, 2)))
    return fail(code, "REGION", `第3–8位行政区划码“${region}”不合理 (implausible GB/T 2260 region code)`);
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected)
    return fail(
      code,
      "CHECK_CHARACTER",
      `校验码错误：第18位应为“${expected}”，实际为“${code[17]}” (check character should be ${expected})`,
    );
  const warnings: string[] = [];
  const orgCheck = organizationCodeCheckCharacter(code.slice(8, 16));
  if (orgCheck !== code[16])
    warnings.push(
      `内嵌组织机构代码“${code.slice(8, 17)}”自身校验位不符 (GB 11714 check fails; common in legacy codes, not a rejection)`,
    );
  return { valid: true, normalized: code, rule: null, reason: null, warnings };
}

/** Resident ID number — 公民身份号码 (GB 11643), used for individual businesses without a USCC. */
export function checkResidentId(raw: string): UsccCheck {
  const code = normalizeCode(raw ?? "");
  if (code.length === 0) return fail(null, "EMPTY", "身份证号码为空 (empty ID number)");
  if (!/^\d{17}[\dX]$/.test(code)) return fail(code, "LENGTH", "身份证号码应为17位数字加1位校验码 (17 digits + check)");
  if (!PROVINCE_PREFIXES.has(code.slice(0, 2)) || code.startsWith("10"))
    return fail(code, "REGION", `身份证号码地址码“${code.slice(0, 6)}”不合理 (implausible region code)`);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(code[i]) * weights[i]!;
  const expected = "10X98765432"[sum % 11]!;
  if (code[17] !== expected)
    return fail(code, "CHECK_CHARACTER", `身份证号码校验码应为“${expected}” (check character should be ${expected})`);
  return { valid: true, normalized: code, rule: null, reason: null, warnings: [] };
}

/** Which kind of code identifies a target. */
export type IdentifierKind = "USCC" | "RESIDENT_ID";

/**
 * A target's identifier: a USCC, or for an individual business without one, the operator's resident
 * ID. Both are 18 characters and a code can pass both checks; individual businesses' USCCs start
 * with 9 (工商), resident IDs never do (province codes 11–82), which settles it.
 */
export function checkTargetIdentifier(raw: string, allowResidentId: boolean): UsccCheck & { kind: IdentifierKind | null } {
  const asUscc = checkUscc(raw);
  if (allowResidentId) {
    const asId = checkResidentId(raw);
    if (asId.valid && (!asUscc.valid || !asId.normalized!.startsWith("9"))) return { ...asId, kind: "RESIDENT_ID" };
  }
  return { ...asUscc, kind: asUscc.valid ? "USCC" : null };
}

/** Append the right check character to 17 characters: for generating valid synthetic codes. */
export function completeUscc(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}
