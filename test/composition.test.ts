/**
 * The riskiest decision in the project: many instances of one department subgraph, each adding
 * fields named by its code, compose into one supergraph, and a multi-department read plans as one
 * office fetch plus one parallel fetch per department.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner, type PlanNode, type QueryPlan } from "@apollo/query-planner";
import { composeFromConfig, composeSupergraph, subgraphSources } from "@hub/gateway";
import { loadConfig, REPO_ROOT, validateConfig } from "@hub/schema";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { FOUR_DEPARTMENTS } from "./support/hub.js";

const configOf = (departments = FOUR_DEPARTMENTS) => validateConfig({ departments });

function plan(supergraphSdl: string, query: string): QueryPlan {
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  return planner.buildQueryPlan(operationFromDocument(supergraph.schema.toAPISchema(), parse(query)));
}

/** Flatten a plan into its fetches, and describe its shape (Sequence/Parallel/Fetch tree). */
function shape(node: QueryPlan["node"] | PlanNode): unknown {
  if (!node) return null;
  switch (node.kind) {
    case "Fetch":
      return node.serviceName;
    case "Flatten":
      return shape(node.node);
    case "Sequence":
      return { Sequence: node.nodes.map(shape) };
    case "Parallel":
      // Parallel branches have no order.
      return { Parallel: node.nodes.map(shape).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) };
    default:
      return node.kind;
  }
}

describe("supergraph composition", () => {
  it("composes the office with four departments; per-department fields on Query, Mutation and Target", async () => {
    const sdl = await composeFromConfig(configOf());
    for (const code of ["market", "transport", "environment", "emergency"]) {
      expect(sdl).toMatch(new RegExp(`\\n  ${code}: DepartmentQuery @join__field\\(graph: ${code.toUpperCase()}\\)`));
      expect(sdl).toMatch(new RegExp(`\\n  ${code}: TargetRecord @join__field\\(graph: ${code.toUpperCase()}\\)`));
      expect(sdl).toMatch(new RegExp(`\\n  ${code}: DepartmentMutation @join__field\\(graph: ${code.toUpperCase()}\\)`));
    }
  });

  it("a department added by configuration alone composes (twelve departments)", async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ code: `dept${i}`, name: `部门${i}`, port: 6000 + i }));
    const sdl = await composeFromConfig(configOf(many));
    expect(sdl).toContain("dept11: TargetRecord @join__field(graph: DEPT11)");
  });

  it("plans targets(usccs) with four department views as one office fetch, then four fetches in parallel", async () => {
    const sdl = await composeFromConfig(configOf());
    const p = plan(
      sdl,
      `{ targets(usccs: ["91330100716105852F"]) { uscc name
          market { inDirectory creditClass } transport { inDirectory creditClass }
          environment { inDirectory riskLevel } emergency { inDirectory riskLevel } } }`,
    );
    expect(shape(p.node)).toEqual({
      Sequence: ["office", { Parallel: ["emergency", "environment", "market", "transport"] }],
    });
  });

  it("plans a department's own lists as a single fetch to that department", async () => {
    const sdl = await composeFromConfig(configOf());
    const p = plan(sdl, `{ market { items { code } targets(first: 5) { edges { node { uscc } } } } }`);
    expect(shape(p.node)).toBe("market");
  });

  it("fails with a clear message when two subgraphs disagree on a shared value type", async () => {
    const sources = await subgraphSources(configOf());
    const market = sources.find((s) => s.name === "market")!;
    market.sdl = market.sdl.replace("inDirectory: Boolean!", "inDirectory: String!");
    expect(() => composeSupergraph(sources)).toThrow(/composition failed[\s\S]*inDirectory/);
  });

  it("schema/supergraph.graphql is current with hub.config.json (run `pnpm compose`)", async () => {
    const committed = readFileSync(resolve(REPO_ROOT, "schema/supergraph.graphql"), "utf8");
    const fresh = await composeFromConfig(loadConfig());
    expect(committed).toContain(fresh);
  });

  it("the office's and the web app's typed documents are current with the committed supergraph (run `pnpm compose`)", async () => {
    const { generate } = await import("@graphql-codegen/cli");
    const { default: config } = await import("../codegen.js");
    const cwd = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      const files = (await generate(config, false)) as { filename: string; content: string }[];
      expect(files.length).toBeGreaterThan(2);
      for (const file of files) expect(readFileSync(resolve(REPO_ROOT, file.filename), "utf8"), file.filename).toBe(file.content);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
