/** The department subgraph's Federation schema, for one department code: every feature's resolvers. */
import { buildFederatedSubgraph, type Subgraph } from "@hub/kit";
import { auditResolvers } from "./modules/audit/resolvers.js";
import { checkFormResolvers } from "./modules/check-forms/resolvers.js";
import { departmentRootResolvers } from "./modules/department/resolvers.js";
import { Target } from "./modules/department/types.js";
import { directoryResolvers } from "./modules/directory/resolvers.js";
import { drawResolvers } from "./modules/draws/resolvers.js";
import { feedResolvers } from "./modules/feed/resolvers.js";
import { planResolvers } from "./modules/plans/resolvers.js";
import { proposalResolvers } from "./modules/proposals/resolvers.js";
import { resultResolvers } from "./modules/results/resolvers.js";
import { creditResolvers } from "./modules/credit/resolvers.js";
import { milestoneResolvers } from "./modules/milestones/resolvers.js";
import { taskResolvers } from "./modules/tasks/resolvers.js";

const resolvers = [
  ...departmentRootResolvers,
  ...directoryResolvers,
  ...planResolvers,
  ...checkFormResolvers,
  ...drawResolvers,
  ...taskResolvers,
  ...resultResolvers,
  ...feedResolvers,
  ...proposalResolvers,
  ...auditResolvers,
  ...milestoneResolvers,
  ...creditResolvers,
] as const;

/** Build the subgraph for `code`: the template's `department` fields are published as `code`. */
export function buildDepartmentSubgraph(code: string): Promise<Subgraph> {
  return buildFederatedSubgraph("department", { resolvers, orphanedTypes: [Target] }, [
    { type: "Query", from: "department", to: code },
    { type: "Mutation", from: "department", to: code },
    { type: "Target", from: "department", to: code },
  ]);
}
