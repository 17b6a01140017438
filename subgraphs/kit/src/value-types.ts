/** GraphQL value types that more than one subgraph serves: identical everywhere, hence @shareable. */
import { Directive, Field, InputType, ObjectType } from "type-graphql";

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
