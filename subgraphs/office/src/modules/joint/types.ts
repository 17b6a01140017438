/** GraphQL types of joint inspections (联合抽查). */
import { CheckAnswerInput, CheckPointAnswer, Evidence, EvidenceInput } from "@hub/kit";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType()
export class JointParticipant {
  @Field(() => String) department!: string;
  @Field(() => String, { description: "PENDING, ACCEPTED or DECLINED" }) response!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) respondedBy!: string | null;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => [String], { description: "Certificate numbers this department supplies" }) inspectors!: string[];
  @Field(() => String, { nullable: true, description: "Seed of the department's drawJointTeam that drew them" }) teamSeed!: string | null;
  @Field(() => Int, { description: "How many times the department drew a team for this joint inspection (more than one: a re-draw)" }) teamDraws!: number;
  @Field(() => [String], { description: "The reason the department gave for each re-draw, oldest first" }) teamRedrawReasons!: string[];
}

@ObjectType()
export class JointTransition {
  @Field(() => String, { nullable: true }) fromStatus!: string | null;
  @Field(() => String) toStatus!: string;
  @Field(() => String) bySubject!: string;
  @Field(() => String, { nullable: true }) byDepartment!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) at!: Date;
}

@ObjectType()
export class Signature {
  @Field(() => String) name!: string;
  @Field(() => String) certificateNumber!: string;
}

@ObjectType({ description: "One copy of a 双随机抽查记录表, for one department, with that department's result" })
export class JointRecord {
  @Field(() => ID, { description: "The joint inspection" }) jointId!: number;
  @Field(() => String) uscc!: string;
  @Field(() => String) department!: string;
  @Field(() => [Signature]) signatures!: Signature[];
  @Field(() => String, { description: "The shared findings of the visit" }) findings!: string;
  @Field(() => String, { nullable: true, description: "This department's result category" }) categoryCode!: string | null;
  @Field(() => String, { nullable: true }) categoryName!: string | null;
  @Field(() => String, { nullable: true, description: "This department's own findings, if any" }) departmentFindings!: string | null;
  @Field(() => [Evidence], { description: "References to this department's evidence of the result (the files stay with the department)" }) evidence!: Evidence[];
  @Field(() => [CheckPointAnswer], { description: "检查表: this department's answers per check point, with the form version answered" }) checkAnswers!: CheckPointAnswer[];
  @Field(() => Date) recordedAt!: Date;
  @Field(() => Int, { nullable: true, description: "The department's task this result became the result of, once delivered" }) departmentTaskId!: number | null;
  @Field(() => Date, { nullable: true, description: "When the department took the result (null: not yet)" }) deliveredAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Why the last delivery failed; it is tried again after the next sync" }) deliveryError!: string | null;
  @Field(() => String, { description: "Pass as `after` for the records after this one" }) cursor!: string;
}

@InputType({ description: "One department's result on the shared record; without uscc, for every target not named otherwise" })
export class JointResultInput {
  @Field(() => String) department!: string;
  @Field(() => String, { nullable: true }) uscc?: string;
  @Field(() => String, { description: "A result category code (resultCategories)" }) categoryCode!: string;
  @Field(() => String, { nullable: true }) findings?: string;
  @Field(() => [EvidenceInput], { defaultValue: [], description: "References to the evidence of this result, by id and the file's SHA-256; the department keeps the files" }) evidence!: EvidenceInput[];
  @Field(() => [CheckAnswerInput], { defaultValue: [], description: "检查表: answers to the department's check forms (any item of its list; each form answered whole), checked against its current forms when the record is signed" })
  checkAnswers!: CheckAnswerInput[];
}

@ObjectType({ description: "联合抽查: a joint inspection — lead department, responders, targets, one window" })
export class JointInspection {
  @Field(() => ID) id!: number;
  @Field(() => String) lead!: string;
  @Field(() => [String]) departments!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => String, { nullable: true }) scheduledDate!: string | null;
  @Field(() => String) status!: string;
  @Field(() => String) planText!: string;
  @Field(() => String, { nullable: true, description: "The office proposal it was launched from (launchJointInspection)" }) proposalKey!: string | null;
  @Field(() => ID, { nullable: true, description: "The entry of the annual joint plan (年度联合抽查计划) it carries out" }) planEntryId!: number | null;
  @Field(() => String) createdBy!: string;
}

@InputType()
export class JointInspectionInput {
  @Field(() => String, { description: "Lead department (牵头部门); an officer may only lead for their own" }) lead!: string;
  @Field(() => [String], { description: "Responding departments (响应部门)" }) departments!: string[];
  @Field(() => [String]) usccs!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => String) planText!: string;
  @Field(() => ID, { nullable: true, description: "The accepted entry of the year's joint plan it carries out" }) planEntryId?: string | null;
}

@InputType()
export class SignatureInput {
  @Field(() => String) name!: string;
  @Field(() => String) certificateNumber!: string;
}
