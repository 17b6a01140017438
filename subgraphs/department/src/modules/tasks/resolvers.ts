/** Inspection tasks on a department's entry points. Authorization and arguments only. */
import { decodeCursor, listArg, numericId, pageSize, targetKey, textArg, toConnection } from "@hub/kit";
import { TaskSource, TaskStatus } from "@hub/schema";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { requireInspectorReader, requireOwner } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation, DepartmentQuery, Target } from "../department/types.js";
import { advanceTask, assignTeam, createTask, mergeTasks, receiveFromAbove } from "./service.js";
import { listTasks, taskById } from "./store.js";
import { Task, TaskConnection, TaskFromAboveInput, TaskInput } from "./types.js";
import { toTask } from "./view.js";
import { realCode } from "../directory/store.js";

@Resolver(() => DepartmentQuery)
export class TaskQueryResolver {
  @FieldResolver(() => TaskConnection, { description: "Inspection tasks, in id order, filtered by draw, target, status or source; page with `after`" })
  async tasks(
    @Ctx() ctx: DepartmentContext,
    @Arg("drawId", () => ID, { nullable: true }) drawId?: string,
    @Arg("uscc", () => String, { nullable: true }) uscc?: string,
    @Arg("status", () => TaskStatus, { nullable: true }) status?: TaskStatus,
    @Arg("source", () => TaskSource, { nullable: true }) source?: TaskSource,
    @Arg("first", () => Int, { defaultValue: 100 }) first = 100,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<TaskConnection> {
    requireInspectorReader(ctx);
    const filter = { drawId: drawId ? numericId(drawId, "draw") : undefined, uscc: uscc ? await realCode(ctx.db, targetKey(uscc)) : undefined, status, source };
    const page = await listTasks(ctx.db, filter, pageSize(first, 100), after ? decodeCursor<number>(after, "number") : undefined);
    return toConnection(page, (r) => r.id, toTask);
  }

  @FieldResolver(() => Task, { nullable: true, description: "One inspection task by id; null when there is none" })
  async task(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) id: string): Promise<Task | null> {
    requireInspectorReader(ctx);
    const row = await taskById(ctx.db, numericId(id, "task"));
    return row ? toTask(row) : null;
  }
}

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => Target, {
    description: "The target, as the entity every subgraph extends: e.g. `target { inspectionsThisYear { department status } }` from the office, to see what other departments plan there",
  })
  target(@Root() task: Task): Target {
    return { uscc: task.uscc };
  }
}

@Resolver(() => DepartmentMutation)
export class TaskMutationResolver {
  @FieldResolver(() => [Task], {
    description: "上级下发: a higher platform hands tasks down (its service account, with the department admin role): each lands DRAWN without a team, with its origin, reference and deadline (dueEnd); a reference sent again returns the task it made. At most 1,000 at once",
  })
  async receiveTasksFromAbove(
    @Ctx() ctx: DepartmentContext,
    @Arg("origin", () => String, { description: "The higher platform, e.g. 广东省市场监管局双随机平台 (at most 100 characters)" }) origin: string,
    @Arg("tasks", () => [TaskFromAboveInput]) list: TaskFromAboveInput[],
  ) {
    requireOwner(ctx, "admin");
    const from = textArg(origin, "origin", { max: 100, required: true });
    const checked = await Promise.all(listArg(list, "tasks", 1000, 1).map(async (t) => ({
      reference: textArg(t.reference, "reference", { max: 100, required: true }),
      uscc: await realCode(ctx.db, targetKey(t.uscc)),
      itemCodes: [...new Set(listArg(t.itemCodes, "itemCodes", 50).map((c) => c.trim()).filter(Boolean))],
      dueStart: t.dueStart, dueEnd: t.dueEnd, note: textArg(t.note, "note", { max: 2000 }),
    })));
    return (await receiveFromAbove(ctx, from, checked)).map(toTask);
  }

  @FieldResolver(() => Task, { description: "Give a task that came without a team (上级下发) its inspectors: two to ten active ones, none who must recuse; the task is then ASSIGNED" })
  async assignTaskTeam(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("inspectors", () => [String]) inspectors: string[]) {
    requireOwner(ctx, "officer");
    return toTask(await assignTeam(ctx, numericId(taskId, "task"), [...listArg(inspectors, "inspectors", 10)]));
  }

  @FieldResolver(() => Task, { description: "Move a task along DRAWN → ASSIGNED → INSPECTING → DONE (one step at a time)" })
  async advanceTask(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("status", () => TaskStatus) status: TaskStatus) {
    requireOwner(ctx, "officer");
    return toTask(await advanceTask(ctx, numericId(taskId, "task"), status));
  }

  @FieldResolver(() => [Task], {
    description: "第四轮融合: merge tasks on one target (a drawn task with complaint, referral or monitoring tasks) into one visit; each keeps its source",
  })
  async mergeTasksIntoVisit(@Ctx() ctx: DepartmentContext, @Arg("taskIds", () => [ID]) taskIds: string[]) {
    requireOwner(ctx, "officer");
    const ids = [...new Set(listArg(taskIds, "taskIds", 100).map((t) => numericId(t, "task")))];
    return (await mergeTasks(ctx, ids)).map(toTask);
  }

  @FieldResolver(() => Task, { description: "A task from a complaint, referral or monitoring (not a draw)" })
  async createTask(@Ctx() ctx: DepartmentContext, @Arg("input", () => TaskInput) input: TaskInput) {
    requireOwner(ctx, "officer");
    const itemCodes = [...new Set(listArg(input.itemCodes, "itemCodes", 50).map((c) => c.trim()).filter(Boolean))];
    return toTask(await createTask(ctx, {
      ...input,
      uscc: await realCode(ctx.db, targetKey(input.uscc)),
      inspectors: [...listArg(input.inspectors, "inspectors", 10)],
      itemCodes,
      note: textArg(input.note, "note", { max: 2000 }),
    }));
  }
}

export const taskResolvers = [TaskQueryResolver, TaskResolver, TaskMutationResolver] as const;
