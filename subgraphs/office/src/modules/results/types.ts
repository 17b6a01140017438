/** GraphQL types of the office's public feed (一公开) across departments. */
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "联合抽查: the joint inspection a published result was recorded in" })
export class PublicJointInspection {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "牵头部门" }) lead!: string;
  @Field(() => String) leadName!: string;
  @Field(() => [String], { description: "Every department that took part, the lead among them" }) departments!: string[];
  @Field(() => [String]) departmentNames!: string[];
}

@ObjectType({ description: "一公开: a published result from any department, as the public sees it (an individual's ID number masked)" })
export class PublicResult {
  @Field(() => String) department!: string;
  @Field(() => String) departmentName!: string;
  @Field(() => String) uscc!: string;
  @Field(() => String, { nullable: true }) targetName!: string | null;
  @Field(() => String) categoryCode!: string;
  @Field(() => String) categoryName!: string;
  @Field(() => String) inspectionDate!: string;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => String, { description: "公示日期: the China date it was published" }) publishedOn!: string;
  @Field(() => String, { description: "公示期: the last working day of the notice period" }) noticeEndsOn!: string;
  @Field(() => Boolean) inNoticePeriod!: boolean;
  @Field(() => PublicJointInspection, { nullable: true, description: "Set when the result was recorded in a joint inspection (联合抽查)" }) jointInspection!: PublicJointInspection | null;
}

@ObjectType()
export class PublicResultPage {
  @Field(() => [PublicResult]) results!: PublicResult[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page" }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}
