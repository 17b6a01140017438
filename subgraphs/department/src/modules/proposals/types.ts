/** GraphQL types of the joint inspection proposals the office pushes to a department (联合抽查建议). */
import { Directive, Field, InputType, Int, ObjectType } from "type-graphql";

@Directive("@shareable")
@ObjectType({ description: "联合抽查建议: a joint inspection proposal the office pushed to this department" })
export class JointProposalNotice {
  @Field(() => String, { description: "<year>|<departments>|<windowStart>|<windowEnd>" }) key!: string;
  @Field(() => Int) year!: number;
  @Field(() => [String]) departments!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => Int) targetCount!: number;
  @Field(() => String, { description: "OPEN; WITHDRAWN once the office no longer proposes it; ADOPTED once a joint inspection was launched from it" }) status!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class JointProposalNoticeInput {
  @Field(() => String) key!: string;
  @Field(() => Int) year!: number;
  @Field(() => [String]) departments!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => Int) targetCount!: number;
  @Field(() => String) status!: string;
}
