/** GraphQL types of check forms (检查表) and a result's answers to them; identical in every department. */
import { CheckAnswerInput, CheckPointAnswer } from "@hub/kit";
import { Directive, Field, InputType, Int, ObjectType } from "type-graphql";

@Directive("@shareable")
@ObjectType({ description: "检查要点: one numbered point of a check form" })
export class CheckPoint {
  @Field(() => Int) number!: number;
  @Field(() => String, { description: "检查内容" }) content!: string;
  @Field(() => String, { description: "检查标准" }) standard!: string;
  @Field(() => String, { description: "检查依据" }) legalBasis!: string;
}

@Directive("@shareable")
@ObjectType({ description: "检查表 (一张表格管检查): an inspection item's check form, in one of its versions" })
export class CheckForm {
  @Field(() => String) itemCode!: string;
  @Field(() => Int, { description: "Saving a form adds a version; a result keeps the version it answered" }) version!: number;
  @Field(() => [CheckPoint]) points!: CheckPoint[];
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

@Directive("@shareable")
@ObjectType({ description: "The result category the answers suggest; the inspector confirms or chooses another" })
export class ResultCategoryProposal {
  @Field(() => String) categoryCode!: string;
  @Field(() => String) categoryName!: string;
  @Field(() => String) reason!: string;
}

@InputType()
export class CheckPointInput {
  @Field(() => String, { description: "检查内容" }) content!: string;
  @Field(() => String, { defaultValue: "", description: "检查标准" }) standard!: string;
  @Field(() => String, { defaultValue: "", description: "检查依据" }) legalBasis!: string;
}

@InputType({ description: "The answers one result gives, to be checked against this department's current forms" })
export class CheckAnswerSetInput {
  @Field(() => [CheckAnswerInput]) answers!: CheckAnswerInput[];
}

@Directive("@shareable")
@ObjectType({ description: "A set of answers checked against this department's current forms: as they would be kept, or what is wrong" })
export class CheckAnswersVerdict {
  @Field(() => [CheckPointAnswer], { description: "The answers with their form version and point content; empty when there are problems" }) answers!: CheckPointAnswer[];
  @Field(() => [String]) problems!: string[];
}
