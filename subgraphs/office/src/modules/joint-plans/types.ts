/** GraphQL types of the annual joint plan (年度联合抽查计划) and the joint item list (跨部门联合抽查事项清单). */
import { JointPlanEntryStatus } from "@hub/schema";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

registerEnumType(JointPlanEntryStatus, { name: "JointPlanEntryStatus", description: "SUBMITTED 已报送, ACCEPTED 已采纳, RETURNED 已退回" });

@ObjectType()
export class JointItemDepartment {
  @Field(() => String) department!: string;
  @Field(() => [String], { description: "The department's own inspection items for it" }) itemCodes!: string[];
}

@ObjectType({ description: "跨部门联合抽查事项 (一业一查): what departments inspect together, with the lead" })
export class JointItem {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "牵头部门" }) lead!: string;
  @Field(() => [String], { description: "Every department of the item, the lead first" }) departments!: string[];
  @Field(() => [JointItemDepartment]) departmentItems!: JointItemDepartment[];
  @Field(() => String, { description: "适用范围" }) scope!: string;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: "An entry of a year's joint plan (年度联合抽查计划): partners, items, time and scope" })
export class JointPlanEntry {
  @Field(() => ID) id!: number;
  @Field(() => Int) year!: number;
  @Field(() => String, { description: "牵头部门, who submits it" }) lead!: string;
  @Field(() => [String], { description: "Every department of the entry, the lead first" }) departments!: string[];
  @Field(() => String, { nullable: true, description: "The joint item (跨部门联合抽查事项) it carries out" }) jointItemCode!: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "抽查事项" }) items!: string;
  @Field(() => String, { description: "抽查范围" }) scope!: string;
  @Field(() => String) periodStart!: string;
  @Field(() => String) periodEnd!: string;
  @Field(() => Int, { nullable: true, description: "计划抽查户数" }) plannedTargets!: number | null;
  @Field(() => JointPlanEntryStatus) status!: JointPlanEntryStatus;
  @Field(() => String, { nullable: true, description: "Not shown to the public" }) submittedBy!: string | null;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => Boolean, { description: "Submitted after the year's due day" }) submittedLate!: boolean;
  @Field(() => String, { nullable: true, description: "The office's reason for a return; not shown to the public" }) reviewNote!: string | null;
  @Field(() => String, { nullable: true }) reviewedBy!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => Int, { description: "Joint inspections that name this entry" }) jointInspections!: number;
  @Field(() => Boolean, { description: "Carried out: at least one of them recorded or closed" }) carriedOut!: boolean;
}

@ObjectType({ description: "A year's joint plan as the office published it (年度联合抽查计划): its accepted entries" })
export class JointPlan {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: "Publishing again (after further entries were accepted) adds a version" }) version!: number;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => String, { description: "The day entries were due" }) dueDate!: string;
  @Field(() => [JointPlanEntry]) entries!: JointPlanEntry[];
}

@ObjectType()
export class JointPlanPublication {
  @Field(() => Int) year!: number;
  @Field(() => Int) version!: number;
  @Field(() => [ID]) entryIds!: number[];
  @Field(() => Date) publishedAt!: Date;
}

@InputType()
export class JointPlanEntryInput {
  @Field(() => Int) year!: number;
  @Field(() => String, { description: "The lead department: your own" }) lead!: string;
  @Field(() => [String], { description: "配合部门: one to four other departments" }) partners!: string[];
  @Field(() => String, { nullable: true }) jointItemCode?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "抽查事项: each department's items inspected" }) items!: string;
  @Field(() => String, { description: "抽查范围: the targets in scope" }) scope!: string;
  @Field(() => String, { description: "YYYY-MM-DD, within the year" }) periodStart!: string;
  @Field(() => String) periodEnd!: string;
  @Field(() => Int, { nullable: true }) plannedTargets?: number | null;
}

@InputType()
export class JointItemDepartmentInput {
  @Field(() => String) department!: string;
  @Field(() => [String]) itemCodes!: string[];
}

@InputType()
export class JointItemInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) lead!: string;
  @Field(() => [JointItemDepartmentInput], { description: "Every department, the lead included, with its own item codes" }) departmentItems!: JointItemDepartmentInput[];
  @Field(() => String, { defaultValue: "" }) scope!: string;
}
