/** The office subgraph: department registry, the Target entry points, USCC checking. */
import { checkTargetIdentifier, checkUscc, Role, type HubConfig, type Identity } from "@hub/schema";
import { HubError } from "@hub/kit";
import DataLoader from "dataloader";
import { Arg, Ctx, Directive, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { indexByUscc, type OfficeDb } from "./target-index.js";

export interface OfficeContext {
  config: HubConfig;
  db: OfficeDb;
  identity: Identity;
  loaders: { indexByUscc: DataLoader<string, Awaited<ReturnType<typeof indexByUscc>>[number]> };
}

export function createOfficeContext(config: HubConfig, db: OfficeDb, identity: Identity): OfficeContext {
  return { config, db, identity, loaders: { indexByUscc: new DataLoader((usccs) => indexByUscc(db, usccs)) } };
}

/** 部门 — a department registered with the joint-meeting office. */
@ObjectType({ description: "部门: a department registered with the office; its code names its fields on Query and Target" })
export class Department {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "Result of checking a unified social credit code (GB 32100-2015)" })
export class UsccCheck {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => String, { nullable: true, description: "Trimmed, half-width, upper-case" }) normalized!: string | null;
  @Field(() => String, { nullable: true, description: "Which rule failed and why" }) reason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Machine-readable rule: EMPTY, LENGTH, CHARSET, AUTHORITY_CATEGORY, REGION, CHECK_CHARACTER",
  })
  rule!: string | null;
  @Field(() => [String]) warnings!: string[];
}

/** 检查对象 — the cross-department entity; each department adds a field named by its code. */
@Directive('@key(fields: "uscc")')
@ObjectType({ description: "An inspection target, keyed by USCC across all departments" })
export class Target {
  @Field(() => String) uscc!: string;
}

export const MAX_TARGETS_PER_QUERY = 500;

/** Targets are keyed by USCC, or by the operator's resident ID for individual businesses without one. */
const checkKey = (code: string) => checkTargetIdentifier(code, true);

function normalizedOrThrow(code: string): string {
  const c = checkKey(code);
  if (!c.valid) throw new HubError("INVALID_USCC", `invalid USCC "${code}": ${c.reason}`, { uscc: code, rule: c.rule });
  return c.normalized!;
}

/** Target entry points serve joint work: departments and the office, not the public or dashboards. */
function requireJointReader(ctx: OfficeContext) {
  if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to look up targets");
  if (ctx.identity.role === Role.DASHBOARD_VIEWER) throw new HubError("FORBIDDEN", "dashboards see aggregates only");
}

@Resolver()
export class OfficeQueryResolver {
  @Query(() => [Department], { description: "The departments composed into this hub" })
  departments(@Ctx() ctx: OfficeContext): Department[] {
    return ctx.config.departments.map((d) => ({ code: d.code, name: d.name }));
  }

  @Query(() => Target, { nullable: true, description: "A target by USCC; every department's view hangs off it" })
  target(@Ctx() ctx: OfficeContext, @Arg("uscc", () => String) uscc: string): Target {
    requireJointReader(ctx);
    return { uscc: normalizedOrThrow(uscc) };
  }

  @Query(() => [Target], { nullable: "items", description: `Several targets in input order (at most ${MAX_TARGETS_PER_QUERY})` })
  targets(@Ctx() ctx: OfficeContext, @Arg("usccs", () => [String]) usccs: string[]): Target[] {
    requireJointReader(ctx);
    if (usccs.length > MAX_TARGETS_PER_QUERY)
      throw new HubError("BAD_USER_INPUT", `at most ${MAX_TARGETS_PER_QUERY} USCCs per query, got ${usccs.length}`);
    const invalid = usccs.map((u) => ({ u, c: checkKey(u) })).filter((x) => !x.c.valid);
    if (invalid.length)
      throw new HubError("INVALID_USCC", `invalid USCCs: ${invalid.map((x) => `${x.u} (${x.c.reason})`).join("; ")}`, {
        invalid: invalid.map((x) => ({ uscc: x.u, rule: x.c.rule, reason: x.c.reason })),
      });
    return usccs.map((u) => ({ uscc: checkKey(u).normalized! }));
  }

  @Query(() => UsccCheck, { description: "Check a unified social credit code and say which rule fails" })
  checkUscc(@Arg("code", () => String) code: string): UsccCheck {
    return checkUscc(code);
  }
}

@Resolver(() => Target)
export class OfficeTargetResolver {
  @FieldResolver(() => String, { nullable: true, description: "The name as recorded in the department directories (office index)" })
  async name(@Root() t: Target, @Ctx() ctx: OfficeContext) {
    return (await ctx.loaders.indexByUscc.load(t.uscc))?.name ?? null;
  }

  @FieldResolver(() => [String], { description: "Codes of the departments whose directory holds this target (office index)" })
  async departments(@Root() t: Target, @Ctx() ctx: OfficeContext) {
    return (await ctx.loaders.indexByUscc.load(t.uscc))?.departments ?? [];
  }
}

export const officeResolvers = [OfficeQueryResolver, OfficeTargetResolver] as const;
