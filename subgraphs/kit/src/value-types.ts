/** GraphQL value types that more than one subgraph serves: identical everywhere, hence @shareable. */
import { CheckAnswer } from "@hub/schema";
import { Directive, Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

registerEnumType(CheckAnswer, { name: "CheckAnswer", description: "检查要点结论: 符合 / 不符合 / 不涉及" });

@Directive("@shareable")
@ObjectType({ description: "检查结果类别: a result category, with its stable code" })
export class ResultCategoryInfo {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: "Whether a result of this category found a problem (counted in the problem detection rate)" }) problem!: boolean;
}

@Directive("@shareable")
@ObjectType({ description: "A reference to evidence kept elsewhere (audio-video, photo, document), by id and checksum" })
export class Evidence {
  @Field(() => String) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { description: "SHA-256 of the file, hex" }) sha256!: string;
}

@InputType()
export class EvidenceInput {
  @Field(() => String) id!: string;
  @Field(() => String, { description: "AUDIO_VIDEO, PHOTO, DOCUMENT…" }) kind!: string;
  @Field(() => String) sha256!: string;
}

@Directive("@shareable")
@ObjectType({ description: "An answer to one check point (检查要点), as the point read in the form version answered" })
export class CheckPointAnswer {
  @Field(() => String) itemCode!: string;
  @Field(() => Int) formVersion!: number;
  @Field(() => Int) number!: number;
  @Field(() => String) content!: string;
  @Field(() => CheckAnswer) answer!: CheckAnswer;
  @Field(() => String, { description: "What was found; required for 不符合" }) note!: string;
}

@InputType()
export class CheckAnswerInput {
  @Field(() => String) itemCode!: string;
  @Field(() => Int, { description: "The check point's number in the item's current form" }) number!: number;
  @Field(() => CheckAnswer) answer!: CheckAnswer;
  @Field(() => String, { nullable: true, description: "Required for NONCONFORMING" }) note?: string | null;
}
