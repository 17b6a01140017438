/**
 * Synthetic but realistic data for the demo and benchmarks: companies with valid USCCs and Chinese
 * names, department directories that overlap, inspectors, items and plans. Deterministic per seed.
 */
import {
  completeUscc,
  Gender,
  InspectionMethod,
  InspectorStatus,
  organizationCodeCheckCharacter,
  RiskLevel,
  TargetKind,
  TargetStatus,
  type DepartmentConfig,
} from "@hub/schema";
import type { InspectorValues, TargetValues } from "@hub/department";

/** mulberry32: small, fast, seedable. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    weighted: <T>(pairs: readonly (readonly [T, number])[]) => {
      let r = next() * pairs.reduce((s, p) => s + p[1], 0);
      for (const [v, w] of pairs) if ((r -= w) <= 0) return v;
      return pairs[pairs.length - 1]![0];
    },
  };
}

const DISTRICTS = [
  ["440303", "罗湖区"], ["440304", "福田区"], ["440305", "南山区"], ["440306", "宝安区"],
  ["440307", "龙岗区"], ["440308", "盐田区"], ["440309", "龙华区"], ["440310", "坪山区"],
] as const;
const BRANDS = "华信达鑫宏盛恒泰安诚兴隆瑞丰源祥德顺嘉旺金鹏远博凯星辰海川东方南粤鹏城前海".split("");
const STREETS = ["深南大道", "滨海大道", "北环大道", "科技园路", "高新南一道", "宝安大道", "龙岗大道", "布吉路", "沙河西路", "桃园路"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌".split("");

/** Sectors with their GB/T 4754 codes, name words, and which departments regulate them. */
const SECTORS = [
  { industry: "F5211", words: ["商贸", "百货", "贸易"], departments: ["market"], weight: 30 },
  { industry: "H6210", words: ["餐饮管理", "食品"], departments: ["market", "emergency"], weight: 15 },
  { industry: "G5430", words: ["物流", "运输", "货运"], departments: ["market", "transport"], weight: 12 },
  { industry: "G5411", words: ["客运", "旅游客运"], departments: ["market", "transport", "emergency"], weight: 4 },
  { industry: "C2614", words: ["化工", "新材料"], departments: ["market", "environment", "emergency", "transport"], weight: 6 },
  { industry: "C3311", words: ["金属制品", "机械"], departments: ["market", "environment", "emergency"], weight: 10 },
  { industry: "C3911", words: ["电子科技", "智能科技"], departments: ["market", "environment"], weight: 13 },
  { industry: "E4700", words: ["建筑工程", "建设"], departments: ["market", "emergency"], weight: 6 },
  { industry: "D4411", words: ["能源", "电力"], departments: ["market", "environment", "emergency"], weight: 4 },
] as const;

export interface Company {
  target: TargetValues;
  /** Department codes (of the demo's four) whose directory holds the company. */
  departments: string[];
}

function personName(r: ReturnType<typeof prng>) {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.next() < 0.6 ? r.pick(GIVEN) : "");
}

/** A valid USCC for the i-th synthetic enterprise in a district. */
export function syntheticUscc(i: number, region: string): string {
  const body = String(30000000 + i).slice(-8); // 8-digit organization code body, unique per i
  return completeUscc(`91${region}${body}${organizationCodeCheckCharacter(body)}`);
}

export function generateCompanies(count: number, seed = 2026): Company[] {
  const r = prng(seed);
  const out: Company[] = [];
  for (let i = 0; i < count; i++) {
    const sector = r.weighted(SECTORS.map((s) => [s, s.weight] as const));
    const [region, district] = r.pick(DISTRICTS);
    const name = `深圳市${r.pick(BRANDS)}${r.pick(BRANDS)}${r.pick(sector.words)}有限公司${i % 7 === 0 ? `${district}分公司` : ""}`;
    const tags: string[] = [];
    if (sector.industry === "G5411" || (sector.industry === "C2614" && r.next() < 0.3)) tags.push("两客一危");
    if (sector.industry === "C2614" && r.next() < 0.5) tags.push("危险化学品");
    if (r.next() < 0.04) tags.push("重点监管对象");
    const departments = sector.departments.filter((d) => d === "market" ? r.next() < 0.92 : r.next() < 0.8);
    if (departments.length === 0) departments.push("market");
    out.push({
      departments,
      target: {
        uscc: syntheticUscc(i, region),
        idKind: "USCC",
        name,
        kind: TargetKind.ENTERPRISE,
        address: `广东省深圳市${district}${r.pick(STREETS)}${1 + r.int(3000)}号`,
        legalRepresentative: personName(r),
        phone: `1${r.pick(["3", "5", "7", "8", "9"])}${String(r.int(1e9)).padStart(9, "0")}`,
        industry: sector.industry,
        region,
        riskLevel: r.weighted([[RiskLevel.LOW, 60], [RiskLevel.MEDIUM, 30], [RiskLevel.HIGH, 10]] as const),
        creditClass: r.weighted([["A", 40], ["B", 40], ["C", 15], ["D", 5]] as const),
        tags,
        status: r.weighted([[TargetStatus.ACTIVE, 95], [TargetStatus.DEREGISTERED, 4], [TargetStatus.REVOKED, 1]] as const),
      },
    });
  }
  return out;
}

const EXPERTISE: Record<string, string[]> = {
  market: ["食品安全", "产品质量", "广告监管", "价格监管", "特种设备"],
  transport: ["道路运输", "危险货物运输", "机动车维修", "驾培管理"],
  environment: ["大气污染", "水污染", "固体废物", "排污许可"],
  emergency: ["危险化学品", "工贸安全", "消防安全", "建筑施工安全"],
};

export function generateInspectors(department: string, count: number, seed = 7): InspectorValues[] {
  const r = prng(seed + department.length * 131 + department.charCodeAt(0));
  const skills = EXPERTISE[department] ?? ["综合执法"];
  return Array.from({ length: count }, (_, i) => ({
    certificateNumber: `44${String(department.charCodeAt(0)).padStart(3, "0")}${String(100000 + i)}`,
    name: personName(r),
    gender: r.next() < 0.6 ? Gender.MALE : Gender.FEMALE,
    position: r.pick(["科员", "副主任科员", "主任科员", "执法队员", "副科长", "科长"]),
    unit: `${department === "market" ? "市场监管" : department === "transport" ? "交通运输" : department === "environment" ? "生态环境" : "应急管理"}综合执法支队${r.pick(["一", "二", "三"])}大队`,
    expertise: [...new Set([r.pick(skills), r.pick(skills)])],
    status: r.weighted([[InspectorStatus.ACTIVE, 90], [InspectorStatus.ON_LEAVE, 6], [InspectorStatus.RETIRED, 4]] as const),
    conflicts: [],
  }));
}

export function generateItems(department: string) {
  const skills = EXPERTISE[department] ?? ["综合执法"];
  return skills.map((skill, i) => ({
    code: `${department.toUpperCase().slice(0, 4)}-${String(i + 1).padStart(3, "0")}`,
    name: `${skill}监督检查`,
    legalBasis: `《${skill.replace(/监管|安全/g, "")}相关法律法规》第${10 + i}条`,
    targetKind: TargetKind.ENTERPRISE,
    method: i % 3 === 2 ? InspectionMethod.DOCUMENT_REVIEW : InspectionMethod.ON_SITE,
    defaultRatio: 0.05,
    frequency: 1,
    keyArea: skill.includes("危险"),
    expertise: [skill],
  }));
}

export function defaultRatios(d: DepartmentConfig): { creditClass: string; ratio: number }[] {
  const classes = d.creditClasses ?? ["A", "B", "C", "D"];
  // Better credit, lower ratio: A 2%, then rising to 100% for the worst class.
  return classes.map((c, i) => ({ creditClass: c, ratio: i === classes.length - 1 ? 1 : [0.02, 0.04, 0.1, 0.2][i] ?? 0.2 }));
}
