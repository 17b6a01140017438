/** GraphQL value types that more than one subgraph serves: identical everywhere, hence @shareable. */
import { Directive, Field, ObjectType } from "type-graphql";

@Directive("@shareable")
@ObjectType({ description: "检查结果类别: a result category, with its stable code" })
export class ResultCategoryInfo {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: "Whether a result of this category found a problem (counted in the problem detection rate)" }) problem!: boolean;
}
