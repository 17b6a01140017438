/** GraphQL types of the office's statistics. */
import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType()
export class CategoryCount {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "One department's results in a period (tasks belong to the period their window ends in)" })
export class ResultStatistics {
  @Field(() => String) department!: string;
  @Field(() => String, { description: "2026, 2026-H1 or 2026-H2" }) period!: string;
  @Field(() => Int) tasks!: number;
  @Field(() => Int, { description: "Tasks drawn from the annual plan" }) plannedTasks!: number;
  @Field(() => Int, { description: "Drawn tasks whose result is published (not published = not done)" }) plannedTasksPublished!: number;
  @Field(() => Float, { description: "plannedTasksPublished / plannedTasks" }) planCompletion!: number;
  @Field(() => Int) resultsRecorded!: number;
  @Field(() => Int) publishedOnTime!: number;
  @Field(() => Int) publishedLate!: number;
  @Field(() => Int, { description: "Not published and past the publication deadline" }) overdue!: number;
  @Field(() => Int) problemsFound!: number;
  @Field(() => Float, { description: "问题发现率: problemsFound / resultsRecorded" }) problemDetectionRate!: number;
  @Field(() => [CategoryCount]) byCategory!: CategoryCount[];
  @Field(() => Int, { description: "Targets visited in its joint inspections carried out in the period" }) jointVisits!: number;
  @Field(() => Float, { description: "jointVisits / tasks: the joint share, as jointStatistics compares it with the department's goal" }) jointShare!: number;
  @Field(() => Date, { nullable: true, description: "The office's copy of the department is as of this sync" }) asOf!: Date | null;
  @Field(() => Boolean, { description: "The copy is stale (see syncStatus): figures may lag the department" }) stale!: boolean;
}

@ObjectType({ description: "A department's joint inspections in a year, counting only those carried out (recorded or closed), against its configured goal" })
export class JointStatistics {
  @Field(() => String) department!: string;
  @Field(() => Int, { description: "Joint inspections it led that were carried out" }) led!: number;
  @Field(() => Int, { description: "Joint inspections it joined as a responding department that were carried out" }) joined!: number;
  @Field(() => Int, { description: "Joint inspections it leads or joined that are not carried out yet (proposed, consulted, scheduled, in progress)" }) pending!: number;
  @Field(() => Int, { description: "Target visits made jointly: targets of its joint inspections carried out" }) jointVisits!: number;
  @Field(() => Int, { description: "Its inspection tasks whose window ends in the year (office index): the denominator of the joint share" }) inspections!: number;
  @Field(() => Int, { description: "Of them, drawn from its annual plans (双随机抽查任务总量): what the goal's tier depends on" }) plannedTasks!: number;
  @Field(() => Float, { description: "jointVisits / inspections" }) jointShare!: number;
  @Field(() => Float, { description: "The joint share its goal asks for, by the tier its drawn tasks fall in" }) jointGoal!: number;
  @Field(() => Boolean, { description: "Joint share at least the goal's, and at least as many joint visits as the goal's minimum" }) meetsJointGoal!: boolean;
  @Field(() => Boolean, { deprecationReason: "Goals are configured per department: use meetsJointGoal", description: "Joint share of at least 10%" }) meetsTenPercentGoal!: boolean;
  @Field(() => Boolean, { description: "Led at least one joint inspection that was carried out" }) ledAtLeastOne!: boolean;
  @Field(() => Int, { description: "Accepted entries of the year's joint plan (年度联合抽查计划) it takes part in" }) planEntries!: number;
  @Field(() => Int, { description: "Of them, carried out (a joint inspection naming the entry recorded or closed)" }) planEntriesCarriedOut!: number;
}
