/** 待办 on the supergraph: who is asking decides whose list it is. */
import { HubError, today } from "@hub/kit";
import { Role } from "@hub/schema";
import { Ctx, Query, Resolver } from "type-graphql";
import { actingDepartment } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { departmentTodo, officeTodo } from "./service.js";
import { TodoItem } from "./types.js";

@Resolver()
export class TodoResolver {
  @Query(() => [TodoItem], {
    description: "待办: what needs you now — for department staff their department's joint work, returned joint plan entries and tasks past their window without a result; for the office proposals to launch, entries to review, plans to publish, failed deliveries and stale departments. Overdue first, then by day; at most 200",
  })
  async todo(@Ctx() ctx: OfficeContext): Promise<TodoItem[]> {
    if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to see what needs you");
    const now = today(ctx.clock);
    if (ctx.identity.role === Role.OFFICE_COORDINATOR) return officeTodo(ctx.db, ctx.config, now);
    const department = actingDepartment(ctx);
    return department === undefined ? [] : departmentTodo(ctx.db, ctx.config, department, now);
  }
}

export const todoResolvers = [TodoResolver] as const;
