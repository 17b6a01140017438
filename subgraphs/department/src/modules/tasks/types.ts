/** GraphQL types of inspection tasks (检查任务); identical in every department. */
import { TaskSource, TaskStatus } from "@hub/schema";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../shared/types.js";

registerEnumType(TaskSource, { name: "TaskSource", description: "Where an inspection task came from" });
registerEnumType(TaskStatus, { name: "TaskStatus" });

@Directive("@shareable")
@ObjectType({ description: "检查任务: one target, the items, the team and the due window" })
export class Task {
  @Field(() => ID) id!: number;
  @Field(() => TaskSource) source!: TaskSource;
  @Field(() => ID, { nullable: true }) drawId!: number | null;
  @Field(() => String) uscc!: string;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => [String], { description: "Certificate numbers of the team" }) inspectors!: string[];
  @Field(() => String) dueStart!: string;
  @Field(() => String) dueEnd!: string;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true, description: "Round 4: the visit this task was merged into, if any" }) visitId!: number | null;
  @Field(() => String, { nullable: true, description: "上级下发: the higher platform that handed it down" }) origin!: string | null;
  @Field(() => String, { nullable: true, description: "The higher platform's own reference for it" }) originReference!: string | null;
}

@Directive("@shareable")
@ObjectType()
export class TaskEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Task) node!: Task;
}

@Directive("@shareable")
@ObjectType({ description: "Inspection tasks in id order, paged to the end with `after`" })
export class TaskConnection {
  @Field(() => [TaskEdge]) edges!: TaskEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@InputType({ description: "上级下发: one task a higher platform hands down" })
export class TaskFromAboveInput {
  @Field(() => String, { description: "The higher platform's reference for the task: the same reference twice is the same task" }) reference!: string;
  @Field(() => String) uscc!: string;
  @Field(() => [String], { defaultValue: [] }) itemCodes!: string[];
  @Field(() => String, { description: "From when it may be inspected (YYYY-MM-DD)" }) dueStart!: string;
  @Field(() => String, { description: "The higher platform's deadline (YYYY-MM-DD)" }) dueEnd!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: "A task that did not come from a draw" })
export class TaskInput {
  @Field(() => TaskSource) source!: TaskSource;
  @Field(() => String) uscc!: string;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => [String], { description: "Certificate numbers, at least two" }) inspectors!: string[];
  @Field(() => String) dueStart!: string;
  @Field(() => String) dueEnd!: string;
  @Field(() => String, { nullable: true }) note?: string;
}
