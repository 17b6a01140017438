/** The office subgraph's Federation schema: every feature's resolvers. */
import { buildFederatedSubgraph, type Subgraph } from "@hub/kit";
import { officeAuditResolvers } from "./modules/audit/resolvers.js";
import { indexResolvers } from "./modules/index/resolvers.js";
import { jointResolvers } from "./modules/joint/resolvers.js";
import { jointPlanResolvers } from "./modules/joint-plans/resolvers.js";
import { proposalResolvers } from "./modules/proposals/resolvers.js";
import { registryResolvers } from "./modules/registry/resolvers.js";
import { Target } from "./modules/registry/types.js";
import { officeResultResolvers } from "./modules/results/resolvers.js";
import { statisticsResolvers } from "./modules/statistics/resolvers.js";
import { notificationResolvers } from "./modules/notifications/resolvers.js";
import { todoResolvers } from "./modules/todo/resolvers.js";
import { visitLoadResolvers } from "./modules/visit-load/resolvers.js";

const resolvers = [...registryResolvers, ...indexResolvers, ...proposalResolvers, ...jointResolvers, ...jointPlanResolvers, ...statisticsResolvers, ...officeResultResolvers, ...officeAuditResolvers, ...visitLoadResolvers, ...todoResolvers, ...notificationResolvers] as const;

export function buildOfficeSubgraph(): Promise<Subgraph> {
  return buildFederatedSubgraph("office", { resolvers, orphanedTypes: [Target] });
}
