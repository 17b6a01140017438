/** Draws (抽取), their verification, replacements (递补) and joint team draws on a department's entry points. Authorization and arguments only. */
import { badInput, listArg, numericId, officeKeyOf, pageSize, targetKey, textArg, yearArg } from "@hub/kit";
import { certificateKey, publicCodeOf } from "@hub/schema";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import type { DrawRow } from "../../db/schema.js";
import { requireAggregateReader, requireInspectorReader, requireOwner, requireTargetReader } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation, DepartmentQuery } from "../department/types.js";
import { Task } from "../tasks/types.js";
import { toTask } from "../tasks/view.js";
import { commitSeed, drawCoverage, drawJointTeam, replaceInspector, runDraw, verifyDraw, verifyDrawChain } from "./service.js";
import * as store from "./store.js";
import { Draw, DrawChainVerification, DrawCommitment, DrawCoverage, DrawInput, DrawnTarget, DrawVerification, InspectorReplacement, JointTeamDraw, PublicDrawPage } from "./types.js";
import { realCodes, targetsByUscc } from "../directory/store.js";
import { planById } from "../plans/store.js";
import { chainContent } from "./chain.js";

const id = numericId;

async function toDraws(ctx: DepartmentContext, rows: DrawRow[]): Promise<Draw[]> {
  const counts = await store.taskCounts(ctx.db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, strata: row.result.strata, taskCount: counts.get(row.id) ?? 0 }));
}

@Resolver(() => Draw)
export class DrawFieldsResolver {
  @FieldResolver(() => [DrawnTarget], { description: "The targets drawn, in allocation order, by the code the office knows them by (for round 3: drawOverlaps)" })
  async drawnTargets(@Root() d: Draw & { result?: DrawRow["result"] }, @Ctx() ctx: DepartmentContext): Promise<DrawnTarget[]> {
    requireTargetReader(ctx);
    const selections = d.result?.selections ?? (await store.drawById(ctx.db, d.id))?.result.selections ?? [];
    const rows = await targetsByUscc(ctx.db, selections.map((s) => s.uscc));
    return selections.map((s) => ({ uscc: officeKeyOf(rows.get(s.uscc) ?? { uscc: s.uscc }), stratum: s.stratum }));
  }
}

@Resolver(() => DepartmentQuery)
export class DrawQueryResolver {
  @FieldResolver(() => [Draw], { description: "Recorded draws, oldest first" })
  async draws(@Ctx() ctx: DepartmentContext, @Arg("planId", () => ID, { nullable: true }) planId?: string) {
    requireTargetReader(ctx);
    return toDraws(ctx, await store.listDraws(ctx.db, planId ? id(planId, "plan") : undefined));
  }

  @FieldResolver(() => Draw, { nullable: true })
  async draw(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) drawId: string) {
    requireTargetReader(ctx);
    const row = await store.drawById(ctx.db, id(drawId, "draw"));
    return row ? (await toDraws(ctx, [row]))[0] : null;
  }

  @FieldResolver(() => PublicDrawPage, {
    description: "抽取过程公开: this department's draw records in chain order, open to everyone; each re-checks from what it shows (commitment, seed, chain hash and link)",
  })
  async publicDraws(
    @Ctx() ctx: DepartmentContext,
    @Arg("first", () => Int, { defaultValue: 20 }) first = 20,
    @Arg("afterSeq", () => Int, { nullable: true }) afterSeq?: number,
  ): Promise<PublicDrawPage> {
    const limit = pageSize(first, 50, { min: 1 });
    if (afterSeq != null && (!Number.isInteger(afterSeq) || afterSeq < 0)) throw badInput("afterSeq must be a non-negative integer");
    const rows = await store.drawsAfter(ctx.db, afterSeq ?? 0, limit + 1);
    const page = rows.slice(0, limit);
    const targets = await targetsByUscc(ctx.db, page.flatMap((r) => r.result.selections.map((s) => s.uscc)));
    const plans = new Map(await Promise.all([...new Set(page.map((r) => r.planId))].map(async (p) => [p, (await planById(ctx.db, p))?.name ?? null] as const)));
    return {
      draws: page.map((r) => ({
        ...r,
        planName: plans.get(r.planId) ?? null,
        strata: r.result.strata,
        drawn: r.result.selections.map((s) => {
          const t = targets.get(s.uscc);
          // hub-draw/2 records name an individual business by pseudonym: the public sees its masked ID
          return { code: t ? publicCodeOf(t.uscc, t.idKind) : publicCodeOf(s.uscc), name: t?.name ?? null, stratum: s.stratum };
        }),
        contentJson: chainContent(r),
      })),
      hasMore: rows.length > limit,
      endSeq: page.at(-1)?.seq ?? null,
    };
  }

  @FieldResolver(() => DrawCoverage, { description: "抽查覆盖率: targets drawn over targets in scope in a year's draws, in total and per stratum; for every signed-in role" })
  async drawCoverage(@Ctx() ctx: DepartmentContext, @Arg("year", () => Int) year: number) {
    requireAggregateReader(ctx);
    return drawCoverage(ctx.db, ctx.department.creditClasses, yearArg(year));
  }

  @FieldResolver(() => DrawVerification, {
    description:
      "Whether a draw reproduces from its record and snapshots. The verdict is kept and given again while the record and snapshots are unchanged (verifiedAt says when it was computed); recheck re-runs the draw, at most 3 times a minute per caller.",
  })
  async verifyDraw(
    @Ctx() ctx: DepartmentContext,
    @Arg("id", () => ID) drawId: string,
    @Arg("recheck", () => Boolean, { defaultValue: false }) recheck: boolean,
  ) {
    requireTargetReader(ctx);
    return verifyDraw(ctx.db, id(drawId, "draw"), ctx.identity, recheck);
  }

  @FieldResolver(() => DrawChainVerification, { description: "Check that no draw record was altered, inserted or deleted" })
  async verifyDrawChain(@Ctx() ctx: DepartmentContext) {
    requireTargetReader(ctx);
    return verifyDrawChain(ctx.db);
  }

  @FieldResolver(() => [JointTeamDraw], {
    description: "This department's team draws for a joint inspection, oldest first: the office checks a supplied team against the latest",
  })
  async jointTeamDraws(@Ctx() ctx: DepartmentContext, @Arg("jointInspectionId", () => ID) jointInspectionId: string) {
    requireInspectorReader(ctx);
    return store.jointTeamDrawsOf(ctx.db, String(id(jointInspectionId, "joint inspection")));
  }
}

@Resolver(() => Task)
export class TaskReplacementResolver {
  @FieldResolver(() => [InspectorReplacement])
  async replacements(@Root() task: Task, @Ctx() ctx: DepartmentContext) {
    return store.replacementsOf(ctx.db, task.id);
  }
}

@Resolver(() => DepartmentMutation)
export class DrawMutationResolver {
  @FieldResolver(() => DrawCommitment, { description: "Publish the SHA-256 of a secret before the draw (commit–reveal), for a plan period not drawn yet" })
  async commitDrawSeed(
    @Ctx() ctx: DepartmentContext,
    @Arg("planId", () => ID) planId: string,
    @Arg("commitment", () => String) commitment: string,
    @Arg("periodKey", () => String, { nullable: true, description: "The plan period the draw will cover, e.g. 2026-H2; the plan's year by default" }) periodKey?: string,
  ) {
    requireOwner(ctx, "admin");
    return commitSeed(ctx, id(planId, "plan"), commitment.trim().toLowerCase(), periodKey ?? undefined);
  }

  @FieldResolver(() => Draw, { description: "双随机: draw a published plan's targets and inspector teams, once per plan period" })
  async drawTargets(@Ctx() ctx: DepartmentContext, @Arg("input", () => DrawInput) input: DrawInput) {
    requireOwner(ctx, "admin");
    const row = await runDraw(ctx, {
      ...input,
      planId: id(input.planId, "plan"),
      commitmentId: id(input.commitmentId, "commitment"),
      publicValue: textArg(input.publicValue, "publicValue", { max: 200 }) ?? "",
      witnesses: [...listArg(input.witnesses, "witnesses", 20)].map((w) => ({ name: textArg(w.name, "witness name", { max: 50, required: true }), role: textArg(w.role, "witness role", { max: 50, required: true }) })),
      maxTargets: input.maxTargets ?? undefined,
      keyAreaTags: input.keyAreaTags ? [...listArg(input.keyAreaTags, "keyAreaTags", 30)] : undefined,
      idempotencyKey: input.idempotencyKey ? textArg(input.idempotencyKey, "idempotencyKey", { max: 128 })! : undefined,
    });
    return (await toDraws(ctx, [row]))[0]!;
  }

  @FieldResolver(() => Task, { description: "递补: replace an inspector who must recuse or is unavailable with the next in the draw's order" })
  async replaceInspector(
    @Ctx() ctx: DepartmentContext,
    @Arg("taskId", () => ID) taskId: string,
    @Arg("certificateNumber", () => String) certificateNumber: string,
    @Arg("reason", () => String) reason: string,
  ) {
    requireOwner(ctx, "officer");
    return toTask(await replaceInspector(ctx, id(taskId, "task"), certificateKey(certificateNumber), textArg(reason, "reason", { max: 500 }) ?? ""));
  }

  @FieldResolver(() => [String], {
    description:
      "Draw this department's inspectors for a joint inspection at random, with the draw's recusal rules for every target; returns certificate numbers to supply to the office",
  })
  async drawJointTeam(
    @Ctx() ctx: DepartmentContext,
    @Arg("jointInspectionId", () => ID) jointInspectionId: string,
    @Arg("usccs", () => [String]) usccs: string[],
    @Arg("size", () => Int) size: number,
    @Arg("publicValue", () => String, { description: "A value announced before the draw, as for target draws" }) publicValue: string,
    @Arg("reason", () => String, { nullable: true, description: "Why the team is drawn again: required for every draw after the first, and recorded" }) reason?: string,
  ) {
    requireOwner(ctx, "officer");
    if (!Number.isInteger(size) || size < 1 || size > 10) throw badInput("size must be between 1 and 10");
    const value = textArg(publicValue, "publicValue", { max: 200, required: true });
    // the joint record names individual businesses by pseudonym: recusal needs their codes
    const targets = [...new Set(await realCodes(ctx.db, listArg(usccs, "usccs", 500, 1).map(targetKey)))];
    return drawJointTeam(ctx, id(jointInspectionId, "joint inspection"), targets, size, value, textArg(reason, "reason", { max: 500 }));
  }
}

export const drawResolvers = [DrawFieldsResolver, DrawQueryResolver, TaskReplacementResolver, DrawMutationResolver] as const;
