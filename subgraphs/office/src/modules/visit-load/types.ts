/** GraphQL types of visit load (多头检查、重复检查): visits to one target across departments, against the office's limits. */
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One visit to a target: a department's inspection, on a day or due within its window, or a joint inspection of several departments" })
export class TargetVisit {
  @Field(() => [String], { description: "The departments that knock on the door" }) departments!: string[];
  @Field(() => String, { description: "The day of the visit, or the first day of the window it is due in" }) from!: string;
  @Field(() => String, { description: "The day of the visit, or the last day of its window" }) to!: string;
  @Field(() => Boolean, { description: "Done or scheduled on a day; false: due some day of its window" }) onDay!: boolean;
  @Field(() => ID, { nullable: true, description: "The joint inspection that is this visit" }) jointInspectionId!: number | null;
  @Field(() => Boolean, { description: "The visit being checked (not yet in the hub)" }) proposed!: boolean;
}

@ObjectType({ description: "A visit limit some days exceed: more visits sure to fall in them than the limit allows" })
export class VisitExcess {
  @Field(() => Int, { description: "The limit's run of consecutive days" }) days!: number;
  @Field(() => Int, { description: "The most visits the limit allows in those days" }) maxVisits!: number;
  @Field(() => String, { description: "The fullest such run of days: its first day" }) periodStart!: string;
  @Field(() => String) periodEnd!: string;
  @Field(() => [TargetVisit], { description: "The visits in it, earliest first" }) visits!: TargetVisit[];
}

@ObjectType({ description: "多头检查: a target visited more often than the office's limits allow, and by whom" })
export class TargetVisitLoad {
  @Field(() => String) uscc!: string;
  @Field(() => String, { nullable: true, description: "Its name in the departments' directories" }) name!: string | null;
  @Field(() => [VisitExcess]) excesses!: VisitExcess[];
}

@ObjectType()
export class VisitLimitCount {
  @Field(() => Int) days!: number;
  @Field(() => Int) maxVisits!: number;
  @Field(() => Int, { description: "Targets visited more often than this limit allows in some run of days of the year" }) targets!: number;
}

@ObjectType()
export class DepartmentVisitLoad {
  @Field(() => String) department!: string;
  @Field(() => Int, { description: "Targets visited too often where one of the visits is this department's" }) targets!: number;
}

@ObjectType({ description: "多头检查 in a year: targets visited more often than the office's limits allow, as the office's index knows the visits" })
export class VisitLoadStatistics {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: "Targets over at least one limit" }) targets!: number;
  @Field(() => [VisitLimitCount]) limits!: VisitLimitCount[];
  @Field(() => [DepartmentVisitLoad], { description: "Every configured department, in configuration order" }) byDepartment!: DepartmentVisitLoad[];
  @Field(() => [TargetVisitLoad], { description: "The targets with the fullest periods first (at most `first`)" }) worst!: TargetVisitLoad[];
}
