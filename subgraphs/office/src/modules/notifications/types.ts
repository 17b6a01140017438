/** GraphQL types of notifications (消息通知). */
import { NotificationKind } from "@hub/schema";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

registerEnumType(NotificationKind, { name: "NotificationKind", description: "消息的种类: 联合抽查建议、邀请、答复、派员、排期、记录、取消、联合抽查计划审核" });

@ObjectType({ description: "Whether a notification reached one of the department's webhooks" })
export class WebhookDelivery {
  @Field(() => String, { description: "<department>:<webhook name>" }) receiver!: string;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
}

@ObjectType({ description: "消息通知: something the office told a department — kept here, and pushed to the department's webhooks" })
export class Notification {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "The department told" }) department!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => String, { description: "What it says, in a sentence" }) text!: string;
  @Field(() => ID, { nullable: true }) jointInspectionId!: number | null;
  @Field(() => String, { nullable: true }) proposalKey!: string | null;
  @Field(() => ID, { nullable: true }) planEntryId!: number | null;
  @Field(() => String, { nullable: true, description: "Who acted (absent: the office's own sync)" }) bySubject!: string | null;
  @Field(() => String, { nullable: true }) byDepartment!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [WebhookDelivery]) deliveries!: WebhookDelivery[];
}

@ObjectType({ description: "A webhook's deliveries so far" })
export class WebhookStatus {
  @Field(() => String, { description: "<department>:<webhook name>" }) receiver!: string;
  @Field(() => Int) delivered!: number;
  @Field(() => Int, { description: "Waiting for delivery or for the next retry" }) pending!: number;
  @Field(() => Int, { description: "Attempts that failed so far, over all notifications" }) failedAttempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) oldestPendingSince!: Date | null;
}
