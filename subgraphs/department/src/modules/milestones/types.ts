/** GraphQL types of the year's milestones (工作节点). */
import { MilestoneKind } from "@hub/schema";
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { MilestoneState } from "./rules.js";

registerEnumType(MilestoneKind, {
  name: "MilestoneKind",
  description: "工作节点: PLAN_PUBLISHED 年度抽查计划公示, DRAWS_DONE 计划任务抽取完成, INSPECTIONS_DONE 抽查检查完成, RESULTS_PUBLISHED 抽查结果公示完成, MONTHLY_TASKS 当月任务完成, HALF_YEAR_REPORT 半年情况报送, ANNUAL_REPORT 全年情况报送",
});
registerEnumType(MilestoneState, { name: "MilestoneState", description: "MET 按时完成, MET_LATE 逾期完成, OPEN 未到期, DUE_SOON 即将到期, OVERDUE 已逾期" });

@Directive("@shareable")
@ObjectType({ description: "工作节点: a day of the year by which the department must have done something, and where it stands" })
export class Milestone {
  @Field(() => MilestoneKind) kind!: MilestoneKind;
  @Field(() => String, { description: "Its name as the work plans say it" }) name!: string;
  @Field(() => Int, { nullable: true, description: "For MONTHLY_TASKS: the month (1–12) whose drawn tasks are due" }) month!: number | null;
  @Field(() => String, { description: "The day it is due (YYYY-MM-DD)" }) dueDate!: string;
  @Field(() => MilestoneState) state!: MilestoneState;
  @Field(() => String, { nullable: true, description: "The day it was met: the first plan published, the last plan drawn, the last task inspected or published, the report sent" }) metOn!: string | null;
  @Field(() => Int, { nullable: true, description: "How many are done: plans published, plans drawn, drawn tasks inspected or published" }) done!: number | null;
  @Field(() => Int, { nullable: true, description: "Of how many" }) total!: number | null;
  @Field(() => String, { nullable: true, description: "Who marked the report sent" }) reportedBy!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}
