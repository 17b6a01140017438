/** The office's registry on the supergraph: departments, the Target entry points, USCC checks. */
import { HubError, listArg, quoted, ResultCategoryInfo, targetKey, textArg } from "@hub/kit";
import { checkTargetIdentifier, checkUscc } from "@hub/schema";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { requireJointReader } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { Department, Target, UsccCheck } from "./types.js";

export const MAX_TARGETS_PER_QUERY = 500;

@Resolver()
export class RegistryResolver {
  @Query(() => [Department], { description: "The departments composed into this hub" })
  departments(@Ctx() ctx: OfficeContext): Department[] {
    return ctx.config.departments.map((d) => ({ code: d.code, name: d.name }));
  }

  @Query(() => [ResultCategoryInfo], { description: "The result categories (检查结果类别) every department records and the public feed filters by" })
  resultCategories(@Ctx() ctx: OfficeContext): readonly ResultCategoryInfo[] {
    return ctx.config.resultCategories;
  }

  @Query(() => Target, { nullable: true, description: "A target by USCC; every department's view hangs off it" })
  target(@Ctx() ctx: OfficeContext, @Arg("uscc", () => String) uscc: string): Target {
    requireJointReader(ctx);
    return { uscc: targetKey(uscc) };
  }

  @Query(() => [Target], { nullable: "items", description: `Several targets in input order (at most ${MAX_TARGETS_PER_QUERY})` })
  targets(@Ctx() ctx: OfficeContext, @Arg("usccs", () => [String]) usccs: string[]): Target[] {
    requireJointReader(ctx);
    listArg(usccs, "usccs", MAX_TARGETS_PER_QUERY);
    // Targets are keyed by USCC, or by the operator's resident ID for individual businesses without one.
    const checked = usccs.map((u) => ({ u, c: checkTargetIdentifier(u, true) }));
    const invalid = checked.filter((x) => !x.c.valid);
    if (invalid.length)
      throw new HubError("INVALID_USCC", `invalid USCCs: ${invalid.slice(0, 10).map((x) => `${quoted(x.u)} (${x.c.reason})`).join("; ")}${invalid.length > 10 ? ` and ${invalid.length - 10} more` : ""}`, {
        invalid: invalid.slice(0, 100).map((x) => ({ uscc: x.u.slice(0, 40), rule: x.c.rule, reason: x.c.reason })),
      });
    return checked.map((x) => ({ uscc: x.c.normalized! }));
  }

  @Query(() => UsccCheck, { description: "Check a unified social credit code and say which rule fails" })
  checkUscc(@Arg("code", () => String) code: string): UsccCheck {
    return checkUscc(textArg(code, "code", { max: 100 }) ?? "");
  }
}

export const registryResolvers = [RegistryResolver] as const;
