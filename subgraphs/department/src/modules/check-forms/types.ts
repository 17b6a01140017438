/** GraphQL types of check forms (检查表) and a result's answers to them; identical in every department. */
import { Directive, Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CheckAnswer } from "./rules.js";

registerEnumType(CheckAnswer, { name: "CheckAnswer", description: "检查要点结论: 符合 / 不符合 / 不涉及" });

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
@ObjectType({ description: "A result's answer to one check point, as the point read in the version answered" })
export class CheckPointAnswer {
  @Field(() => String) itemCode!: string;
  @Field(() => Int) formVersion!: number;
  @Field(() => Int) number!: number;
  @Field(() => String) content!: string;
  @Field(() => CheckAnswer) answer!: CheckAnswer;
  @Field(() => String, { description: "What was found; required for 不符合" }) note!: string;
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

@InputType()
export class CheckAnswerInput {
  @Field(() => String) itemCode!: string;
  @Field(() => Int, { description: "The check point's number in the item's current form" }) number!: number;
  @Field(() => CheckAnswer) answer!: CheckAnswer;
  @Field(() => String, { nullable: true, description: "Required for NONCONFORMING" }) note?: string | null;
}
