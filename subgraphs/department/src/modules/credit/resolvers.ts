/** Credit classes from the credit system on a department's entry points: arguments and authorization only. */
import { badInput, textArg } from "@hub/kit";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { requireInspectorReader, requireOwner } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation } from "../department/types.js";
import { uploadedBytes } from "../directory/service.js";
import { TargetRecord } from "../directory/types.js";
import { classesFromFile, creditHistory, receiveCreditClasses } from "./service.js";
import { CreditClassBatchInput, CreditClassChange, CreditClassReceipt } from "./types.js";

@Resolver(() => DepartmentMutation)
export class CreditMutationResolver {
  @FieldResolver(() => CreditClassReceipt, {
    description: "信用风险分类 from the credit system (department admin or its service account): a batch of classes, or a file of them; refused whole, naming the rows, when a code or class is wrong; codes the department does not hold are counted and skipped",
  })
  async receiveCreditClasses(@Ctx() ctx: DepartmentContext, @Arg("input", () => CreditClassBatchInput) input: CreditClassBatchInput) {
    requireOwner(ctx, "admin");
    const reference = textArg(input.reference, "reference", { max: 200, required: true });
    const file = input.contentBase64 !== null && input.contentBase64 !== undefined;
    if (file === Boolean(input.classes)) throw badInput("give either classes or a file (format and contentBase64)");
    if (file && !input.format) throw badInput("a file needs its format (CSV or XLSX)", { argument: "format" });
    const rows = file ? await classesFromFile(uploadedBytes(input.contentBase64!), input.format!) : input.classes!;
    return receiveCreditClasses(ctx, reference, rows);
  }
}

@Resolver(() => TargetRecord)
export class CreditHistoryResolver {
  @FieldResolver(() => [CreditClassChange], { description: "The target's credit classes in this department over time, oldest first: each change, its path, who and when (the department's staff and the office)" })
  async creditHistory(@Root() record: TargetRecord, @Ctx() ctx: DepartmentContext) {
    requireInspectorReader(ctx, "credit history");
    if (!record.inDirectory) return [];
    return creditHistory(ctx.db, record.key ?? record.uscc);
  }
}

export const creditResolvers = [CreditMutationResolver, CreditHistoryResolver] as const;
