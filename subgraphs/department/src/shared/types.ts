/** GraphQL types every feature of a department uses. */
import { Directive, Field, ObjectType } from "type-graphql";

@Directive("@shareable")
@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
