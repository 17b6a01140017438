/** GraphQL types of round 2: proposed joint visits, batched into actions. */
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One planned task inside a proposed joint visit" })
export class VisitTask {
  @Field(() => String) department!: string;
  @Field(() => ID) taskId!: number;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => Int) inspectors!: number;
}

@ObjectType({ description: "One target's proposed joint visit" })
export class ProposedVisit {
  @Field(() => String) uscc!: string;
  @Field(() => [VisitTask]) tasks!: VisitTask[];
  @Field(() => Int) inspectors!: number;
  @Field(() => [String], { description: "Items planned by two departments: inspect once" }) duplicateItems!: string[];
}

@ObjectType({ description: "第二轮融合: a proposed joint inspection action — same departments, same window, many targets" })
export class JointInspectionProposal {
  @Field(() => String, { description: "The proposal's key, <year>|<departments>|<windowStart>|<windowEnd>: launch it with launchJointInspection" }) key!: string;
  @Field(() => [String]) departments!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => Int) targetCount!: number;
  @Field(() => [ProposedVisit]) visits!: ProposedVisit[];
}
