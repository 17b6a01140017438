/** GraphQL types of the to-do list (待办): what needs the signed-in person now. */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum TodoKind {
  /** 联合抽查建议: a round-2 proposal naming your department, not yet launched. */
  JOINT_PROPOSAL = "JOINT_PROPOSAL",
  /** 书面答复: a joint inspection waits for your department's answer. */
  ANSWER_JOINT_INSPECTION = "ANSWER_JOINT_INSPECTION",
  /** 派员: your department accepted, or leads, and has not supplied its team. */
  SUPPLY_JOINT_TEAM = "SUPPLY_JOINT_TEAM",
  /** 排期: you lead, every department has answered; the day is yours to set. */
  SCHEDULE_JOINT_INSPECTION = "SCHEDULE_JOINT_INSPECTION",
  /** 实施: you lead, and its day has come. */
  START_JOINT_INSPECTION = "START_JOINT_INSPECTION",
  /** 记录: you lead, the visit is under way; the record waits. */
  RECORD_JOINT_INSPECTION = "RECORD_JOINT_INSPECTION",
  /** 办结: you lead, the record is in. */
  CLOSE_JOINT_INSPECTION = "CLOSE_JOINT_INSPECTION",
  /** 修改计划: an entry of the joint plan you submitted came back. */
  AMEND_JOINT_PLAN_ENTRY = "AMEND_JOINT_PLAN_ENTRY",
  /** 录入结果: your tasks whose window has ended without a result. */
  ENTER_RESULTS = "ENTER_RESULTS",
  /** The office: open round-2 proposals to launch. */
  LAUNCH_JOINT_PROPOSALS = "LAUNCH_JOINT_PROPOSALS",
  /** The office: submitted joint plan entries to review. */
  REVIEW_JOINT_PLAN_ENTRY = "REVIEW_JOINT_PLAN_ENTRY",
  /** The office: accepted entries the published joint plan does not hold yet. */
  PUBLISH_JOINT_PLAN = "PUBLISH_JOINT_PLAN",
  /** The office: joint records a department has not taken (its delivery failed). */
  DELIVER_JOINT_RESULTS = "DELIVER_JOINT_RESULTS",
  /** The office: a department whose copy is stale (its sync failed or is late). */
  SYNC_STALE = "SYNC_STALE",
}

registerEnumType(TodoKind, { name: "TodoKind", description: "待办事项的种类" });

@ObjectType({ description: "待办: one thing that needs you, with what to open and by when" })
export class TodoItem {
  @Field(() => TodoKind) kind!: TodoKind;
  @Field(() => String, { nullable: true, description: "By when (YYYY-MM-DD), if it has a day: a proposal's or joint inspection's last day, an answer's or team's first day, a joint plan's due day, the earliest window end of tasks without a result" }) dueDate!: string | null;
  @Field(() => Boolean, { description: "Its day has passed" }) overdue!: boolean;
  @Field(() => Int, { description: "How many it covers (targets of a proposal, tasks, records, entries)" }) count!: number;
  @Field(() => ID, { nullable: true }) jointInspectionId!: number | null;
  @Field(() => ID, { nullable: true }) planEntryId!: number | null;
  @Field(() => String, { nullable: true }) proposalKey!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true, description: "The department it concerns (for the office's items)" }) department!: string | null;
  @Field(() => [Int], { description: "ENTER_RESULTS: the first tasks, earliest first" }) taskIds!: number[];
  @Field(() => String, { nullable: true, description: "A short name: the plan entry's, or the last delivery error" }) detail!: string | null;
}
