/** GraphQL types of the office's public feed (一公开) across departments. */
import { Field, ObjectType } from "type-graphql";

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
}

@ObjectType()
export class PublicResultPage {
  @Field(() => [PublicResult]) results!: PublicResult[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page" }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}
