/** GraphQL types of results (检查结果), follow-up (后续处置), alerts, publication (公示) and its push (推送); identical in every department. */
import { CheckAnswer, FollowUpKind, FollowUpState } from "@hub/schema";
import { CheckAnswerInput, CheckPointAnswer, Evidence, EvidenceInput } from "@hub/kit";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { AlertKind } from "./alerts.js";

registerEnumType(FollowUpKind, {
  name: "FollowUpKind",
  description: "RECTIFICATION_ORDER 责令改正, REINSPECTION 复查, TRANSFER 移交, JUDICIAL_REFERRAL 移送司法, CLOSE 结案",
});
registerEnumType(FollowUpState, { name: "FollowUpState", description: "Where a result's follow-up stands (后续处置)" });
registerEnumType(AlertKind, { name: "AlertKind" });

@Directive("@shareable")
@ObjectType()
export class Signer {
  @Field(() => String) name!: string;
  @Field(() => String) certificateNumber!: string;
}


@Directive("@shareable")
@ObjectType({ description: "联合抽查: the joint inspection a result was recorded in, its lead department and every department that took part" })
export class JointOrigin {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "牵头部门" }) lead!: string;
  @Field(() => [String], { description: "Every department that took part, the lead among them" }) departments!: string[];
}

@Directive("@shareable")
@ObjectType({ description: "检查结果: one of the nine result categories, the findings, who signed, the evidence" })
export class TaskResult {
  @Field(() => ID) taskId!: number;
  @Field(() => String) categoryCode!: string;
  @Field(() => String) categoryName!: string;
  @Field(() => String) findings!: string;
  @Field(() => String) inspectionDate!: string;
  @Field(() => [Signer]) signers!: Signer[];
  @Field(() => [Evidence]) evidence!: Evidence[];
  @Field(() => String, { description: "Last day to enter the result, in working days after the inspection" }) entryDue!: string;
  @Field(() => Boolean, { description: "The due date reaches past the published holiday calendar" }) entryDueProvisional!: boolean;
  @Field(() => Boolean) enteredLate!: boolean;
  @Field(() => String) recordedBy!: string;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Publication deadline: working days after the inspection, never past the year's cut-off" }) publicationDue!: string | null;
  @Field(() => Boolean, { nullable: true }) publishedLate!: boolean | null;
  @Field(() => JointOrigin, { nullable: true, description: "Set when the result was recorded in a joint inspection (联合抽查) and delivered by the office" }) jointInspection!: JointOrigin | null;
  @Field(() => [CheckPointAnswer], { description: "检查表: the answers per check point, with the form version answered" }) checkAnswers!: CheckPointAnswer[];
}

@InputType()
export class SignerInput {
  @Field(() => String) name!: string;
  @Field(() => String) certificateNumber!: string;
}


@InputType()
export class ResultInput {
  @Field(() => String, { description: "One of the result category codes (resultCategories)" }) categoryCode!: string;
  @Field(() => String) findings!: string;
  @Field(() => String, { description: "YYYY-MM-DD" }) inspectionDate!: string;
  @Field(() => [SignerInput], { description: "At least two inspectors of the task's team" }) signers!: SignerInput[];
  @Field(() => [EvidenceInput], { defaultValue: [] }) evidence!: EvidenceInput[];
  @Field(() => [CheckAnswerInput], { defaultValue: [], description: "检查表: the answer per check point of the task's items' current forms; a form is answered whole or not at all" })
  checkAnswers!: CheckAnswerInput[];
}

export { ResultCategoryInfo } from "@hub/kit";

@Directive("@shareable")
@ObjectType({ description: "一公开: a published inspection result, as the public sees it (personal data masked)" })
export class PublishedResult {
  @Field(() => String) uscc!: string;
  @Field(() => String) targetName!: string;
  @Field(() => String) department!: string;
  @Field(() => String) categoryCode!: string;
  @Field(() => String) categoryName!: string;
  @Field(() => String) inspectionDate!: string;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => String, { description: "公示日期: the China date it was published" }) publishedOn!: string;
  @Field(() => String, { description: "公示期: the last working day of the public notice period" }) noticeEndsOn!: string;
  @Field(() => Boolean) inNoticePeriod!: boolean;
  @Field(() => JointOrigin, { nullable: true, description: "联合抽查: the joint inspection the result was recorded in" }) jointInspection!: JointOrigin | null;
}

@Directive("@shareable")
@ObjectType({ description: "A page of published results, newest first" })
export class PublishedResultPage {
  @Field(() => [PublishedResult]) results!: PublishedResult[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page" }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

@Directive("@shareable")
@ObjectType({ description: "后续处置: one follow-up step of a result" })
export class FollowUp {
  @Field(() => FollowUpKind) kind!: FollowUpKind;
  @Field(() => String, { nullable: true, description: "文书编号" }) documentNumber!: string | null;
  @Field(() => String, { description: "When it happened, YYYY-MM-DD" }) date!: string;
  @Field(() => String, { nullable: true, description: "Rectification orders: the last day to rectify" }) deadline!: string | null;
  @Field(() => Boolean, { nullable: true, description: "Re-inspections: rectified or not" }) rectified!: boolean | null;
  @Field(() => String, { nullable: true, description: "Transfers and judicial referrals: who received the case" }) receivingParty!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String) recordedBy!: string;
  @Field(() => Date) recordedAt!: Date;
}

@InputType()
export class FollowUpInput {
  @Field(() => FollowUpKind) kind!: FollowUpKind;
  @Field(() => String, { description: "YYYY-MM-DD" }) date!: string;
  @Field(() => String, { nullable: true }) documentNumber?: string;
  @Field(() => String, { nullable: true, description: "Rectification orders: the last day to rectify" }) deadline?: string;
  @Field(() => Boolean, { nullable: true, description: "Re-inspections: rectified or not" }) rectified?: boolean;
  @Field(() => String, { nullable: true, description: "Transfers and judicial referrals" }) receivingParty?: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@Directive("@shareable")
@ObjectType({ description: "One inspection of a target by one department, as other departments and the office see it (no inspector details)" })
export class InspectionRecord {
  @Field(() => ID) taskId!: number;
  @Field(() => String) department!: string;
  @Field(() => String) source!: string;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => String) dueStart!: string;
  @Field(() => String) dueEnd!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) inspectionDate!: string | null;
  @Field(() => String, { nullable: true }) categoryCode!: string | null;
  @Field(() => String, { nullable: true }) categoryName!: string | null;
  @Field(() => String, { nullable: true }) findings!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => FollowUpState, { nullable: true, description: "Null until a result is recorded" }) followUpState!: FollowUpState | null;
  @Field(() => [FollowUp]) followUps!: FollowUp[];
  @Field(() => JointOrigin, { nullable: true, description: "联合抽查: the joint inspection the result was recorded in" }) jointInspection!: JointOrigin | null;
}

@InputType({ description: "One target's result for this department on a joint inspection's record" })
export class JointTargetResultInput {
  @Field(() => String, { description: "The target as the office knows it (USCC, or an individual business's pseudonym)" }) uscc!: string;
  @Field(() => String) categoryCode!: string;
  @Field(() => String) findings!: string;
  @Field(() => [SignerInput], { description: "This department's inspectors who signed the record" }) signers!: SignerInput[];
  @Field(() => [EvidenceInput], { defaultValue: [] }) evidence!: EvidenceInput[];
  @Field(() => [DeliveredCheckAnswerInput], { defaultValue: [], description: "检查表: this department's answers, checked against its forms when the record was signed" }) checkAnswers!: DeliveredCheckAnswerInput[];
}

@InputType({ description: "An answer to a point of a named version of this department's check form" })
export class DeliveredCheckAnswerInput {
  @Field(() => String) itemCode!: string;
  @Field(() => Int) formVersion!: number;
  @Field(() => Int) number!: number;
  @Field(() => CheckAnswer) answer!: CheckAnswer;
  @Field(() => String, { defaultValue: "" }) note!: string;
}

@InputType({ description: "A joint inspection's results for this department, delivered by the office once its record is signed" })
export class JointResultDeliveryInput {
  @Field(() => ID) jointInspectionId!: string;
  @Field(() => String) lead!: string;
  @Field(() => [String], { description: "Every department that took part, the lead among them" }) departments!: string[];
  @Field(() => String, { description: "The day of the visit, YYYY-MM-DD" }) inspectionDate!: string;
  @Field(() => String, { description: "Who signed the record in at the office" }) recordedBy!: string;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => [String], { defaultValue: [], description: "This department's own inspection items for the joint inspection (from the joint item list), given to a new JOINT task" })
  itemCodes!: string[];
  @Field(() => [JointTargetResultInput]) results!: JointTargetResultInput[];
}

@Directive("@shareable")
@ObjectType({ description: "Where a delivered joint result landed: the department's task for the target" })
export class JointResultReceipt {
  @Field(() => String) uscc!: string;
  @Field(() => ID) taskId!: number;
}

@Directive("@shareable")
@ObjectType({ description: "A deadline that needs attention" })
export class ResultAlert {
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => ID) taskId!: number;
  @Field(() => String) uscc!: string;
  @Field(() => String, { description: "The deadline concerned" }) due!: string;
  @Field(() => Boolean, { description: "The deadline reaches past the published holiday calendar" }) provisional!: boolean;
}

@Directive("@shareable")
@ObjectType({ description: "推送: deliveries of published results to one receiver" })
export class ReceiverStatus {
  @Field(() => String) receiver!: string;
  @Field(() => Int) delivered!: number;
  @Field(() => Int, { description: "Waiting for delivery or for the next retry" }) pending!: number;
  @Field(() => Int, { description: "Attempts that failed so far, over all messages" }) failedAttempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true, description: "When the oldest pending message was written" }) oldestPendingSince!: Date | null;
  @Field(() => Int, { description: "Working days within which a message is due at the receiver" }) deadlineWorkingDays!: number;
  @Field(() => Int, { description: "Pending messages older than that: the backlog past its deadline" }) overdue!: number;
}

@Directive("@shareable")
@ObjectType({ description: "A deadline on the working-day calendar" })
export class Deadline {
  @Field(() => String) date!: string;
  @Field(() => Boolean, { description: "Some day counted lies in a year without a published holiday notice yet" }) provisional!: boolean;
  @Field(() => String, { nullable: true }) reason!: string | null;
}
