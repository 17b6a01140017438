/** Notifications (消息通知) on the supergraph: a department's staff read their own, the office all. */
import { HubError, numericId, pageSize } from "@hub/kit";
import { Role } from "@hub/schema";
import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { actingDepartment } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { webhookStatus } from "./service.js";
import * as store from "./store.js";
import { Notification, WebhookStatus } from "./types.js";

/** The departments whose notifications the caller reads: its own, or (the office) all or one. */
function readable(ctx: OfficeContext, department?: string | null): string[] {
  if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to read notifications");
  if (ctx.identity.role === Role.DASHBOARD_VIEWER) throw new HubError("FORBIDDEN", "notifications are for departments and the office");
  const own = actingDepartment(ctx);
  const all = ctx.config.departments.map((d) => d.code);
  if (own !== undefined) {
    if (department && department !== own) throw new HubError("FORBIDDEN", `a ${own} account reads its own department's notifications only`);
    return [own];
  }
  return department ? all.filter((d) => d === department) : all;
}

@Resolver()
export class NotificationResolver {
  @Query(() => [Notification], { description: "消息通知, newest first: your department's, or for the office every department's (or one's); page with `before` (the last id you have)" })
  async notifications(
    @Ctx() ctx: OfficeContext,
    @Arg("first", () => Int, { defaultValue: 50 }) first = 50,
    @Arg("before", () => ID, { nullable: true }) before?: string | null,
    @Arg("department", () => String, { nullable: true }) department?: string | null,
  ) {
    const departments = readable(ctx, department);
    const rows = await store.listNotifications(ctx.db, departments, before ? numericId(before, "notification") : undefined, pageSize(first, 50, { min: 1, max: 200 }));
    const deliveries = await store.deliveriesOf(ctx.db, rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, deliveries: deliveries.filter((d) => d.notificationId === r.id) }));
  }

  @Query(() => [WebhookStatus], { description: "Each webhook's deliveries: your department's, or for the office every department's" })
  async webhookStatus(@Ctx() ctx: OfficeContext) {
    return webhookStatus(ctx.db, ctx.config, readable(ctx));
  }
}

export const notificationResolvers = [NotificationResolver] as const;
