/** GraphQL types of the item list (随机抽查事项清单) and annual plans (年度抽查计划); identical in every department. */
import { InspectionMethod, PlanStatus, RiskLevel, TargetKind } from "@hub/schema";
import { GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

registerEnumType(InspectionMethod, { name: "InspectionMethod", description: "检查方式" });
registerEnumType(PlanStatus, { name: "PlanStatus" });

/** 随机抽查事项 — one entry of the inspection item list. */
@Directive("@shareable")
@ObjectType({ description: "随机抽查事项: an entry of the department's inspection item list" })
export class InspectionItem {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "抽查依据" }) legalBasis!: string;
  @Field(() => TargetKind) targetKind!: TargetKind;
  @Field(() => InspectionMethod) method!: InspectionMethod;
  @Field(() => Float, { description: "Default sampling ratio, 0–1" }) defaultRatio!: number;
  @Field(() => Int, { description: "Times per year a target may be inspected for this item" }) frequency!: number;
  @Field(() => Boolean, { description: "Key area (重点领域): sampled at 100%" }) keyArea!: boolean;
  @Field(() => [String], { description: "Inspector expertise this item needs" }) expertise!: string[];
  @Field(() => [String], { description: "Industry code prefixes (GB/T 4754) it applies to; empty = all" }) industries!: string[];
  @Field(() => [String], { description: "Region code prefixes (GB/T 2260) it applies to; empty = all" }) regions!: string[];
  @Field(() => [String], { description: "Applies to targets with any of these tags; empty = all" }) tags!: string[];
}

@Directive("@shareable")
@ObjectType({ description: "A recorded change to a published plan" })
export class PlanAdjustment {
  @Field(() => ID) id!: number;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLJSONObject) before!: Record<string, unknown>;
  @Field(() => GraphQLJSONObject) after!: Record<string, unknown>;
  @Field(() => String) adjustedBy!: string;
  @Field(() => Date) adjustedAt!: Date;
}

@Directive("@shareable")
@ObjectType({ description: "Sampling ratio for one credit class" })
export class CreditClassRatio {
  @Field(() => String) creditClass!: string;
  @Field(() => Float, { description: "0–1; 0 means event-triggered only" }) ratio!: number;
}

@Directive("@shareable")
@ObjectType({ description: "Sampling ratio for one (risk level, credit class) cell, in place of the credit class's ratio there (分级分类抽查)" })
export class CellRatio {
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => String) creditClass!: string;
  @Field(() => Float, { description: "0–1; 0 means event-triggered only" }) ratio!: number;
}

/** 年度抽查计划 */
@Directive("@shareable")
@ObjectType({ description: "年度抽查计划: an annual sampling plan" })
export class Plan {
  @Field(() => ID) id!: number;
  @Field(() => Int) year!: number;
  @Field(() => String) name!: string;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => String, { description: "ISO date" }) periodStart!: string;
  @Field(() => String, { description: "ISO date" }) periodEnd!: string;
  @Field(() => [CreditClassRatio]) ratios!: CreditClassRatio[];
  @Field(() => [CellRatio], { description: "Ratios set per (risk level, credit class) cell; every other cell takes its credit class's ratio" })
  cellRatios!: CellRatio[];
  @Field(() => Int) frequency!: number;
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field(() => [PlanAdjustment]) adjustments!: PlanAdjustment[];
}

@InputType()
export class InspectionItemInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) legalBasis!: string;
  @Field(() => TargetKind) targetKind!: TargetKind;
  @Field(() => InspectionMethod) method!: InspectionMethod;
  @Field(() => Float) defaultRatio!: number;
  @Field(() => Int, { defaultValue: 1 }) frequency!: number;
  @Field(() => Boolean, { defaultValue: false }) keyArea!: boolean;
  @Field(() => [String], { defaultValue: [] }) expertise!: string[];
  @Field(() => [String], { defaultValue: [] }) industries!: string[];
  @Field(() => [String], { defaultValue: [] }) regions!: string[];
  @Field(() => [String], { defaultValue: [] }) tags!: string[];
}

@InputType()
export class CreditClassRatioInput {
  @Field(() => String) creditClass!: string;
  @Field(() => Float) ratio!: number;
}

@InputType()
export class CellRatioInput {
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => String) creditClass!: string;
  @Field(() => Float) ratio!: number;
}

@InputType()
export class PlanInput {
  @Field(() => Int) year!: number;
  @Field(() => String) name!: string;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => String, { description: "ISO date YYYY-MM-DD" }) periodStart!: string;
  @Field(() => String, { description: "ISO date YYYY-MM-DD" }) periodEnd!: string;
  @Field(() => [CreditClassRatioInput]) ratios!: CreditClassRatioInput[];
  @Field(() => [CellRatioInput], { defaultValue: [], description: "Optional ratios for single (risk level, credit class) cells, e.g. high-risk class D" })
  cellRatios!: CellRatioInput[];
  @Field(() => Int, { defaultValue: 1 }) frequency!: number;
}
