/**
 * A department's entry points on the supergraph: `Query.<code>`, `Mutation.<code>` and the `Target`
 * entity's `<code>` field. Declared under the template name `department` and published under the
 * department's code (see @hub/kit federation.ts); every feature adds its fields to these types.
 */
import { Directive, Field, Float, ObjectType } from "type-graphql";

/** Entry point for a department's own lists and records: `market { targets … }`. */
@Directive("@shareable")
@ObjectType({ description: "One department's item list, directories and plans" })
export class DepartmentQuery {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [String], { description: "The department's credit class scale, best first" }) creditClasses!: string[];
  @Field(() => Float, { description: "The least a plan may set as a sampling ratio (0–1; 抽查比例下限)" }) ratioMin!: number;
  @Field(() => Float, { description: "The most a plan may set as a sampling ratio (0–1; 抽查比例上限)" }) ratioMax!: number;
}

/** Entry point for a department's writes: `mutation { market { importTargets … } }`. */
@Directive("@shareable")
@ObjectType({ description: "Writes to one department's item list, directories and plans" })
export class DepartmentMutation {
  @Field(() => String) code!: string;
}

/** The Target entity as a department sees it: one field, named by the department's code. */
@Directive('@key(fields: "uscc")')
@ObjectType({ description: "An inspection target, keyed by USCC across all departments" })
export class Target {
  @Field(() => String) uscc!: string;
}
