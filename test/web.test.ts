/**
 * The web app in a real browser (Debian's Chromium through playwright-core) against the real hub on
 * PostgreSQL, seeded as the demo seeds it: the public search by USCC and by name, the office's
 * overview, the dashboard and a refused page; nothing requested from outside; no serious axe-core
 * violation on any page. Screenshots land in test/artifacts/.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { departmentSchema } from "@hub/department";
import { drawPublishedPlans, recordDemoResults, seedHub } from "@hub/gateway/seed";
import { ensureWebBuilt } from "@hub/gateway/web-build";
import { chinaInstant, usccCheckCharacter } from "@hub/schema";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/browser.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/hub.js";
import { csv, TARGET_HEADERS } from "./support/files.js";
import { admin, bearer, coordinator, dashboard, officer } from "./support/tokens.js";

const ARTIFACTS = join(import.meta.dirname, "artifacts");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const NOW = chinaInstant("2026-09-15", "18:00");

describe("the web app in a browser", () => {
  let hub: TestHub;
  let browser: Browser;
  let base: string;
  const outside: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    hub = await startTestHub("postgres");
    const dbs = Object.fromEntries(Object.entries(hub.departments).map(([k, v]) => [k, v.db]));
    await seedHub({ config: hub.config, departments: dbs, companies: 600, inspectorsPerDepartment: 40, year: 2026 });
    await drawPublishedPlans(hub.config, dbs, () => {}, 2026);
    await recordDemoResults(hub.config, dbs, () => {}, NOW);
    hub.clock.set(NOW);
    await hub.sync();
    base = hub.gateway.url.replace("/graphql", "");
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  /** A fresh page that records every request leaving the hub's origin. */
  async function open(path: string, token?: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Europe/London", viewport });
    const page = await context.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) outside.push(r.url());
    });
    await page.goto(`${base}${path}${token ? `#token=${token}` : ""}`);
    return page;
  }

  async function axe(page: Page, name: string) {
    // what a resting page shows: no button under the pointer in its hover colour, nothing mid-transition
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe.run());
    if (process.env.AXE_DEBUG) console.log(JSON.stringify(result.violations.map((v) => v.nodes.slice(0, 2).map((n) => n.failureSummary))));
    const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
    expect(serious, `${name}: ${serious.join(", ")}`).toEqual([]);
  }

  const tokenOf = async (as: typeof coordinator) => (await bearer(as)).authorization!.replace("Bearer ", "");

  /** The result form's category, findings and date, as a clerk fills them (the form's title is clicked to close the date picker). */
  /**
   * Choose an option of an antd Select by its label, until the field shows it (a click while the
   * dropdown still opens, on a loaded machine, can go to its animation).
   */
  async function selectOption(page: Page, label: string, option: string) {
    const field = page.locator(".ant-form-item", { has: page.getByLabel(label, { exact: true }) });
    const shown = () => field.locator(".ant-select").getByText(option, { exact: true }).count();
    await expect.poll(async () => {
      if ((await shown()) > 0) return true;
      if ((await page.locator(".ant-select-dropdown:visible").count()) === 0) await page.getByLabel(label, { exact: true }).click();
      await page.locator(".ant-select-dropdown:visible").getByTitle(option, { exact: true }).click({ timeout: 3000 }).catch(() => {});
      return (await shown()) > 0;
    }).toBe(true);
    await expect.poll(() => page.locator(".ant-select-dropdown:visible").count()).toBe(0);
  }

  /** Pick an option of an antd multiple Select (it stays open after a pick): until the field shows it, then closed. */
  async function pickInMultiple(page: Page, label: string, option: string) {
    const field = page.locator(".ant-form-item", { has: page.getByLabel(label, { exact: true }) });
    const chosen = () => field.locator(".ant-select-selection-item", { hasText: option }).count();
    await expect.poll(async () => {
      if ((await chosen()) > 0) return true;
      if ((await page.locator(".ant-select-dropdown:visible").count()) === 0) await page.getByLabel(label, { exact: true }).click();
      await page.locator(".ant-select-dropdown:visible").getByTitle(option, { exact: true }).click({ timeout: 3000 }).catch(() => {});
      return (await chosen()) > 0;
    }).toBe(true);
    await page.keyboard.press("Escape");
  }

  async function fillResult(page: Page, category: string, findings: string, date: string) {
    await selectOption(page, "检查结果", category);
    await page.getByLabel("检查情况").fill(findings);
    await page.getByLabel("检查日期").fill(date);
    await page.getByText(/录入任务 .* 的检查结果/).click();
  }

  /** The next follow-up step's kind and date (the heading is clicked to close the date picker). */
  async function followUpStep(page: Page, kind: string, date: string) {
    await selectOption(page, "处置方式", kind);
    await page.getByLabel("日期", { exact: true }).fill(date);
    await page.getByText("记录下一步").click();
  }

  /** Waits for the follow-up card's state tag (a toast names the new state before the page reads it again). */
  const followUpStateIs = (page: Page, state: string) =>
    expect.poll(() => page.locator(".ant-card-head", { hasText: "后续处置" }).getByText(state, { exact: true }).count(), { timeout: 30_000 }).toBe(1);

  /** Sync until the office's public copy holds the department's result on the target from that day (a sync reads a change once every transaction begun before it has ended). */
  const syncUntilPublic = (uscc: string, department: string, date: string) =>
    hub.syncUntil(async () => (await hub.query(`query($u: String) { publicResults(uscc: $u) { results { department inspectionDate } } }`, { u: uscc }, "public")).data.publicResults.results.some((r: any) => r.department === department && r.inspectionDate === date));

  /** The public portal's row for one department's result: its name, category and inspection date in the same row. */
  const publicRow = (page: Page, department: string, category: string, date: string) =>
    // (the department's cell says under its name when the inspection was joint)
    [new RegExp(`^${department}`), category, date].reduce((rows, name) => rows.filter({ has: page.getByRole("cell", typeof name === "string" ? { name, exact: true } : { name }) }), page.locator("tbody tr"));

  it("the public finds published results by USCC and by part of a name, on a link they can share", async () => {
    const published = (await hub.query(`{ publicResults(first: 1) { results { uscc targetName } } }`, {}, "public")).data.publicResults.results[0];
    expect(published).toBeDefined();
    const page = await open(`/public?q=${published.uscc}`);
    await expect.poll(() => page.getByRole("cell", { name: published.uscc }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole("cell", { name: published.targetName }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "public-by-uscc.png"), fullPage: true });
    await axe(page, "public");

    // by part of the name, typed into the form; the address then shares the search
    const part = [...published.targetName].slice(2, 6).join("");
    await page.getByLabel("企业名称或统一社会信用代码").fill(part);
    await page.getByRole("button", { name: "查 询" }).or(page.getByRole("button", { name: "查询" })).first().click();
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(part)}`);
    await expect.poll(() => page.getByRole("cell", { name: published.targetName }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // one character is too little for a name: said, not sent
    await page.goto(`${base}/public?q=科`);
    await expect.poll(() => page.getByText("请至少输入 2 个字").count()).toBe(1);
    await page.context().close();
  });

  it("the public reads each department's item list and plans of the year, and filters results by category", async () => {
    const market = hub.config.departments.find((d) => d.code === "market")!;
    const plans = (await hub.query(`{ market { plans(year: 2026) { name status } items { name } } }`, {}, "public")).data.market;
    const published = plans.plans.filter((p: { status: string }) => p.status === "PUBLISHED");
    expect(published.length).toBeGreaterThan(0);
    const page = await open("/public/plans?department=market&year=2026");
    await expect.poll(() => page.getByText(`${market.name} 2026 年抽查计划`).count(), { timeout: 30_000 }).toBe(1);
    for (const p of published) await expect.poll(() => page.getByRole("cell", { name: p.name, exact: true }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByRole("cell", { name: plans.items[0].name, exact: true }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "public-plans.png"), fullPage: true });
    await axe(page, "public plans");
    // the item list downloads without signing in
    const [file] = await Promise.all([page.waitForEvent("download"), (async () => {
      await page.getByRole("button", { name: /下载清单/ }).hover();
      await page.getByText("CSV 文件（.csv）").click();
    })()]);
    expect(file.suggestedFilename()).toBe(`${market.name}抽查事项清单.csv`);

    // results of one category only
    const first = (await hub.query(`{ publicResults(first: 1) { results { categoryCode categoryName } } }`, {}, "public")).data.publicResults.results[0];
    await page.goto(`${base}/public?category=${first.categoryCode}`);
    await expect.poll(() => page.locator("tbody tr").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const shown = await page.locator("tbody tr td:nth-child(4)").allTextContents();
    expect(new Set(shown)).toEqual(new Set([first.categoryName]));
    await page.context().close();
  });

  it("the office signs in by link, the token leaves the address bar, and the overview shows every department in China time", async () => {
    const page = await open("/", await tokenOf(coordinator));
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${base}/office`);
    for (const d of hub.config.departments) await expect.poll(() => page.getByRole("cell", { name: d.name, exact: true }).count(), { timeout: 30_000 }).toBe(1);
    expect(page.url()).not.toContain("token");
    // "data as of" in China time, although this browser runs on London time
    const asOf = (await hub.query(`{ resultStatistics(year: 2026) { asOf } }`)).data.resultStatistics[0].asOf as string;
    const china = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(asOf));
    expect(await page.getByText(china).count()).toBeGreaterThan(0);
    expect(await page.getByText("各部门数据同步").count()).toBe(1);
    await page.waitForTimeout(500); // the chart draws itself after the table
    await page.screenshot({ path: join(ARTIFACTS, "office-overview.png"), fullPage: true });
    await axe(page, "office overview");
    // the statistics as a spreadsheet, through the browser's own download
    await page.getByRole("button", { name: /下载统计/ }).hover();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByText("Excel 表格（.xlsx）").click()]);
    expect(file.suggestedFilename()).toBe("抽查结果统计 2026.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await file.path())!);
    expect(wb.worksheets[0]!.rowCount).toBe(1 + hub.config.departments.length);
    await expect.poll(() => page.getByText("已保存：抽查结果统计 2026.xlsx").count()).toBe(1);
    await page.context().close();
  });

  it("the overlap page shows the matrix and the joint target library, paged", async () => {
    const total = (await hub.query(`{ jointTargetLibrary(minDepartments: 2) { totalCount } }`)).data.jointTargetLibrary.totalCount as number;
    expect(total).toBeGreaterThan(50);
    const page = await open("/office/overlap", await tokenOf(coordinator));
    await expect.poll(() => page.getByText(`共 ${total} 户`).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator("tbody tr.ant-table-row").count(), { timeout: 30_000 }).toBe(50);
    await page.getByRole("button", { name: /加载更多/ }).click();
    await expect.poll(() => page.locator("tbody tr.ant-table-row").count(), { timeout: 30_000 }).toBe(Math.min(100, total));
    await expect.poll(() => page.getByRole("img", { name: "各部门之间共有的检查对象数" }).count(), { timeout: 30_000 }).toBe(1);
    await page.waitForTimeout(500); // the heat map draws itself
    await page.screenshot({ path: join(ARTIFACTS, "overlap.png"), fullPage: true });
    await axe(page, "overlap");
    await page.context().close();
  });

  it("the office launches a joint inspection from a proposal in one step, and follows it on the board", async () => {
    const proposals = (await hub.query(`{ jointInspectionProposals(year: 2026) { key targetCount } }`)).data.jointInspectionProposals;
    expect(proposals.length).toBeGreaterThan(0);
    const page = await open("/office/proposals", await tokenOf(coordinator));
    await expect.poll(() => page.getByRole("button", { name: /发起联合抽查/ }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await axe(page, "proposals");
    await page.getByRole("button", { name: /发起联合抽查/ }).first().click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.getByLabel("牵头部门").count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "launch-joint.png") });
    await dialog.getByRole("button", { name: /发\s?起/ }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${base}/office/joint`);
    const launched = (await hub.query(`{ jointInspections { id status proposalKey } }`)).data.jointInspections;
    expect(launched).toHaveLength(1);
    expect(launched[0]).toMatchObject({ status: "PROPOSED" });
    expect(proposals.map((p: any) => p.key)).toContain(launched[0].proposalKey);
    await expect.poll(() => page.getByTestId(`joint-${launched[0].id}`).count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "joint-board.png"), fullPage: true });
    await axe(page, "joint board");
    // the same inspections on the calendar: this one has no date yet, and says so
    await page.getByText("日程", { exact: true }).click();
    await expect.poll(() => page.getByText(new RegExp(`尚未排期：第 ${launched[0].id} 号`)).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator(".ant-picker-calendar").count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "joint-calendar.png"), fullPage: true });
    await axe(page, "joint calendar");
    await page.getByText("按状态", { exact: true }).click();
    // its page: each department's answer, the plan, and who did what when
    await page.getByTestId(`joint-${launched[0].id}`).getByRole("link").click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${base}/office/joint/${launched[0].id}`);
    await expect.poll(() => page.getByText(`第 ${launched[0].id} 号联合抽查`).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText("待答复").count()).toBeGreaterThan(0);
    expect(await page.getByText("尚未记录检查结果").count()).toBe(1);
    await expect.poll(() => page.locator(".ant-picker-calendar").count(), { timeout: 30_000 }).toBe(1); // the calendar, loaded on demand
    await page.screenshot({ path: join(ARTIFACTS, "joint-detail.png"), fullPage: true });
    await axe(page, "joint detail");
    await page.goto(`${base}/office/joint/999999`);
    await expect.poll(() => page.getByText("没有这次联合抽查").count(), { timeout: 30_000 }).toBe(1);
    await page.context().close();
  });

  it("一企一档: the office finds a target by part of its name and sees every department's record of it", async () => {
    // a company with a published result, and the departments that hold it
    const results = (await hub.query(`{ publicResults(first: 50) { results { uscc targetName categoryName departmentName } } }`, {}, "public")).data.publicResults.results as { uscc: string; targetName: string; categoryName: string; departmentName: string }[];
    const published = results.find((r) => !r.uscc.includes("*"))!;
    const entry = (await hub.query(`query($u: String!) { target(uscc: $u) { uscc name departments } }`, { u: published.uscc })).data.target;
    const page = await open("/office/targets", await tokenOf(coordinator));
    // part of the name that only it has: a common ending (有限公司) matches more than the page's fifty
    const part = [...entry.name].slice(3).join("");
    await page.getByLabel("统一社会信用代码或名称").fill(part);
    await page.getByLabel("统一社会信用代码或名称").press("Enter");
    await expect.poll(() => page.getByRole("link", { name: entry.uscc }).count(), { timeout: 30_000 }).toBe(1);
    await axe(page, "enterprise search");
    await page.getByRole("link", { name: entry.uscc }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${base}/office/targets/${entry.uscc}`);
    const names = Object.fromEntries(hub.config.departments.map((d) => [d.code, d.name]));
    // one panel per department that holds it, with its own directory entry
    for (const d of entry.departments) await expect.poll(() => page.getByRole("button", { name: new RegExp(`^${names[d]}`) }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText("2026 年各部门的检查").count()).toBe(1);
    // its result, in this year's inspections and in the department's own record
    await expect.poll(() => page.getByRole("cell", { name: published.categoryName, exact: true }).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(ARTIFACTS, "enterprise-record.png"), fullPage: true });
    await axe(page, "enterprise record");
    // a code that cannot be one is said so, not a blank page
    await page.goto(`${base}/office/targets/123`);
    await expect.poll(() => page.getByText("统一社会信用代码不正确").count(), { timeout: 30_000 }).toBe(1);
    await page.context().close();
  });

  it("a department officer pages the directory, imports a file with errors, downloads them, fixes the file and imports it", async () => {
    const market = hub.config.departments.find((d) => d.code === "market")!;
    const total = (await hub.query(`{ market { targets { totalCount } inspectors { totalCount } } }`, {}, officer("market"))).data.market;
    const page = await open("/department/targets", await tokenOf(officer("market")));
    await expect.poll(() => page.getByText(`${market.name} 检查对象名录`).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByText(`共 ${total.targets.totalCount.toLocaleString("zh-CN")} 户`).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator("tbody tr.ant-table-row").count()).toBe(50);
    // paged to the end, 50 at a time
    await page.getByRole("button", { name: /加载更多/ }).click();
    await expect.poll(() => page.locator("tbody tr.ant-table-row").count(), { timeout: 30_000 }).toBe(Math.min(100, total.targets.totalCount));
    await axe(page, "department targets");

    // a file with two bad rows: refused whole, every error with its row as Excel numbers it
    const code = (n: number) => `9144030099${String(n).padStart(7, "0")}`;
    const fresh = code(1) + usccCheckCharacter(code(1));
    const name = "深圳市联调测试科技有限公司";
    const bad = join(ARTIFACTS, "名录-有错误.csv");
    writeFileSync(bad, "\uFEFF" + csv([TARGET_HEADERS, [fresh, name, "深圳市南山区科技园", "李四", "13800001234", "I6510", "440305", "低", "A", "", "存续"], ["91440300123", "坏代码公司", "", "", "", "", "", "低", "A", "", "存续"], [code(2) + usccCheckCharacter(code(2)), "风险写错公司", "", "", "", "", "", "很高", "A", "", "存续"]]));
    await page.getByRole("button", { name: /导入名录/ }).click();
    await page.locator("input[type=file]").setInputFiles(bad);
    await expect.poll(() => page.getByText(/文件有 2 处错误，整个文件都不会导入/).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("cell", { name: "第 3 行" }).count()).toBe(1);
    expect(await page.getByRole("cell", { name: "第 4 行" }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "import-errors.png") });
    await axe(page, "import errors");
    const [errors] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载错误清单/ }).click()]);
    expect(errors.suggestedFilename()).toBe("名录-有错误-错误清单.csv");
    const listed = readFileSync((await errors.path())!, "utf8");
    expect(listed).toMatch(/^\uFEFF行号,列,原因/);
    expect(listed.split(/\r\n/)).toHaveLength(3);
    expect(await hub.query(`query($u: String!) { market { target(uscc: $u) { inDirectory } } }`, { u: fresh }, officer("market"))).toMatchObject({ data: { market: { target: null } } }); // nothing of the file was written

    // fixed: a preview of what changes, then the import as a job, then the list has it
    const good = join(ARTIFACTS, "名录-已修改.csv");
    writeFileSync(good, "\uFEFF" + csv([TARGET_HEADERS, [fresh, name, "深圳市南山区科技园", "李四", "13800001234", "I6510", "440305", "低", "A", "", "存续"]]));
    await page.getByRole("button", { name: /重新选择文件/ }).click();
    await page.locator("input[type=file]").setInputFiles(good);
    await expect.poll(() => page.getByRole("button", { name: /确认导入（新增 1，更新 0）/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("cell", { name: fresh }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "import-preview.png") });
    await axe(page, "import preview");
    await page.getByRole("button", { name: /确认导入/ }).click();
    await expect.poll(() => page.getByText("导入完成").count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByText("新增 1 条，更新 0 条，未变 0 条。").count()).toBe(1);
    await page.getByRole("button", { name: /查看名录/ }).click();
    await page.getByLabel("名称或统一社会信用代码").fill("联调测试");
    await page.getByLabel("名称或统一社会信用代码").press("Enter");
    await expect.poll(() => page.getByRole("cell", { name, exact: true }).count(), { timeout: 30_000 }).toBe(1);
    expect(page.url()).toContain(`q=${encodeURIComponent("联调测试")}`);

    // the inspectors' directory, and a role that may not use it
    await page.goto(`${base}/department/inspectors`);
    await expect.poll(() => page.getByText(`共 ${total.inspectors.totalCount} 人`).count(), { timeout: 30_000 }).toBe(1);
    await axe(page, "department inspectors");
    await page.context().close();
    const office = await open("/department/targets", await tokenOf(coordinator));
    await expect.poll(() => office.getByText("无权访问").count(), { timeout: 30_000 }).toBe(1);
    await office.context().close();
  });

  it("a department officer records a result signed by the team with evidence hashed in the browser, publishes it, and the public sees it", async () => {
    const as = officer("market");
    const task = (await hub.query(`{ market { tasks(status: ASSIGNED, first: 1) { edges { node { id uscc inspectors } } } resultCategories { code name problem } } }`, {}, as)).data.market;
    const { id, uscc, inspectors } = task.tasks.edges[0].node as { id: string; uscc: string; inspectors: string[] };
    const category = (task.resultCategories as { name: string; problem: boolean }[]).find((c) => !c.problem)!;
    const page = await open(`/department/tasks?uscc=${uscc}`, await tokenOf(as));
    const row = page.locator("tr", { has: page.getByRole("cell", { name: id, exact: true }) });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await axe(page, "tasks");
    await row.getByRole("button", { name: /录入结果/ }).click();
    await fillResult(page, category.name, "现场检查经营场所和台账，未发现问题。", "2026-09-14");
    // evidence: the browser hashes the file; the file itself is not sent
    const photo = join(ARTIFACTS, "现场照片.jpg");
    writeFileSync(photo, Buffer.from(`photo of ${uscc} `.repeat(5000)));
    const digest = createHash("sha256").update(readFileSync(photo)).digest("hex");
    await page.locator("form input[type=file]").setInputFiles(photo);
    await expect.poll(() => page.getByText(digest).count(), { timeout: 30_000 }).toBe(1);
    // one signer is not enough
    await page.getByLabel(new RegExp(inspectors[1]!)).uncheck();
    await page.getByRole("button", { name: /保存结果/ }).click();
    await expect.poll(() => page.getByText("至少须两名检查人员签名").count()).toBe(1);
    await page.getByLabel(new RegExp(inspectors[1]!)).check();
    await expect.poll(() => page.locator(".ant-form-item-explain-error").allTextContents()).toEqual([]);
    await page.waitForTimeout(400);
    await axe(page, "result form");
    await page.getByRole("button", { name: /保存结果/ }).click();
    await expect.poll(() => row.getByText(/待公示/).count(), { timeout: 30_000 }).toBe(1);
    const recorded = (await hub.query(`query($u: String) { market { tasks(uscc: $u) { edges { node { id result { signers { certificateNumber } evidence { sha256 kind } } } } } } }`, { u: uscc }, as)).data.market.tasks.edges.find((e: any) => e.node.id === id).node.result;
    expect(recorded.evidence).toEqual([{ sha256: digest, kind: "PHOTO" }]);
    expect(recorded.signers.map((s: { certificateNumber: string }) => s.certificateNumber).sort()).toEqual([...inspectors].sort());

    // published in a batch, then on the public portal
    await page.getByLabel(`选择任务 ${id}`).check();
    await page.getByRole("button", { name: /公示所选结果（1）/ }).click();
    await expect.poll(() => row.getByText("已公示").count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "tasks.png"), fullPage: true });
    await syncUntilPublic(uscc, "market", "2026-09-14"); // the public portal reads the office's copy, as current as its last sync
    await page.goto(`${base}/public?q=${uscc}`);
    await expect.poll(() => publicRow(page, "市场监督管理局", category.name, "2026/09/14").count(), { timeout: 30_000 }).toBe(1);
    await page.context().close();
  });

  it("a department officer works a task on its page: 递补 with a reason, a result that found a problem, followed up to its close; alerts lead to their task", async () => {
    const as = officer("market");
    const m = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await hub.query(query.replace("{", "{ market {") + " }", variables, as);
      expect(answer.errors).toBeUndefined();
      return answer.data.market;
    };
    const assigned = (await m(`{ tasks(status: ASSIGNED, source: DRAW, first: 10) { edges { node { id uscc inspectors drawId } } } }`)).tasks.edges.map((e: any) => e.node);
    const task = assigned.at(-1) as { id: string; uscc: string; inspectors: string[] };
    const categories = (await m(`{ resultCategories { code name problem } }`)).resultCategories as { code: string; name: string; problem: boolean }[];
    const problem = categories.find((c) => c.problem)!;
    const page = await open(`/department/tasks/${task.id}`, await tokenOf(as));
    await expect.poll(() => page.getByRole("heading", { name: new RegExp(`任务 ${task.id}：`) }).count(), { timeout: 30_000 }).toBe(1);
    const team = page.getByRole("region", { name: "检查组" });
    await expect.poll(() => team.getByRole("cell", { name: task.inspectors[0]!, exact: true }).count(), { timeout: 30_000 }).toBe(1);
    await axe(page, "task page");

    // 递补: a reason is required, then the next eligible inspector of the draw takes the place
    await page.locator("tr", { has: page.getByRole("cell", { name: task.inspectors[0]!, exact: true }) }).getByRole("button", { name: /递\s?补/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: /递\s?补/ }).click();
    await expect.poll(() => dialog.getByText("请填写递补理由").count()).toBe(1);
    await dialog.getByLabel(/递补理由/).fill("与检查对象负责人系近亲属，依规回避");
    await dialog.getByRole("button", { name: /递\s?补/ }).click();
    await expect.poll(() => page.getByText(/2026\/09\/15 18:\d\d.*与检查对象负责人系近亲属，依规回避/).count(), { timeout: 30_000 }).toBe(1); // dated by the hub's clock, in China time
    const after = (await m(`query($t: ID!) { task(id: $t) { inspectors replacements { leaving replacement reason } } }`, { t: task.id })).task;
    expect(after.inspectors).not.toContain(task.inspectors[0]);
    expect(after.replacements).toEqual([{ leaving: task.inspectors[0], replacement: after.inspectors.find((c: string) => !task.inspectors.includes(c)), reason: "与检查对象负责人系近亲属，依规回避" }]);

    // a result that found a problem, recorded on the task's page
    await page.getByRole("button", { name: /录入结果/ }).click();
    await fillResult(page, problem.name, "进货查验记录不全，责令限期改正。", "2026-09-14");
    await page.getByRole("button", { name: /保存结果/ }).click();
    await expect.poll(() => page.getByText("待处置").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // 后续处置: a rectification order needs its document number and deadline; then only a re-inspection may follow
    await followUpStep(page, "责令改正", "2026-09-15");
    await page.getByLabel("整改期限").fill("2026-09-30");
    await page.getByText("记录下一步").click();
    await page.getByRole("button", { name: /保存处置记录/ }).click();
    await expect.poll(() => page.getByText("请填写责令改正通知书编号").count()).toBe(1);
    await page.getByLabel("文书编号").fill("市监责改〔2026〕31号");
    await page.getByRole("button", { name: /保存处置记录/ }).click();
    await followUpStateIs(page, "整改中");
    await expect.poll(() => page.getByText("市监责改〔2026〕31号", { exact: false }).count()).toBe(1);
    await page.getByLabel("处置方式").click();
    expect(await page.locator(".ant-select-item-option").allTextContents()).toEqual(["复查"]);
    await page.getByTitle("复查", { exact: true }).click();
    await page.getByLabel("日期", { exact: true }).fill("2026-09-15");
    await page.getByText("记录下一步").click();
    await page.getByLabel("已整改").check();
    await expect.poll(() => page.locator(".ant-form-item-explain-error").allTextContents()).toEqual([]);
    await page.waitForTimeout(400);
    await axe(page, "follow-up form");
    await page.getByRole("button", { name: /保存处置记录/ }).click();
    await followUpStateIs(page, "已复查");
    await followUpStep(page, "结案", "2026-09-15");
    await page.getByRole("button", { name: /保存处置记录/ }).click();
    await followUpStateIs(page, "已结案");
    expect(await page.getByText("记录下一步").count()).toBe(0);
    const result = (await m(`query($t: ID!) { task(id: $t) { result { followUpState followUps { kind documentNumber deadline rectified } } } }`, { t: task.id })).task.result;
    expect(result).toEqual({
      followUpState: "CLOSED",
      followUps: [
        { kind: "RECTIFICATION_ORDER", documentNumber: "市监责改〔2026〕31号", deadline: "2026-09-30", rectified: null },
        { kind: "REINSPECTION", documentNumber: null, deadline: null, rectified: true },
        { kind: "CLOSE", documentNumber: null, deadline: null, rectified: null },
      ],
    });
    await page.screenshot({ path: join(ARTIFACTS, "task-page.png"), fullPage: true });

    // the alerts above the task list are the API's, each a link to its task
    const alerts = (await m(`{ resultAlerts(first: 200) { taskId } }`)).resultAlerts as { taskId: string }[];
    await page.goto(`${base}/department/tasks`);
    await expect.poll(() => page.getByRole("region", { name: "检查任务" }).getByRole("row").count(), { timeout: 30_000 }).toBeGreaterThan(2);
    if (alerts.length) {
      await expect.poll(() => page.getByText(`有 ${alerts.length} 项期限需要处理`).count(), { timeout: 30_000 }).toBe(1);
      await page.getByRole("link", { name: `任务 ${alerts[0]!.taskId}`, exact: true }).first().click();
      await expect.poll(() => page.url()).toBe(`${base}/department/tasks/${alerts[0]!.taskId}`);
    } else expect(await page.getByText(/项期限需要处理/).count()).toBe(0);
    await page.goto(`${base}/department/tasks/999999`);
    await expect.poll(() => page.getByText("没有这项检查任务").count(), { timeout: 30_000 }).toBe(1);
    await page.context().close();
  });

  it("一张表格管检查: an admin writes an item's check form; an officer answers it in the result form, adopts the proposed category, and the result keeps the answers", async () => {
    const assigned = (await hub.query(`{ market { tasks(status: ASSIGNED, source: DRAW, first: 10) { edges { node { id uscc itemCodes } } } } }`, {}, officer("market"))).data.market.tasks.edges.map((e: any) => e.node);
    const task = assigned[4] as { id: string; uscc: string; itemCodes: string[] };
    const item = task.itemCodes[0]!;
    // the admin writes the form: two points, the second with its standard
    const admin_ = await open("/department/plans", await tokenOf(admin("market")));
    await admin_.getByRole("button", { name: `编辑检查表（${item}）` }).click();
    await admin_.getByLabel("检查内容").fill("营业执照是否在经营场所醒目位置悬挂");
    await admin_.getByRole("button", { name: "添加检查要点" }).click();
    await admin_.getByLabel("检查内容").nth(1).fill("年度报告是否按时公示");
    await admin_.getByLabel("检查标准").nth(1).fill("每年 6 月 30 日前公示上一年度报告");
    await axe(admin_, "check form editor");
    await admin_.getByRole("button", { name: "保存为第 1 版" }).click();
    const itemRow = admin_.locator("tr", { has: admin_.getByRole("cell", { name: item, exact: true }) });
    await expect.poll(() => itemRow.getByText("第 1 版，2 项").count(), { timeout: 30_000 }).toBe(1);
    await admin_.context().close();

    // the officer answers it: a nonconformity needs its note; the hub proposes the category
    const page = await open(`/department/tasks/${task.id}`, await tokenOf(officer("market")));
    await page.getByRole("button", { name: /录入结果/ }).click();
    const point = (n: number) => page.getByRole("region", { name: `${item} 检查表` }).locator("tbody tr").nth(n - 1);
    await expect.poll(() => point(2).getByText("每年 6 月 30 日前公示上一年度报告", { exact: false }).count(), { timeout: 30_000 }).toBe(1);
    await point(1).getByText("符合", { exact: true }).click();
    await point(2).getByText("不符合", { exact: true }).click();
    await expect.poll(() => page.getByText("按检查表建议的检查结果：发现问题已责令改正（1 个检查要点不符合）").count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole("button", { name: "采用建议" }).click();
    await expect.poll(() => page.locator(".ant-form-item", { hasText: "检查结果" }).first().locator(".ant-select").getByText("发现问题已责令改正").count()).toBe(1);
    await page.getByLabel("检查情况").fill("2025 年度报告未公示，当场责令补报。");
    await page.getByLabel("检查日期").fill("2026-02-20");
    await page.getByText(/录入任务 .* 的检查结果/).click();
    await page.getByRole("button", { name: /保存结果/ }).click();
    await expect.poll(() => page.getByText("不符合须写明情况").count()).toBe(1);
    await page.getByLabel("第 2 项说明").fill("2025 年度报告未公示");
    // a date outside the task's window: the hub's reason, in words, and nothing recorded
    await page.getByRole("button", { name: /保存结果/ }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "检查日期 2026-02-20 不在任务期限 2026-03-01 至 2026-11-30 内" }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByLabel("检查日期").fill("2026-09-14");
    await page.getByText(/录入任务 .* 的检查结果/).click();
    await expect.poll(() => page.locator(".ant-form-item-explain-error").allTextContents()).toEqual([]);
    await page.waitForTimeout(400);
    await axe(page, "result form with a check form");
    await page.getByRole("button", { name: /保存结果/ }).click();
    const answers = page.getByRole("region", { name: "检查表填写情况" });
    await expect.poll(() => answers.getByText("不符合", { exact: true }).count(), { timeout: 30_000 }).toBe(1);
    expect(await answers.getByText("2025 年度报告未公示", { exact: true }).count()).toBe(1);
    const result = (await hub.query(`query($t: ID!) { market { task(id: $t) { result { categoryCode checkAnswers { itemCode formVersion number answer note } } } } }`, { t: task.id }, officer("market"))).data.market.task.result;
    expect(result).toEqual({
      categoryCode: "RECTIFICATION_ORDERED",
      checkAnswers: [
        { itemCode: item, formVersion: 1, number: 1, answer: "CONFORMS", note: "" },
        { itemCode: item, formVersion: 1, number: 2, answer: "NONCONFORMING", note: "2025 年度报告未公示" },
      ],
    });
    await page.screenshot({ path: join(ARTIFACTS, "check-form-result.png"), fullPage: true });
    await page.context().close();
  });

  it("two departments carry a joint inspection through in the browser: answer in writing, draw and supply teams, schedule, start, record, close", async () => {
    const names = Object.fromEntries(((await hub.query(`{ departments { code name } }`)).data.departments as { code: string; name: string }[]).map((d) => [d.code, d.name]));
    const [shared, other] = (await hub.query(`{ jointTargetLibrary(first: 200) { entries { uscc departments } } }`)).data.jointTargetLibrary.entries.filter((e: any) => e.departments.includes("market") && e.departments.includes("transport"));
    const lead = officer("market");
    // transport inspects against a check form: two points
    const transportItem = (await hub.query(`{ transport { items { code name } } }`, {}, "public")).data.transport.items[0] as { code: string; name: string };
    expect((await hub.query(`mutation($c: String!) { transport { saveCheckForm(itemCode: $c, points: [{ content: "道路运输经营许可证是否有效" }, { content: "车辆动态监控是否在线" }]) { version } } }`, { c: transportItem.code }, admin("transport"))).errors).toBeUndefined();
    const joint = (await hub.query(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id } }`, { i: { lead: "market", departments: ["transport"], usccs: [shared.uscc, other.uscc], windowStart: "2026-09-15", windowEnd: "2026-10-15", planText: "市场监管、交通运输联合检查方案（浏览器测试）" } }, lead)).data.proposeJointInspection;
    const status = async () => (await hub.query(`query($id: ID!) { jointInspection(id: $id) { status participants { department response inspectors teamDraws } } }`, { id: joint.id })).data.jointInspection;

    // the responding department: a decline needs a reason; it accepts, then draws and supplies its team
    const responder = await open(`/office/joint/${joint.id}`, await tokenOf(officer("transport")));
    await expect.poll(() => responder.getByText(/本部门办理/).count(), { timeout: 30_000 }).toBe(1);
    await axe(responder, "joint actions (responder)");
    await responder.getByRole("button", { name: "不参加" }).click();
    // (pressed again until the form answers: a press while the dialog still opens can go to its animation)
    await expect.poll(async () => {
      await responder.getByRole("dialog").getByRole("button", { name: /提交答复/ }).click();
      return responder.getByText("不参加须书面说明理由").count();
    }).toBe(1);
    await responder.getByRole("dialog").getByRole("button", { name: /取\s?消/ }).click();
    await responder.getByRole("button", { name: "同意参加" }).click();
    await expect.poll(async () => (await status()).participants.find((p: any) => p.department === "transport").response, { timeout: 30_000 }).toBe("ACCEPTED");
    await expect.poll(() => responder.getByRole("button", { name: "抽取并派员" }).count(), { timeout: 30_000 }).toBe(1);
    await responder.getByLabel("人数").fill("1");
    await responder.getByLabel("公开随机值").fill("2026091501");
    await responder.getByRole("button", { name: "抽取并派员" }).click();
    await expect.poll(() => responder.getByText(/已派员：/).count(), { timeout: 30_000 }).toBe(1);
    // drawing again needs a reason
    await responder.getByRole("button", { name: "重新抽取并派员" }).click();
    await expect.poll(() => responder.getByText("重新抽取须说明理由").count()).toBe(1);
    expect((await status()).participants.find((p: any) => p.department === "transport")).toMatchObject({ inspectors: [expect.any(String)], teamDraws: 1 });
    await responder.context().close();

    // the lead draws its own team, schedules for today, starts, records with every signature, and closes
    const page = await open(`/office/joint/${joint.id}`, await tokenOf(lead));
    await expect.poll(() => page.getByText(/本部门办理（.*，牵头）/).count(), { timeout: 30_000 }).toBe(1);
    await page.getByLabel("人数").fill("2");
    await page.getByLabel("公开随机值").fill("2026091502");
    await page.getByRole("button", { name: "抽取并派员" }).click();
    await expect.poll(async () => (await status()).status, { timeout: 30_000 }).toBe("CONSULTED");
    await expect.poll(() => page.getByLabel("检查日期").count(), { timeout: 30_000 }).toBe(1);
    // 多头检查: environment and emergency are due at the other target within days of the 15th
    for (const [d, from, to] of [["environment", "2026-09-14", "2026-09-15"], ["emergency", "2026-09-15", "2026-09-16"]] as const) {
      const certs = (await hub.query(`{ ${d} { inspectors(first: 2, filter: { statuses: [ACTIVE] }) { edges { node { certificateNumber } } } } }`, {}, officer(d))).data[d].inspectors.edges.map((e: any) => e.node.certificateNumber);
      const task = await hub.query(`mutation($u: String!, $c: [String!]!, $f: String!, $t: String!) { ${d} { createTask(input: { source: COMPLAINT, uscc: $u, itemCodes: [], inspectors: $c, dueStart: $f, dueEnd: $t }) { id } } }`, { u: other.uscc, c: certs, f: from, t: to }, officer(d));
      expect(task.errors).toBeUndefined();
    }
    await hub.syncUntil(async () => (await hub.query(`query($u: [String!]!) { visitLoad(usccs: $u, from: "2026-09-15", to: "2026-09-15") { uscc } }`, { u: [other.uscc] }, lead)).data.visitLoad.length === 1);
    await page.getByLabel("检查日期").fill("2026-09-15");
    await page.getByLabel("检查日期").press("Enter");
    // the day is flagged before it is scheduled, naming who else comes when
    const warning = page.getByRole("status").filter({ hasText: "2026/09/15 排期将形成多头检查" });
    await expect.poll(() => warning.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => warning.textContent()).toMatch(new RegExp(`7 日内（2026/09/1[0-5] 至 2026/09/1[5-9]）将有 3 次检查，超过 2 次的上限：.*${names.environment}.*本次`));
    await page.screenshot({ path: `${ARTIFACTS}/joint-visit-load.png`, fullPage: true });
    // pressed until the hub has it (a press while the picker still closes can go astray on a loaded machine); an error on the page is named
    const scheduleButton = page.getByRole("button", { name: /排\s?期/ });
    await expect.poll(async () => {
      const now = (await status()).status;
      if (now === "SCHEDULED") return now;
      const alerts = await page.getByRole("alert").allTextContents();
      if (alerts.length) return `alert: ${alerts.join(" | ")}`;
      if (await scheduleButton.isEnabled()) await scheduleButton.click({ timeout: 2000 }).catch(() => {});
      return now;
    }, { timeout: 30_000 }).toBe("SCHEDULED");
    await page.getByRole("button", { name: "开始检查" }).click();
    await expect.poll(() => page.getByRole("button", { name: "提交检查记录" }).count(), { timeout: 30_000 }).toBe(1);
    const team = (await status()).participants.flatMap((p: any) => p.inspectors) as string[];
    expect(team).toHaveLength(3);
    await page.getByLabel("检查情况（各部门共同记录）").fill("经营场所、运输车辆台账一次检查完毕。");
    await page.getByRole("button", { name: "提交检查记录" }).click();
    await expect.poll(() => page.getByText("每名检查人员都须签名").count()).toBeGreaterThan(0); // the responder's inspector has no name yet
    for (const c of team) if (!(await page.getByLabel(`${c} 签名`).inputValue())) await page.getByLabel(`${c} 签名`).fill(`检查员${c.slice(-3)}`);
    const choose = (label: string, title: string) => selectOption(page, label, title);
    await choose(`${names.market}的检查结果`, "未发现问题");
    // transport answers its check form for the visit; the hub suggests its result from the answers, the lead adopts it
    await pickInMultiple(page, `${names.transport}按检查表检查的事项`, `${transportItem.code} ${transportItem.name}（第 1 版）`);
    const point = (n: number) => page.getByRole("region", { name: `${transportItem.code} 检查表` }).locator("tbody tr").nth(n - 1);
    await point(1).getByText("符合", { exact: true }).click();
    await point(2).getByText("不涉及", { exact: true }).click();
    await expect.poll(() => page.getByText("按检查表建议的检查结果：未发现问题（检查要点均符合或不涉及）").count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole("button", { name: "采用建议" }).click();
    // transport found a problem at one of the two: its result there is written on its own
    await page.getByRole("button", { name: `为${names.transport}按对象另填结果` }).click();
    await choose(`${names.transport}另填结果的检查对象 1`, other.uscc);
    await choose(`${names.transport}另填的检查结果 1`, "发现问题已责令改正");
    await page.getByLabel(`${names.transport}另填的检查情况 1`).fill("车辆动态监控不在线，已责令改正。");
    // market's photo of the visit: hashed here, only its digest is sent
    const photo = join(ARTIFACTS, "联合检查现场.jpg");
    writeFileSync(photo, Buffer.from(`joint visit ${joint.id} `.repeat(4000)));
    const digest = createHash("sha256").update(readFileSync(photo)).digest("hex");
    await page.locator("form input[type=file]").first().setInputFiles(photo);
    await expect.poll(() => page.getByText(digest).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator(".ant-form-item-explain-error").allTextContents()).toEqual([]);
    await page.waitForTimeout(400);
    await axe(page, "joint record form");
    await page.getByRole("button", { name: "提交检查记录" }).click();
    await expect.poll(async () => (await status()).status, { timeout: 30_000 }).toBe("RECORDED");
    await page.getByRole("button", { name: /办\s?结/ }).click();
    await expect.poll(async () => (await status()).status, { timeout: 30_000 }).toBe("CLOSED");
    await expect.poll(() => page.getByRole("region", { name: "检查记录" }).getByRole("cell", { name: "未发现问题", exact: true }).count(), { timeout: 30_000 }).toBe(3);
    expect(await page.getByRole("region", { name: "检查记录" }).getByRole("cell", { name: "车辆动态监控不在线，已责令改正。", exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText("本次联合抽查已结束，无需再办理。").count()).toBe(1);
    const records = (await hub.query(`query($id: ID!) { jointInspection(id: $id) { records { uscc department categoryName departmentTaskId signatures { certificateNumber } checkAnswers { itemCode number answer } } } }`, { id: joint.id })).data.jointInspection.records;
    // transport's answers on its result for every target but the one it wrote on its own
    const answersOf = (uscc: string, d: string) => records.find((r: any) => r.uscc === uscc && r.department === d).checkAnswers;
    expect(answersOf(shared.uscc, "transport")).toEqual([{ itemCode: transportItem.code, number: 1, answer: "CONFORMS" }, { itemCode: transportItem.code, number: 2, answer: "NOT_APPLICABLE" }]);
    expect(answersOf(other.uscc, "transport")).toEqual([]);
    expect(answersOf(shared.uscc, "market")).toEqual([]);
    expect(await page.getByRole("region", { name: "检查记录" }).getByRole("cell", { name: "2 项", exact: true }).count()).toBe(1);
    // the row opens to the answers, as the form read
    await page.getByRole("region", { name: "检查记录" }).locator(".ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)").click();
    await expect.poll(() => page.getByRole("region", { name: `${names.transport}对 ${shared.uscc} 的检查表` }).getByRole("cell", { name: "车辆动态监控是否在线", exact: true }).count()).toBe(1);
    expect(records.map((r: any) => [r.uscc, r.department, r.categoryName]).sort()).toEqual([
      [shared.uscc, "market", "未发现问题"], [shared.uscc, "transport", "未发现问题"], [other.uscc, "market", "未发现问题"], [other.uscc, "transport", "发现问题已责令改正"],
    ].sort());
    for (const r of records) expect(r.signatures.map((x: any) => x.certificateNumber).sort()).toEqual([...team].sort());
    await page.screenshot({ path: join(ARTIFACTS, "joint-done.png"), fullPage: true });
    // each department's result became the result of its own task: the lead follows the record to its task
    const own = records.find((r: any) => r.department === "market" && r.uscc === shared.uscc).departmentTaskId;
    expect(own).toEqual(expect.any(Number));
    const ownResult = (await hub.query(`query($t: ID!) { market { task(id: $t) { result { evidence { id kind sha256 } } } } }`, { t: String(own) }, lead)).data.market.task.result;
    expect(ownResult.evidence).toEqual([{ id: "联合检查现场.jpg", kind: "PHOTO", sha256: digest }]);
    await page.getByRole("link", { name: `任务 ${own}`, exact: true }).click();
    await expect.poll(() => page.getByRole("link", { name: `第 ${joint.id} 次联合抽查` }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText(`牵头：${names.market}；参加：${names.market}、${names.transport}`, { exact: false }).count()).toBe(1);
    await axe(page, "task done in a joint inspection");
    // published by market, the public sees it as a joint inspection
    expect((await hub.query(`mutation($ids: [ID!]!) { market { publishResults(taskIds: $ids) { id } } }`, { ids: [String(own)] }, lead)).errors).toBeUndefined();
    await syncUntilPublic(shared.uscc, "market", "2026-09-15");
    await page.goto(`${base}/public?q=${shared.uscc}`);
    const row = publicRow(page, names.market!, "未发现问题", "2026/09/15");
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    expect(await row.getByText(`牵头：${names.market}；参加：${names.market}、${names.transport}`).count()).toBe(1);
    await page.context().close();
  });

  it("a department admin writes a plan in the browser, publishes it, and adjusts it only with a reason, kept on record", async () => {
    const as = admin("market");
    const items = (await hub.query(`{ market { items { code name } } }`, {}, as)).data.market.items as { code: string; name: string }[];
    const page = await open("/department/plans", await tokenOf(as));
    await expect.poll(() => page.getByText("市场监督管理局 抽查计划").count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole("button", { name: /新建计划/ }).click();
    const name = "2026年冬季专项抽查计划";
    await page.getByLabel("计划名称").fill(name);
    await page.getByLabel("抽查事项", { exact: true }).click();
    await page.getByTitle(`${items[0]!.code} ${items[0]!.name}`).click();
    await page.keyboard.press("Escape");
    await page.getByPlaceholder("开始日期").fill("2026-11-01");
    await page.getByPlaceholder("结束日期").fill("2026-12-20");
    await page.getByText("新建 2026 年抽查计划").click(); // away from the picker: the typed dates stand
    for (const [c, r] of [["A", "1"], ["B", "3"], ["C", "10"], ["D", "50"]] as const) await page.getByLabel(`${c} 类`).fill(r);
    await axe(page, "plan editor");
    await page.getByRole("button", { name: /保存为草稿/ }).click();
    await expect.poll(() => page.getByRole("cell", { name, exact: true }).count(), { timeout: 30_000 }).toBe(1);
    const row = page.locator("tr", { has: page.getByRole("cell", { name, exact: true }) });
    expect(await row.getByText("草稿").count()).toBe(1);
    expect(await row.getByText("A 类 1%，B 类 3%，C 类 10%，D 类 50%").count()).toBe(1);
    await row.getByRole("button", { name: /公\s?布/ }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: /公\s?布/ }).click();
    await expect.poll(() => row.getByText("已公布").count(), { timeout: 30_000 }).toBe(1);

    // published: changed only by an adjustment with its reason
    await row.getByRole("button", { name: /调\s?整/ }).click();
    await page.getByLabel("D 类", { exact: true }).fill("60");
    // 分级分类: high-risk class D on its own ratio; outside the department's bounds it is refused in the form
    await page.getByRole("button", { name: "按风险等级细分比例（可选）" }).click();
    await page.getByLabel("高风险 D 类比例").fill("80");
    await page.getByRole("button", { name: /保存调整/ }).click();
    await expect.poll(() => page.getByText("调整已公布的计划须写明理由").count()).toBe(1);
    await page.getByLabel(/调整理由/).fill("根据年中风险监测结果提高 D 类比例");
    await page.getByRole("button", { name: /保存调整/ }).click();
    await expect.poll(() => row.getByText(/第 2 版/).count(), { timeout: 30_000 }).toBe(1);
    await row.getByRole("button", { name: /展开行|Expand row/ }).click();
    await expect.poll(() => page.getByText(/根据年中风险监测结果提高 D 类比例/).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText(/调整了：抽查比例/).count()).toBe(1);
    // on the hub's clock, shown in China time
    const adjustedAt = (await hub.query(`{ market { plans(year: 2026) { name adjustments { adjustedAt } } } }`, {}, as)).data.market.plans.find((p: { name: string }) => p.name === name).adjustments[0].adjustedAt as string;
    expect(Math.abs(new Date(adjustedAt).getTime() - hub.clock.now().getTime())).toBeLessThan(10 * 60_000); // the hub's clock runs on from its set time
    const shown = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(adjustedAt));
    expect(await page.getByText(`${shown}，market-admin：根据年中风险监测结果提高 D 类比例`).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "plans.png"), fullPage: true });
    await axe(page, "plans");
    const plan = (await hub.query(`{ market { plans(year: 2026) { name status version ratios { creditClass ratio } cellRatios { riskLevel creditClass ratio } adjustments { reason adjustedBy } } } }`, {}, as)).data.market.plans.find((p: { name: string }) => p.name === name);
    expect(plan).toMatchObject({ status: "PUBLISHED", version: 2, adjustments: [{ reason: "根据年中风险监测结果提高 D 类比例", adjustedBy: "market-admin" }] });
    expect(plan.ratios.find((r: { creditClass: string }) => r.creditClass === "D").ratio).toBeCloseTo(0.6);
    expect(plan.cellRatios).toEqual([{ riskLevel: "HIGH", creditClass: "D", ratio: 0.8 }]);
    expect(await row.getByText("A 类 1%，B 类 3%，C 类 10%，D 类 60%；其中 高风险 D 类 80%").count()).toBe(1);
    await page.context().close();

    const officerPage = await open("/department/plans", await tokenOf(officer("market")));
    await expect.poll(() => officerPage.getByRole("cell", { name, exact: true }).count(), { timeout: 30_000 }).toBe(1);
    expect(await officerPage.getByText(/由部门管理员编写和公布/).count()).toBe(1);
    expect(await officerPage.getByRole("button", { name: /新建计划/ }).count()).toBe(0);
    await officerPage.context().close();
  });

  it("a department admin runs the draw ceremony in the browser: the secret stays here, its hash is committed, the draw is made, verified and downloaded; a drawn task is then inspected, followed up, published and seen by the public", async () => {
    const as = admin("market");
    const existing = (await hub.query(`{ market { plans(year: 2026) { status itemCodes } } }`, {}, as)).data.market.plans.find((p: { status: string }) => p.status === "PUBLISHED");
    const name = "2026年联调测试抽查计划";
    const created = await hub.query(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, { i: { year: 2026, name, itemCodes: existing.itemCodes, periodStart: "2026-09-01", periodEnd: "2026-12-31", frequency: 3, ratios: [{ creditClass: "A", ratio: 0.02 }, { creditClass: "B", ratio: 0.05 }, { creditClass: "C", ratio: 0.1 }, { creditClass: "D", ratio: 0.2 }] } }, as);
    const planId = created.data.market.createPlan.id as string;
    expect((await hub.query(`mutation($id: ID!) { market { publishPlan(id: $id) { status } } }`, { id: planId }, as)).data.market.publishPlan.status).toBe("PUBLISHED");

    const page = await open("/department/draws", await tokenOf(as));
    await expect.poll(() => page.getByText("市场监督管理局 双随机抽取").count(), { timeout: 30_000 }).toBe(1);
    await page.getByLabel("抽查计划").click();
    await page.getByTitle(new RegExp(name)).click();
    await page.getByRole("button", { name: /生成秘密/ }).click();
    const secret = (await page.getByLabel("秘密").innerText()).trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const commitment = createHash("sha256").update(secret).digest("hex");
    expect(await page.getByText(commitment).count()).toBe(1);
    // kept by the admin before anything is sent
    expect(await page.getByRole("button", { name: /公布承诺/ }).isDisabled()).toBe(true);
    const [kept] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载秘密/ }).click()]);
    expect(readFileSync((await kept.path())!, "utf8").trim()).toBe(secret);
    await page.getByRole("button", { name: /公布承诺/ }).click();
    await expect.poll(() => page.getByText(/承诺已公布/).count(), { timeout: 30_000 }).toBe(1);
    const commitments = await hub.departments.market!.db.select().from(departmentSchema.drawCommitments);
    expect(commitments.map((c) => c.commitment)).toContain(commitment);
    expect(JSON.stringify(commitments)).not.toContain(secret); // only the hash reached the hub

    // a draw without its public value is not sent
    await page.getByRole("button", { name: /揭示秘密并抽取/ }).click();
    await expect.poll(() => page.getByText("请填写公开随机值").count()).toBe(1);
    await page.getByLabel(/公开随机值/).fill("福彩3D 第2026300期 615");
    await page.getByLabel("见证人1姓名").fill("李公证");
    await page.getByLabel("见证人1身份").fill("公证员");
    await expect.poll(() => page.locator(".ant-form-item-explain-error").allTextContents()).toEqual([]); // the messages fade out
    await page.waitForTimeout(400);
    await axe(page, "draw ceremony");
    await page.getByRole("button", { name: /揭示秘密并抽取/ }).click();
    await expect.poll(() => page.getByText(/抽取完成：第 \d+ 次抽取/).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.getByText("分层抽取情况", { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // 第三轮融合 on the strata: how many of each stratum's targets other departments already go to this year (the office's answer)
    const strataTable = page.getByRole("region", { name: "分层抽取情况" });
    await expect.poll(() => strataTable.getByRole("columnheader", { name: "其中其他部门本年度已有任务" }).count()).toBe(1);
    await expect.poll(() => strataTable.getByText("…", { exact: true }).count()).toBe(0);
    expect(await page.getByText("李公证（公证员）").count()).toBe(1);
    // the drawn list, with round 3's prompt where another department plans or inspected the target this year
    const drawId = (await hub.query(`query($p: ID) { market { draws(planId: $p) { id } } }`, { p: planId }, as)).data.market.draws[0].id;
    const tasks = (await hub.query(`query($d: ID) { market { tasks(drawId: $d, first: 100) { totalCount edges { node { target { inspectionsThisYear { department } } } } } } }`, { d: drawId }, as)).data.market.tasks;
    const prompted = tasks.edges.filter((e: any) => e.node.target.inspectionsThisYear.some((i: { department: string }) => i.department !== "market")).length;
    await expect.poll(() => page.getByText(`抽中的检查对象（${tasks.totalCount} 户）`).count(), { timeout: 30_000 }).toBe(1);
    expect(prompted).toBeGreaterThan(0); // the seeded year has overlaps: the prompt is shown, not merely absent
    await expect.poll(() => page.getByText("可发起联合抽查").count(), { timeout: 30_000 }).toBe(prompted);
    await page.getByRole("button", { name: /验证抽取/ }).click();
    await expect.poll(() => page.getByText(/可复现：按记录重新抽取/).count(), { timeout: 60_000 }).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "draw-ceremony.png"), fullPage: true });
    await axe(page, "draw record");
    const drawn = (await hub.query(`query($p: ID) { market { draws(planId: $p) { id secret publicValue commitment } } }`, { p: planId }, as)).data.market.draws;
    expect(drawn).toEqual([expect.objectContaining({ secret, commitment, publicValue: "福彩3D 第2026300期 615" })]);
    const [record] = await Promise.all([page.waitForEvent("download"), (async () => {
      await page.getByRole("button", { name: /下载记录/ }).click();
    })()]);
    expect(JSON.parse(readFileSync((await record.path())!, "utf8")).record.secret).toBe(secret);

    // the rest of the year for one drawn target: its result with evidence, a problem put right on the spot and closed with the reason, published, public
    const first = (await hub.query(`query($d: ID) { market { tasks(drawId: $d, first: 1) { edges { node { id uscc inspectors } } } resultCategories { name problem } } }`, { d: drawId }, as)).data.market;
    const task = first.tasks.edges[0].node as { id: string; uscc: string };
    const problem = (first.resultCategories as { name: string; problem: boolean }[]).find((c) => c.problem)!;
    await page.goto(`${base}/department/tasks/${task.id}`);
    await page.getByRole("button", { name: /录入结果/ }).click();
    await fillResult(page, problem.name, "公示信息未及时更新，当场更正。", "2026-09-15");
    const scan = join(ARTIFACTS, "检查记录表.pdf");
    writeFileSync(scan, Buffer.from(`record of ${task.uscc} `.repeat(3000)));
    await page.locator("form input[type=file]").setInputFiles(scan);
    await expect.poll(() => page.getByText(createHash("sha256").update(readFileSync(scan)).digest("hex")).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole("button", { name: /保存结果/ }).click();
    await expect.poll(() => page.getByText("待处置").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await followUpStep(page, "结案", "2026-09-15");
    await page.getByRole("button", { name: /保存处置记录/ }).click();
    await expect.poll(() => page.getByText("未经责令改正、移交或移送即结案，须说明理由").count()).toBe(1);
    await page.getByLabel(/结案理由/).fill("当场整改完毕");
    await page.getByRole("button", { name: /保存处置记录/ }).click();
    await followUpStateIs(page, "已结案");
    await page.goto(`${base}/department/tasks?uscc=${task.uscc}`);
    await page.getByLabel(`选择任务 ${task.id}`).check();
    await page.getByRole("button", { name: /公示所选结果（1）/ }).click();
    const row = page.locator("tr", { has: page.getByRole("link", { name: task.id, exact: true }) });
    await expect.poll(() => row.getByText("已公示").count(), { timeout: 30_000 }).toBe(1);
    await syncUntilPublic(task.uscc, "market", "2026-09-15");
    await page.goto(`${base}/public?q=${task.uscc}`);
    await expect.poll(() => publicRow(page, "市场监督管理局", problem.name, "2026/09/15").count(), { timeout: 30_000 }).toBe(1);
    await page.context().close();

    // an officer sees the records and may verify them, but the ceremony is the admin's
    const officerPage = await open("/department/draws", await tokenOf(officer("market")));
    await expect.poll(() => officerPage.getByText(/抽取须由部门管理员进行/).count(), { timeout: 30_000 }).toBe(1);
    await officerPage.context().close();
  });

  it("抽取公示: the public reads every draw record without signing in and re-checks it in the browser; a record altered on the way is caught", async () => {
    const records = (await hub.query(`{ market { publicDraws(first: 50) { draws { seq hash drawn { code } } } } }`, {}, "public")).data.market.publicDraws.draws as { seq: number; hash: string; drawn: { code: string }[] }[];
    expect(records.length).toBeGreaterThan(0);
    const page = await open("/public/draws?department=market");
    const latest = records.at(-1)!;
    await expect.poll(() => page.getByText(latest.hash).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("region", { name: `第 ${latest.seq} 次抽取抽中的检查对象` }).getByRole("row").count()).toBe(latest.drawn.length + 1);
    await page.getByRole("button", { name: "在本机核验全部记录" }).click();
    await expect.poll(() => page.getByText(`全部 ${records.length} 条记录核验通过`, { exact: false }).count()).toBe(1);
    expect(await page.getByText("不符", { exact: true }).count()).toBe(0);
    await axe(page, "public draws, re-checked");
    await page.screenshot({ path: join(ARTIFACTS, "public-draws.png"), fullPage: true });
    // the whole draw downloads without signing in: the record the page shows, with its population and pool
    const card = page.locator(".ant-card", { has: page.getByText(latest.hash) });
    const [whole] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: /可用于重新抽取核验/ }).click()]);
    const exported = JSON.parse(readFileSync((await whole.path())!, "utf8"));
    expect(exported.record).toMatchObject({ seq: latest.seq, hash: latest.hash, algorithm: "hub-draw/2" });
    expect(exported.population.length).toBe(exported.record.populationSize);
    // the same page, its answer altered on the way: a public value changed after the draw
    await page.route("**/graphql", async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      const draws = body?.data?.department?.publicDraws?.draws ?? body?.data?.market?.publicDraws?.draws;
      if (draws?.[0]) draws[0].publicValue = `${draws[0].publicValue}（改）`;
      await route.fulfill({ response, json: body });
    });
    await page.reload();
    await expect.poll(() => page.getByText(latest.hash).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole("button", { name: "在本机核验全部记录" }).click();
    await expect.poll(() => page.getByText(/核验未通过：\d+ 项不符/).count()).toBe(1);
    const first = page.getByRole("list", { name: `第 ${records[0]!.seq} 次抽取的核验结果` });
    expect(await first.getByText("不符", { exact: true }).count()).toBe(2); // the seed, and the content the hash covers
    await page.context().close();
  });

  it("年度联合抽查计划: a department submits its entry in the browser, the office returns it with a reason, the department amends it, the office accepts and publishes, and the public reads it", async () => {
    const year = new Date().getUTCFullYear();
    const name = `联合抽查计划 ${Date.now() % 100000}`;
    const dept = await open("/office/joint-plan", await tokenOf(officer("market")));
    await dept.getByRole("button", { name: "报送联合抽查计划" }).click();
    await dept.getByLabel("名称").fill(name);
    await pickInMultiple(dept, "配合部门（1 至 4 个）", "交通运输局");
    await dept.getByLabel("抽查事项（各部门的检查内容）").fill("市场监管：营业执照和年报公示；交通运输：道路运输经营许可");
    await dept.getByLabel("抽查范围").fill("道路货运企业");
    await dept.getByPlaceholder("开始日期").fill(`${year}-12-10`);
    await dept.getByPlaceholder("结束日期").fill(`${year}-12-20`);
    await dept.getByText(`报送 ${year} 年联合抽查计划`).click();
    await axe(dept, "joint plan entry form");
    await dept.getByRole("button", { name: "报 送" }).or(dept.getByRole("button", { name: "报送", exact: true })).click();
    const row = (page: Page) => page.locator("tr", { has: page.getByRole("cell", { name, exact: true }) });
    await expect.poll(() => row(dept).getByText("待审核").count(), { timeout: 30_000 }).toBe(1);

    // the office returns it: a return needs its reason
    const office = await open("/office/joint-plan", await tokenOf(coordinator));
    await expect.poll(() => row(office).count(), { timeout: 30_000 }).toBe(1);
    // and keeps the joint item list (一业一查): each department with its own items
    const itemCode = `WEB-${Date.now() % 100000}`;
    await office.getByRole("button", { name: "新增联合抽查事项" }).click();
    await office.getByLabel("事项编码").fill(itemCode);
    await office.getByLabel("事项名称").fill("道路货运企业联合检查");
    await selectOption(office, "牵头部门", "市场监督管理局");
    await pickInMultiple(office, "参与部门", "交通运输局");
    await office.getByLabel(/市场监督管理局的抽查事项编码/).fill("SC-1");
    await office.getByLabel(/交通运输局的抽查事项编码/).fill("YS-1、YS-2");
    await office.getByRole("button", { name: "保存事项" }).click();
    const itemRow = office.locator("tr", { has: office.getByRole("cell", { name: itemCode, exact: true }) });
    await expect.poll(() => itemRow.getByText("市场监督管理局：SC-1；交通运输局：YS-1、YS-2").count(), { timeout: 30_000 }).toBe(1);
    await axe(office, "joint plan review");
    await office.getByRole("button", { name: `退回：${name}` }).click();
    // (pressed again until the form answers: a press while the dialog still opens can go to its animation)
    await expect.poll(async () => {
      await office.locator(".ant-modal").getByRole("button", { name: /退\s?回/ }).click({ timeout: 2000 }).catch(() => {});
      return office.getByText("退回须写明理由").count();
    }, { timeout: 30_000 }).toBe(1);
    await office.getByLabel(/退回理由/).fill("请写明计划抽查户数");
    await office.locator(".ant-modal").getByRole("button", { name: /退\s?回/ }).click();
    await expect.poll(() => row(office).getByText("已退回").count(), { timeout: 30_000 }).toBe(1);

    // the department reads why, amends and submits again
    await dept.reload();
    await expect.poll(() => row(dept).getByText("退回理由：请写明计划抽查户数").count(), { timeout: 30_000 }).toBe(1);
    await dept.getByRole("button", { name: `修改：${name}` }).click();
    await dept.getByLabel("计划抽查户数（可选）").fill("20");
    await dept.getByRole("button", { name: "保存并重新报送" }).click();
    await expect.poll(() => row(dept).getByText("待审核").count(), { timeout: 30_000 }).toBe(1);

    // the office accepts every waiting entry of the year and publishes
    await office.reload();
    await expect.poll(() => row(office).getByText("待审核").count(), { timeout: 30_000 }).toBe(1);
    // one at a time, each once the one before has answered (a press on a button still loading, on a loaded machine, waits for nothing)
    const accept = office.getByRole("button", { name: /^采纳：/ });
    await expect.poll(async () => {
      if ((await office.locator(".ant-btn-loading").count()) > 0) return "waiting";
      if ((await accept.count()) === 0) return "none left";
      await accept.first().click({ timeout: 2000 }).catch(() => {});
      return "pressed";
    }, { timeout: 120_000, interval: 300 }).toBe("none left");
    await expect.poll(() => row(office).getByText("已采纳").count(), { timeout: 30_000 }).toBe(1);
    await office.getByRole("button", { name: /公布年度计划|再次公布/ }).click();
    await expect.poll(() => office.getByText(/本年度计划已于 .* 公布/).count(), { timeout: 30_000 }).toBe(1);
    await office.screenshot({ path: join(ARTIFACTS, "joint-plan.png"), fullPage: true });
    await office.context().close();
    await dept.context().close();

    const pub = await open("/public/joint-plan");
    await expect.poll(() => row(pub).count(), { timeout: 30_000 }).toBe(1);
    expect(await row(pub).getByRole("cell", { name: "交通运输局", exact: true }).count()).toBe(1);
    expect(await row(pub).getByRole("cell", { name: "20", exact: true }).count()).toBe(1);
    await axe(pub, "public joint plan");
    await pub.screenshot({ path: join(ARTIFACTS, "public-joint-plan.png"), fullPage: true });
    await pub.context().close();
  });

  it("上级下发: a task a higher platform handed down shows its origin and deadline, and an officer gives it its team", async () => {
    const target = (await hub.query(`{ market { targets(first: 1) { edges { node { uscc } } } } }`, {}, officer("market"))).data.market.targets.edges[0].node.uscc;
    const handed = await hub.query(`mutation($u: String!) { market { receiveTasksFromAbove(origin: "广东省市场监管局双随机平台", tasks: [{ reference: "GD-2026-009001", uscc: $u, dueStart: "2026-09-16", dueEnd: "2026-09-30" }]) { id } } }`, { u: target }, admin("market"));
    expect(handed.errors).toBeUndefined();
    const id = handed.data.market.receiveTasksFromAbove[0].id;
    const staff = (await hub.query(`{ market { inspectors(first: 2, filter: { statuses: [ACTIVE] }) { edges { node { certificateNumber name } } } } }`, {}, officer("market"))).data.market.inspectors.edges.map((e: any) => e.node);
    const page = await open(`/department/tasks/${id}`, await tokenOf(officer("market")));
    await expect.poll(() => page.getByText("广东省市场监管局双随机平台（编号 GD-2026-009001），须于 2026/09/30 前完成").count(), { timeout: 30_000 }).toBe(1);
    for (const s of staff) await pickInMultiple(page, "检查人员", `${s.name}（${s.certificateNumber}）`);
    await axe(page, "task from above");
    await page.getByRole("button", { name: "分配检查组" }).click();
    await expect.poll(() => page.getByRole("region", { name: "检查组" }).getByRole("cell", { name: staff[1].certificateNumber, exact: true }).count(), { timeout: 30_000 }).toBe(1);
    const task = (await hub.query(`query($id: ID!) { market { task(id: $id) { status inspectors } } }`, { id }, officer("market"))).data.market.task;
    expect(task.status).toBe("ASSIGNED");
    expect([...task.inspectors].sort()).toEqual(staff.map((s: any) => s.certificateNumber).sort());
    await page.context().close();
  });

  it("待办: a department admin sees what needs the department and the year's milestones, and marks the half-year report sent; the office sees every department's", async () => {
    const as = admin("market");
    // transport accepts market's invitation: market is told
    const [a, b] = (await hub.query(`{ jointTargetLibrary(first: 200) { entries { uscc departments } } }`)).data.jointTargetLibrary.entries.filter((e: any) => e.departments.includes("market") && e.departments.includes("transport")).slice(-2);
    const invited = (await hub.query(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id } }`, { i: { lead: "market", departments: ["transport"], usccs: [a.uscc, b.uscc], windowStart: "2026-10-10", windowEnd: "2026-10-30", planText: "待办页测试" } }, officer("market"))).data.proposeJointInspection.id;
    expect((await hub.query(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id: invited }, officer("transport"))).errors).toBeUndefined();
    const items = (await hub.query(`{ todo { kind } }`, {}, as)).data.todo as unknown[];
    const page = await open("/todo", await tokenOf(as));
    const milestones = page.getByRole("region", { name: "工作节点" });
    await expect.poll(() => milestones.getByRole("row").count(), { timeout: 30_000 }).toBeGreaterThan(3);
    if (items.length === 0) await expect.poll(() => page.getByText("眼下没有需要您处理的事项。").count()).toBe(1);
    else await expect.poll(() => page.getByRole("region", { name: "待办事项" }).getByRole("link", { name: "去办理" }).count()).toBe(items.length);
    // the plan was published in January and drawn in February; the half-year report is overdue until marked
    const row = (name: string) => milestones.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
    await expect.poll(() => row("年度抽查计划公示").getByText("按时完成").count()).toBe(1);
    await expect.poll(() => row("半年情况报送").getByText("已逾期").count()).toBe(1);
    const messages = page.getByRole("region", { name: "消息通知" });
    await expect.poll(() => messages.getByText(`交通运输局同意参加第 ${invited} 号联合抽查`).count()).toBe(1);
    await messages.getByRole("listitem").filter({ hasText: `第 ${invited} 号` }).getByRole("link", { name: "查看" }).first().waitFor();
    await axe(page, "todo");
    await row("半年情况报送").getByRole("button", { name: "标记已报送" }).click();
    await page.getByLabel("报送说明").fill("半年检查情况已报送区司法局");
    await page.getByRole("dialog").getByRole("button", { name: /确认报送/ }).click();
    await expect.poll(() => row("半年情况报送").getByText("逾期完成").count(), { timeout: 30_000 }).toBe(1);
    expect(await row("半年情况报送").getByText("market-admin：半年检查情况已报送区司法局").count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "todo-department.png"), fullPage: true });
    await page.context().close();

    const office = await open("/todo", await tokenOf(coordinator));
    await expect.poll(() => office.getByText(/半年情况报送：逾期完成/).count(), { timeout: 30_000 }).toBe(1); // market's, just marked
    await expect.poll(() => office.getByText(/半年情况报送：已逾期/).count()).toBe(3); // the other three departments'
    await axe(office, "todo (office)");
    await office.screenshot({ path: join(ARTIFACTS, "todo-office.png"), fullPage: true });
    await office.context().close();
  });

  it("the dashboard viewer sees the dashboard, and is refused the office's page in words", async () => {
    const page = await open("/", await tokenOf(dashboard));
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${base}/dashboard`);
    await expect.poll(() => page.getByText("监管驾驶舱").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // 抽查覆盖率 per department and stratum, from the department's own draws
    const year = new Date().getUTCFullYear();
    const coverage = (await hub.query(`query($y: Int!) { market { drawCoverage(year: $y) { draws drawn inScope } } }`, { y: year }, dashboard)).data.market.drawCoverage;
    await page.getByLabel("部门", { exact: true }).selectOption("market");
    if (coverage.draws > 0) {
      await expect.poll(() => page.getByText(`${year} 年共 ${coverage.draws} 次抽取：计划范围内 ${coverage.inScope} 户，抽中 ${coverage.drawn} 户`, { exact: false }).count(), { timeout: 30_000 }).toBe(1);
      expect(await page.getByRole("region", { name: `${year} 年各层抽查覆盖率` }).getByRole("row").count()).toBeGreaterThan(1);
    } else await expect.poll(() => page.getByText(`该部门 ${year} 年尚无抽取`).count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "dashboard.png"), fullPage: true });
    await axe(page, "dashboard");
    await page.goto(`${base}/office`);
    await expect.poll(() => page.getByText("无权访问").count(), { timeout: 30_000 }).toBe(1);
    await page.context().close();
  });

  it("GraphiQL opens from the bundle, signed in as the app's session, and runs a query", async () => {
    const page = await open("/graphql", await tokenOf(coordinator));
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${base}/graphiql`);
    // the editors are up when the default query shows
    await expect.poll(() => page.getByText("departments").count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // the schema arrived by introspection (the docs can list the query type)
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    await expect.poll(() => page.getByText("Root Types").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const market = hub.config.departments.find((d) => d.code === "market")!;
    // executed until it answers (a click while the editor still loads, on a loaded machine, runs nothing)
    await expect.poll(async () => {
      const text = await page.locator(".result-window").innerText();
      if (!text.trim()) await page.getByRole("button", { name: /Execute query/i }).click();
      return text;
    }, { timeout: 30_000 }).toContain(market.name);
    expect(await page.locator(".result-window").innerText()).not.toContain('"errors"');
    await page.screenshot({ path: join(ARTIFACTS, "graphiql.png") });
    await page.context().close();
  });

  it("every page fits a tablet, landscape and portrait: nothing wider than the screen, the menu reachable", async () => {
    const published = (await hub.query(`{ publicResults(first: 1) { results { uscc } } }`, {}, "public")).data.publicResults.results[0].uscc as string;
    // a joint inspection the transport department takes part in, for its own view of it
    const joint = ((await hub.query(`{ jointInspections { id departments } }`)).data.jointInspections as { id: number; departments: string[] }[]).find((j) => j.departments.includes("transport"))?.id;
    const office = await tokenOf(coordinator);
    const pages: [string, string, string | undefined][] = [
      ["public", `/public?q=${published}`, undefined],
      ["public-plans", "/public/plans?department=market&year=2026", undefined],
      ["public-draws", "/public/draws?department=market", undefined],
      ["public-joint-plan", "/public/joint-plan", undefined],
      ["signin", "/signin", undefined],
      ["overview", "/office", office],
      ["todo", "/todo", office],
      ["overlap", "/office/overlap", office],
      ["proposals", "/office/proposals", office],
      ["board", "/office/joint", office],
      ["joint-plan", "/office/joint-plan", office],
      ...(joint ? [["joint", `/office/joint/${joint}`, office] as [string, string, string]] : []),
      ["targets", `/office/targets?q=${published.slice(0, 8)}`, office],
      ["record", `/office/targets/${published}`, office],
      ["dashboard", "/dashboard", await tokenOf(dashboard)],
      ["department-targets", "/department/targets", await tokenOf(officer("market"))],
      ["department-draws", "/department/draws", await tokenOf(admin("market"))],
      ["department-plans", "/department/plans", await tokenOf(admin("market"))],
      ["department-tasks", "/department/tasks", await tokenOf(officer("market"))],
      ["department-task", `/department/tasks/${(await hub.query(`{ market { tasks(first: 1, status: DONE) { edges { node { id } } } } }`, {}, officer("market"))).data.market.tasks.edges[0].node.id}`, await tokenOf(officer("market"))],
      ...(joint ? [["joint-as-department", `/office/joint/${joint}`, await tokenOf(officer("transport"))] as [string, string, string]] : []),
    ];
    const tooWide: string[] = [];
    for (const viewport of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
      for (const [name, path, token] of pages) {
        const page = await open(path, token, viewport);
        await page.waitForLoadState("networkidle");
        await expect.poll(() => page.locator(".ant-spin-spinning, .ant-skeleton-active").count(), { timeout: 30_000 }).toBe(0);
        await page.waitForTimeout(300); // charts and calendars lay themselves out after the data
        const { scroll, width } = (await page.evaluate("({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth })")) as { scroll: number; width: number };
        if (scroll > width + 1) tooWide.push(`${name} at ${viewport.width}×${viewport.height}: ${scroll} px wide`);
        // every menu entry on screen and clickable (not cut off or covered by the header)
        for (const link of await page.getByRole("navigation", { name: "主菜单" }).getByRole("link").all()) {
          const box = (await link.boundingBox())!;
          expect(box.x >= 0 && box.x + box.width <= viewport.width + 1, `${name}: menu entry ${await link.innerText()} off screen`).toBe(true);
          await link.click({ trial: true, timeout: 5_000 });
        }
        if (viewport.width < 1024) await axe(page, `${name} on a tablet`); // tables scroll sideways here: reachable by keyboard too
        await page.screenshot({ path: join(ARTIFACTS, `tablet-${viewport.width}-${name}.png`), fullPage: true });
        await page.context().close();
      }
    }
    expect(tooWide).toEqual([]);
  }, 300_000);

  it("requested nothing from outside the hub", () => {
    expect(outside).toEqual([]);
  });
});
