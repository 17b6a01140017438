/** The office pulls directory and task changes through the supergraph (office and own staff only). */
import { pageSize } from "@hub/kit";
import { Arg, Ctx, FieldResolver, Int, Resolver } from "type-graphql";
import { requireInspectorReader } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentQuery } from "../department/types.js";
import { decodeChangeCursor, directoryChanges, taskChanges } from "./store.js";
import { DirectoryChangePage, TaskChangePage } from "./types.js";
import { toTaskChange } from "./view.js";

@Resolver(() => DepartmentQuery)
export class ChangeFeedResolver {
  @FieldResolver(() => DirectoryChangePage, { description: "Directory entries changed after a cursor (office sync)" })
  async directoryChanges(
    @Ctx() ctx: DepartmentContext,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("first", () => Int, { defaultValue: 1000 }) first = 1000,
  ) {
    requireInspectorReader(ctx);
    const page = await directoryChanges(ctx.db, decodeChangeCursor(after, /^[0-9A-Z]{18}$/), pageSize(first, 1000, { min: 1, max: 5000 }));
    return { entries: page.rows, endCursor: page.endCursor, hasMore: page.hasMore };
  }

  @FieldResolver(() => TaskChangePage, { description: "Tasks changed after a cursor (office sync)" })
  async taskChanges(
    @Ctx() ctx: DepartmentContext,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("first", () => Int, { defaultValue: 1000 }) first = 1000,
  ) {
    requireInspectorReader(ctx);
    const page = await taskChanges(ctx.db, decodeChangeCursor(after, /^[1-9]\d{0,8}$/), pageSize(first, 1000, { min: 1, max: 5000 }));
    return { tasks: page.rows.map((r) => toTaskChange(ctx.department, r)), endCursor: page.endCursor, hasMore: page.hasMore };
  }
}

export const feedResolvers = [ChangeFeedResolver] as const;
