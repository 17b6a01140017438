/** The department subgraph's Federation schema, for one department code. */
import { buildFederatedSubgraph, type Subgraph } from "@hub/kit";
import { drawResolvers } from "./graphql/draw-resolvers.js";
import { proposalResolvers } from "./graphql/proposal-resolvers.js";
import { resultResolvers } from "./graphql/result-resolvers.js";
import { departmentResolvers, Target } from "./graphql/resolvers.js";

/** Build the subgraph for `code`: the template's `department` fields are published as `code`. */
export function buildDepartmentSubgraph(code: string): Promise<Subgraph> {
  return buildFederatedSubgraph("department", { resolvers: [...departmentResolvers, ...drawResolvers, ...resultResolvers, ...proposalResolvers], orphanedTypes: [Target] }, [
    { type: "Query", from: "department", to: code },
    { type: "Mutation", from: "department", to: code },
    { type: "Target", from: "department", to: code },
  ]);
}
