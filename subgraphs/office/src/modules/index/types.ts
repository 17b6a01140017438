/** GraphQL types of the office's index: the joint target library, a target's inspections, the sync's state. */
import { Field, ID, Int, ObjectType } from "type-graphql";

/** 联合检查对象名录库: a target held by two or more departments. */
@ObjectType({ description: "A target in two or more departments' directories (round 1 of the four rounds)" })
export class JointTarget {
  @Field(() => String) uscc!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) departments!: string[];
}

@ObjectType({ description: "Two departments and how many active targets both directories hold" })
export class DepartmentOverlap {
  @Field(() => String) a!: string;
  @Field(() => String) b!: string;
  @Field(() => Int) targets!: number;
}

@ObjectType()
export class JointTargetPage {
  @Field(() => [JointTarget]) entries!: JointTarget[];
  @Field(() => Int) totalCount!: number;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

@ObjectType({ description: "One department's inspection of a target (planned, ongoing or done)" })
export class InspectionEntry {
  @Field(() => String) department!: string;
  @Field(() => ID) taskId!: number;
  @Field(() => String) source!: string;
  @Field(() => String) status!: string;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => String) dueStart!: string;
  @Field(() => String) dueEnd!: string;
  @Field(() => String, { nullable: true, description: "The result's category, once recorded" }) categoryCode!: string | null;
  @Field(() => String, { nullable: true }) inspectionDate!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Publication deadline (working days after the window ends)" }) publicationDue!: string | null;
  @Field(() => Boolean, { nullable: true }) publishedLate!: boolean | null;
  @Field(() => String, { nullable: true, description: "后续处置: OPEN, RECTIFYING, REINSPECTED, NOT_RECTIFIED, TRANSFERRED, REFERRED_TO_JUDICIARY, CLOSED" })
  followUpState!: string | null;
  @Field(() => Int, { nullable: true, description: "The joint inspection (联合抽查) the result was recorded in" }) jointInspectionId!: number | null;
}

@ObjectType({ description: "How current the office's copy of a department is" })
export class DepartmentSync {
  @Field(() => String) department!: string;
  @Field(() => Date, { nullable: true }) lastSuccessAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Boolean, { description: "Never synced, last attempt failed, or older than two sync intervals" }) stale!: boolean;
}

@ObjectType({ description: "第三轮融合 for one stratum of a draw: its targets drawn, and how many of them other departments already plan or inspected this year" })
export class StratumOverlap {
  @Field(() => Int, { description: "The position in the draw's strata" }) stratum!: number;
  @Field(() => Boolean) keyArea!: boolean;
  @Field(() => String) riskLevel!: string;
  @Field(() => String, { nullable: true }) creditClass!: string | null;
  @Field(() => Int) drawn!: number;
  @Field(() => Int, { description: "Of those drawn, how many other departments plan or inspected in the draw's year" }) elsewhere!: number;
}

@ObjectType({ description: "A drawn target, and the other departments that plan or inspected it in the draw's year" })
export class DrawnTargetOverlap {
  @Field(() => String) uscc!: string;
  @Field(() => Int) stratum!: number;
  @Field(() => [String], { description: "Department codes; empty when nobody else goes there this year" }) departments!: string[];
}

@ObjectType({ description: "第三轮融合 at the moment of drawing: a department's draw against every other department's tasks of the year (office index)" })
export class DrawOverlaps {
  @Field(() => String) department!: string;
  @Field(() => ID) drawId!: number;
  @Field(() => Int) year!: number;
  @Field(() => [StratumOverlap], { description: "Strata with targets drawn" }) strata!: StratumOverlap[];
  @Field(() => [DrawnTargetOverlap], { description: "Every target drawn, in allocation order" }) targets!: DrawnTargetOverlap[];
}
