/** GraphQL types of credit classes from the credit system (信用风险分类、信用记录). */
import { Directive, Field, InputType, Int, ObjectType } from "type-graphql";
import { ImportFormat } from "../directory/types.js";

@InputType()
export class CreditClassInput {
  @Field(() => String) uscc!: string;
  @Field(() => String, { description: "On the department's scale (creditClasses), e.g. A" }) creditClass!: string;
}

@InputType({ description: "A batch from the credit system: the classes given, or a file of them (columns 统一社会信用代码 and 信用风险分类)" })
export class CreditClassBatchInput {
  @Field(() => String, { description: "The credit system's batch number or file name, kept with every change (at most 200 characters)" }) reference!: string;
  @Field(() => [CreditClassInput], { nullable: true, description: "At most 50,000" }) classes?: CreditClassInput[] | null;
  @Field(() => ImportFormat, { nullable: true }) format?: ImportFormat | null;
  @Field(() => String, { nullable: true, description: "The file's bytes, base64-encoded" }) contentBase64?: string | null;
}

@Directive("@shareable")
@ObjectType({ description: "What a batch of credit classes did" })
export class CreditClassReceipt {
  @Field(() => Int, { description: "Distinct targets in the batch" }) received!: number;
  @Field(() => Int, { description: "Targets whose class changed" }) updated!: number;
  @Field(() => Int, { description: "Targets that already had the class" }) unchanged!: number;
  @Field(() => Int, { description: "Codes no target of this department has: skipped" }) notHeld!: number;
  @Field(() => [String], { description: "The first 100 of them" }) notHeldUsccs!: string[];
}

@Directive("@shareable")
@ObjectType({ description: "One change of a target's credit class: from what to what, by which path, who and when" })
export class CreditClassChange {
  @Field(() => String, { nullable: true, description: "Null: the target's first class" }) fromClass!: string | null;
  @Field(() => String) toClass!: string;
  @Field(() => String, { description: "DIRECTORY (edited), IMPORT (a directory file), CREDIT_SYSTEM (the credit system's batch), MIGRATION (as the history began)" }) source!: string;
  @Field(() => String, { nullable: true, description: "The credit system's batch or file" }) reference!: string | null;
  @Field(() => String, { nullable: true }) changedBy!: string | null;
  @Field(() => Date) changedAt!: Date;
}
