/** GraphQL types of the office's registry: departments, the Target entity, USCC checks. */
import { Directive, Field, ObjectType } from "type-graphql";

/** 部门 — a department registered with the joint-meeting office. */
@ObjectType({ description: "部门: a department registered with the office; its code names its fields on Query and Target" })
export class Department {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "Result of checking a unified social credit code (GB 32100-2015)" })
export class UsccCheck {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => String, { nullable: true, description: "Trimmed, half-width, upper-case" }) normalized!: string | null;
  @Field(() => String, { nullable: true, description: "Which rule failed and why" }) reason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Machine-readable rule: EMPTY, LENGTH, CHARSET, AUTHORITY_CATEGORY, REGION, CHECK_CHARACTER",
  })
  rule!: string | null;
  @Field(() => [String]) warnings!: string[];
}

/** 检查对象 — the cross-department entity; each department adds a field named by its code. */
@Directive('@key(fields: "uscc")')
@ObjectType({ description: "An inspection target, keyed by USCC across all departments" })
export class Target {
  @Field(() => String) uscc!: string;
}
