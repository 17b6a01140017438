/** GraphQL types of the office's change feed: what a department's directory and tasks look like to the office's sync. */
import { TaskSource, TaskStatus } from "@hub/schema";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";

@Directive("@shareable")
@ObjectType({ description: "A directory entry as the office's sync sees it (no personal data)" })
export class DirectoryEntry {
  @Field(() => String, { description: "The USCC, or for an individual business the pseudonym of its operator's ID" }) uscc!: string;
  @Field(() => String) name!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { description: "The code as the public may see it: the USCC, or the resident ID masked (110105********002X)" }) displayCode!: string;
}

@Directive("@shareable")
@ObjectType({ description: "Directory entries changed after a cursor, oldest change first" })
export class DirectoryChangePage {
  @Field(() => [DirectoryEntry]) entries!: DirectoryEntry[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null when the page is empty" }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

@Directive("@shareable")
@ObjectType({ description: "A changed task as the office's index keeps it: the task, its result and follow-up in plain fields (no inspector details)" })
export class TaskChange {
  @Field(() => ID) id!: number;
  @Field(() => String) uscc!: string;
  @Field(() => TaskSource) source!: TaskSource;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => Int) inspectorCount!: number;
  @Field(() => String) dueStart!: string;
  @Field(() => String) dueEnd!: string;
  @Field(() => String, { description: "Publication deadline: N working days after the inspection (before one, after the window's last day), never past the year's cut-off" }) publicationDue!: string;
  @Field(() => String, { nullable: true }) categoryCode!: string | null;
  @Field(() => String, { nullable: true }) inspectionDate!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Boolean, { nullable: true }) publishedLate!: boolean | null;
  @Field(() => String, { nullable: true, description: "FollowUpState once a result is recorded" }) followUpState!: string | null;
  @Field(() => Int, { nullable: true, description: "The joint inspection (联合抽查) the result was recorded in" }) jointInspectionId!: number | null;
}

@Directive("@shareable")
@ObjectType({ description: "Tasks changed after a cursor, oldest change first" })
export class TaskChangePage {
  @Field(() => [TaskChange], { description: "Plain fields only: a page of thousands resolves without per-row resolvers" }) tasks!: TaskChange[];
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}
