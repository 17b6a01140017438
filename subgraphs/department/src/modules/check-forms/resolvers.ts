/** Check forms on a department's entry points and items. Authorization and arguments only. */
import { listArg, textArg } from "@hub/kit";
import { categoryName } from "@hub/schema";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { requireOwner } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation, DepartmentQuery } from "../department/types.js";
import { InspectionItem } from "../plans/types.js";
import { proposeCategory } from "./rules.js";
import { saveCheckForm, verifyAnswerSets } from "./service.js";
import * as store from "./store.js";
import { CheckAnswerInput } from "@hub/kit";
import { CheckAnswerSetInput, CheckAnswersVerdict, CheckForm, CheckPointInput, ResultCategoryProposal } from "./types.js";

@Resolver(() => InspectionItem)
export class ItemCheckFormResolver {
  @FieldResolver(() => CheckForm, { nullable: true, description: "检查表: the item's current check form (published with the item list)" })
  async checkForm(@Root() item: InspectionItem, @Ctx() ctx: DepartmentContext) {
    return (await ctx.loaders.currentForm.load(item.code)) ?? null;
  }
}

@Resolver(() => DepartmentQuery)
export class CheckFormQueryResolver {
  @FieldResolver(() => CheckForm, { nullable: true, description: "An item's check form in a given version (a result names the version it answered)" })
  async checkForm(@Ctx() ctx: DepartmentContext, @Arg("itemCode", () => String) itemCode: string, @Arg("version", () => Int) version: number) {
    return (await store.formVersion(ctx.db, textArg(itemCode, "itemCode", { max: 40, required: true }), version)) ?? null;
  }

  @FieldResolver(() => ResultCategoryProposal, { nullable: true, description: "The result category a form's answers suggest (null when nothing is answered)" })
  proposeResultCategory(@Ctx() ctx: DepartmentContext, @Arg("answers", () => [CheckAnswerInput]) answers: CheckAnswerInput[]) {
    const proposal = proposeCategory(listArg(answers, "answers", 2000), ctx.department.resultCategories);
    return proposal ? { ...proposal, categoryName: categoryName(ctx.department.resultCategories, proposal.categoryCode) } : null;
  }

  @FieldResolver(() => [CheckAnswersVerdict], { description: "Check sets of answers against this department's current check forms (a joint inspection's record is checked so before it is signed in); one verdict per set, in order" })
  verifyCheckAnswers(@Ctx() ctx: DepartmentContext, @Arg("sets", () => [CheckAnswerSetInput]) sets: CheckAnswerSetInput[]) {
    return verifyAnswerSets(ctx, listArg(sets, "sets", 500).map((s) => listArg(s.answers, "answers", 2000)));
  }
}

@Resolver(() => DepartmentMutation)
export class CheckFormMutationResolver {
  @FieldResolver(() => CheckForm, { description: "检查表: save an item's check form as its next version (results keep the version they answered)" })
  async saveCheckForm(@Ctx() ctx: DepartmentContext, @Arg("itemCode", () => String) itemCode: string, @Arg("points", () => [CheckPointInput]) points: CheckPointInput[]) {
    requireOwner(ctx, "admin");
    return saveCheckForm(ctx, textArg(itemCode, "itemCode", { max: 40, required: true }), listArg(points, "points", 200, 1));
  }
}

export const checkFormResolvers = [ItemCheckFormResolver, CheckFormQueryResolver, CheckFormMutationResolver] as const;
