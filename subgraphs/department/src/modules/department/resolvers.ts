/** The department's root fields: `Query.<code>` and `Mutation.<code>`. */
import { Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation, DepartmentQuery } from "./types.js";

@Resolver()
export class DepartmentRootResolver {
  @Query(() => DepartmentQuery, { name: "department", nullable: true, description: "This department's lists and records; null with an error when the department is unavailable" })
  department(@Ctx() ctx: DepartmentContext): DepartmentQuery {
    const { code, name, creditClasses, ratioBounds } = ctx.department;
    return { code, name, creditClasses, ratioMin: ratioBounds.min, ratioMax: ratioBounds.max };
  }

  @Mutation(() => DepartmentMutation, { name: "department", nullable: true })
  departmentMutation(@Ctx() ctx: DepartmentContext): DepartmentMutation {
    return { code: ctx.department.code };
  }
}

export const departmentRootResolvers = [DepartmentRootResolver] as const;
