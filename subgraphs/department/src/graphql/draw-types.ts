/** GraphQL types of draws (抽取) and inspection tasks (检查任务); identical in every department. */
import { GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "./types.js";

export enum TaskSource {
  DRAW = "DRAW",
  /** 投诉举报 */
  COMPLAINT = "COMPLAINT",
  /** 转办交办 */
  REFERRAL = "REFERRAL",
  /** 检测监测 */
  MONITORING = "MONITORING",
}
registerEnumType(TaskSource, { name: "TaskSource", description: "Where an inspection task came from" });

export enum TaskStatus {
  DRAWN = "DRAWN",
  ASSIGNED = "ASSIGNED",
  INSPECTING = "INSPECTING",
  DONE = "DONE",
}
registerEnumType(TaskStatus, { name: "TaskStatus" });

@Directive("@shareable")
@ObjectType({ description: "A commitment to a secret, published before the draw (commit–reveal)" })
export class DrawCommitment {
  @Field(() => ID) id!: number;
  @Field(() => Int) planId!: number;
  @Field(() => String, { nullable: true, description: "The plan period it is for" }) periodKey!: string | null;
  @Field(() => String, { description: "SHA-256 (hex) of the secret" }) commitment!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

@Directive("@shareable")
@ObjectType({ description: "监督人: a witness of the draw (notary, discipline inspection, deputy…)" })
export class Witness {
  @Field(() => String) name!: string;
  @Field(() => String) role!: string;
}

@InputType()
export class WitnessInput {
  @Field(() => String) name!: string;
  @Field(() => String) role!: string;
}

@Directive("@shareable")
@ObjectType({ description: "One stratum of a draw: who was eligible, at what ratio, how many were due and drawn" })
export class DrawStratum {
  @Field(() => Boolean, { description: "Key-area stratum, sampled at 100%" }) keyArea!: boolean;
  @Field(() => String) riskLevel!: string;
  @Field(() => String, { nullable: true }) creditClass!: string | null;
  @Field(() => Int) population!: number;
  @Field(() => Number) ratio!: number;
  @Field(() => Int, { description: "ceil(population × ratio)" }) quota!: number;
  @Field(() => Int, { description: "Less than quota only where maxTargets bound" }) drawn!: number;
}

@Directive("@shareable")
@ObjectType({ description: "抽取记录: a recorded, reproducible draw" })
export class Draw {
  @Field(() => ID) id!: number;
  @Field(() => Int, { description: "Position in the department's hash chain" }) seq!: number;
  @Field(() => Int) planId!: number;
  @Field(() => String) periodKey!: string;
  @Field(() => String) commitment!: string;
  @Field(() => String, { description: "The revealed secret" }) secret!: string;
  @Field(() => String, { description: "The public value announced before the draw" }) publicValue!: string;
  @Field(() => String) seed!: string;
  @Field(() => [Witness]) witnesses!: Witness[];
  @Field(() => GraphQLJSONObject) params!: Record<string, unknown>;
  @Field(() => String) algorithm!: string;
  @Field(() => Int) populationSize!: number;
  @Field(() => String) populationDigest!: string;
  @Field(() => [DrawStratum]) strata!: DrawStratum[];
  @Field(() => Int) taskCount!: number;
  @Field(() => String) prevHash!: string;
  @Field(() => String) hash!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

@Directive("@shareable")
@ObjectType()
export class DrawCheck {
  @Field(() => String) name!: string;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => String) detail!: string;
}

@Directive("@shareable")
@ObjectType({ description: "Whether a draw re-runs from its record to exactly the recorded result" })
export class DrawVerification {
  @Field(() => Boolean) reproduces!: boolean;
  @Field(() => [DrawCheck]) checks!: DrawCheck[];
}

@Directive("@shareable")
@ObjectType({ description: "Whether the department's chain of draw records is intact" })
export class DrawChainVerification {
  @Field(() => Boolean) intact!: boolean;
  @Field(() => Int) length!: number;
  @Field(() => Int, { nullable: true }) brokenAt!: number | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@Directive("@shareable")
@ObjectType({ description: "递补: an inspector replaced on a task, why, when and by whom" })
export class InspectorReplacement {
  @Field(() => String) leaving!: string;
  @Field(() => String) replacement!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) changedBy!: string;
  @Field(() => Date) changedAt!: Date;
}

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

@Directive("@shareable")
@ObjectType({ description: "A joint inspection team drawn by this department (drawJointTeam), with its inputs" })
export class JointTeamDraw {
  @Field(() => [String]) usccs!: string[];
  @Field(() => Int) size!: number;
  @Field(() => String) publicValue!: string;
  @Field(() => String) seed!: string;
  @Field(() => [String], { description: "Certificate numbers drawn" }) team!: string[];
  @Field(() => String, { nullable: true, description: "Why the team was drawn again (every draw after the first gives one)" }) reason!: string | null;
  @Field(() => String) drawnBy!: string;
  @Field(() => Date) drawnAt!: Date;
}

@InputType()
export class DrawInput {
  @Field(() => ID) planId!: string;
  @Field(() => String, { nullable: true, description: "Plan period, e.g. 2026-H2; the plan's year by default" }) periodKey?: string;
  @Field(() => ID, { description: "The commitment published before the draw" }) commitmentId!: string;
  @Field(() => String, { description: "The committed secret, revealed now" }) secret!: string;
  @Field(() => String, { description: "A public value announced before the draw (lottery number, witness input)" }) publicValue!: string;
  @Field(() => [WitnessInput], { defaultValue: [] }) witnesses!: WitnessInput[];
  @Field(() => Int, { defaultValue: 2, description: "Inspectors per target, at least 2" }) teamSize!: number;
  @Field(() => Int, { defaultValue: 20 }) maxTargetsPerInspector!: number;
  @Field(() => Int, { nullable: true, description: "Capacity cap on the number of targets" }) maxTargets?: number;
  @Field(() => [String], { nullable: true, description: "Tags sampled at 100% (两客一危, 重点监管对象 by default)" }) keyAreaTags?: string[];
  @Field(() => Boolean, { defaultValue: false }) deprioritizeInspectedLastYear!: boolean;
  @Field(() => String, { nullable: true }) idempotencyKey?: string;
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

@Directive("@shareable")
@ObjectType({ description: "A directory entry as the office's sync sees it (no personal data)" })
export class DirectoryEntry {
  @Field(() => String) uscc!: string;
  @Field(() => String) name!: string;
  @Field(() => String) status!: string;
}

@Directive("@shareable")
@ObjectType({ description: "Directory entries changed after a cursor, oldest change first" })
export class DirectoryChangePage {
  @Field(() => [DirectoryEntry]) entries!: DirectoryEntry[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null when the page is empty" }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

@Directive("@shareable")
@ObjectType({ description: "A changed task as the office's index keeps it: the task, its result and follow-up in plain fields (no inspector details)" })
export class TaskChange {
  @Field(() => ID) id!: number;
  @Field(() => String) uscc!: string;
  @Field(() => TaskSource) source!: TaskSource;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => Int) inspectorCount!: number;
  @Field(() => String) dueStart!: string;
  @Field(() => String) dueEnd!: string;
  @Field(() => String, { description: "Publication deadline: N working days after the inspection (before one, after the window's last day), never past the year's cut-off" }) publicationDue!: string;
  @Field(() => String, { nullable: true }) categoryCode!: string | null;
  @Field(() => String, { nullable: true }) inspectionDate!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Boolean, { nullable: true }) publishedLate!: boolean | null;
  @Field(() => String, { nullable: true, description: "FollowUpState once a result is recorded" }) followUpState!: string | null;
}

@Directive("@shareable")
@ObjectType({ description: "Tasks changed after a cursor, oldest change first" })
export class TaskChangePage {
  @Field(() => [TaskChange], { description: "Plain fields only: a page of thousands resolves without per-row resolvers" }) tasks!: TaskChange[];
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

@Directive("@shareable")
@ObjectType()
export class Signer {
  @Field(() => String) name!: string;
  @Field(() => String) certificateNumber!: string;
}

@Directive("@shareable")
@ObjectType({ description: "A reference to evidence kept elsewhere (audio-video, photo, document), by id and checksum" })
export class Evidence {
  @Field(() => String) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { description: "SHA-256 of the file, hex" }) sha256!: string;
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
}

@InputType()
export class SignerInput {
  @Field(() => String) name!: string;
  @Field(() => String) certificateNumber!: string;
}

@InputType()
export class EvidenceInput {
  @Field(() => String) id!: string;
  @Field(() => String, { description: "AUDIO_VIDEO, PHOTO, DOCUMENT…" }) kind!: string;
  @Field(() => String) sha256!: string;
}

@InputType()
export class ResultInput {
  @Field(() => String, { description: "One of the result category codes (resultCategories)" }) categoryCode!: string;
  @Field(() => String) findings!: string;
  @Field(() => String, { description: "YYYY-MM-DD" }) inspectionDate!: string;
  @Field(() => [SignerInput], { description: "At least two inspectors of the task's team" }) signers!: SignerInput[];
  @Field(() => [EvidenceInput], { defaultValue: [] }) evidence!: EvidenceInput[];
}

@Directive("@shareable")
@ObjectType()
export class ResultCategoryInfo {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) problem!: boolean;
}

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
}

@Directive("@shareable")
@ObjectType({ description: "A page of published results, newest first" })
export class PublishedResultPage {
  @Field(() => [PublishedResult]) results!: PublishedResult[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page" }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}
