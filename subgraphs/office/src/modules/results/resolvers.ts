/**
 * Results across departments, from the office's index: the public feed of published results
 * (一公开) and each target's inspection history with results and follow-up.
 */
import { cursorArg, encodeCursor, optionalDate, pageSize, quoted, targetKey, textArg, today, badInput } from "@hub/kit";
import { categoryName, chinaDate, DEFAULT_RESULT_DEADLINES, noticePeriod, publicCodeOf, resolveDepartment } from "@hub/schema";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { requireJointReader } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { InspectionEntry } from "../index/types.js";
import { Target } from "../registry/types.js";
import { jointsTakenPart } from "../joint/store.js";
import { historyOf, publicResults } from "./store.js";
import { PublicResultPage } from "./types.js";

/** What the public sees: the departments' display code (a resident ID masked), never a pseudonym or an ID. */
const publicCode = (code: string, display: string | null) => display ?? publicCodeOf(code);
function nameArg(name: string | undefined): string | undefined {
  const n = textArg(name, "name", { max: 50 }) ?? undefined;
  if (n !== undefined && [...n].length < 2) throw badInput("name: give at least 2 characters of the name", { argument: "name" });
  return n;
}

const PUBLIC_CURSOR = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([a-zA-Z0-9]{1,31})\|([1-9]\d{0,8})$/;
const HISTORY_CURSOR = /^(\d{4}-\d{2}-\d{2})\|([a-zA-Z0-9]{1,31})\|([1-9]\d{0,8})$/;

@Resolver()
export class PublicResultResolver {
  @Query(() => PublicResultPage, { description: "一公开: every department's published results, newest first; open to everyone (as current as the office's last sync)" })
  async publicResults(
    @Ctx() ctx: OfficeContext,
    @Arg("department", () => String, { nullable: true }) department?: string,
    @Arg("uscc", () => String, { nullable: true }) uscc?: string,
    @Arg("categoryCode", () => String, { nullable: true }) categoryCode?: string,
    @Arg("name", () => String, { nullable: true, description: "Part of the target's name (2 to 50 characters)" }) name?: string,
    @Arg("from", () => String, { nullable: true, description: "Inspection date from (YYYY-MM-DD)" }) from?: string,
    @Arg("to", () => String, { nullable: true }) to?: string,
    @Arg("first", () => Int, { defaultValue: 50 }) first = 50,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<PublicResultPage> {
    const limit = pageSize(first, 50, { min: 1 });
    const names = Object.fromEntries(ctx.config.departments.map((d) => [d.code, d.name]));
    if (department && !names[department]) throw badInput(`unknown department ${quoted(department)}`);
    const cursor = cursorArg(after, PUBLIC_CURSOR);
    const rows = await publicResults(ctx.db, {
      department: department ?? undefined,
      uscc: uscc === undefined ? undefined : targetKey(uscc),
      categoryCode: textArg(categoryCode, "categoryCode", { max: 40 }) ?? undefined,
      name: nameArg(name),
      from: optionalDate(from, "from"),
      to: optionalDate(to, "to"),
      after: cursor && { publishedAt: cursor[1]!, department: cursor[2]!, taskId: Number(cursor[3]) },
    }, limit + 1);
    const page = rows.slice(0, limit);
    // Every department's deadlines are filled in by its configuration; departments are few, rows many.
    const deadlines = new Map(ctx.config.departments.map((d) => [d.code, resolveDepartment(d).resultDeadlines]));
    const now = today(ctx.clock);
    const last = page.at(-1)?.entry;
    const joints = await jointsTakenPart(ctx.db, page.map((r) => r.entry.jointInspectionId).filter((j) => j !== null));
    const jointOf = (jointId: number | null) => {
      const j = jointId === null ? undefined : joints.get(jointId);
      return j ? { id: jointId!, lead: j.lead, leadName: names[j.lead] ?? j.lead, departments: j.departments, departmentNames: j.departments.map((d) => names[d] ?? d) } : null;
    };
    return {
      results: page.map(({ entry: e, name: targetName, displayCode }) => ({
        department: e.department,
        departmentName: names[e.department] ?? e.department,
        uscc: publicCode(e.uscc, displayCode),
        targetName,
        categoryCode: e.categoryCode!,
        categoryName: categoryName(ctx.config.resultCategories, e.categoryCode!),
        inspectionDate: e.inspectionDate!,
        publishedAt: e.publishedAt!,
        publishedOn: chinaDate(e.publishedAt!),
        ...noticePeriod(e.publishedAt!, deadlines.get(e.department) ?? DEFAULT_RESULT_DEADLINES, now),
        jointInspection: jointOf(e.jointInspectionId),
      })),
      hasMore: rows.length > limit,
      endCursor: last ? encodeCursor(`${last.publishedAt!.toISOString()}|${last.department}|${last.taskId}`) : null,
    };
  }
}

@Resolver(() => Target)
export class TargetHistoryResolver {
  @FieldResolver(() => [InspectionEntry], {
    description: "Every department's inspections of this target, newest first, with results, publication and follow-up state (office index)",
  })
  async inspectionHistory(
    @Root() t: Target,
    @Ctx() ctx: OfficeContext,
    @Arg("first", () => Int, { defaultValue: 100, description: "At most 500 a page" }) first = 100,
    @Arg("after", () => String, { nullable: true, description: "An entry's cursor: the entries after it" }) after?: string,
  ) {
    requireJointReader(ctx);
    const cursor = cursorArg(after, HISTORY_CURSOR);
    return historyOf(ctx.db, t.uscc, pageSize(first, 100, { min: 1 }), cursor && { dueEnd: cursor[1]!, department: cursor[2]!, taskId: Number(cursor[3]) });
  }
}

@Resolver(() => InspectionEntry)
export class InspectionEntryResolver {
  @FieldResolver(() => String, { nullable: true })
  categoryName(@Root() e: InspectionEntry, @Ctx() ctx: OfficeContext) {
    return e.categoryCode ? categoryName(ctx.config.resultCategories, e.categoryCode) : null;
  }

  @FieldResolver(() => String, { description: "Pass as `after` to inspectionHistory for the entries after this one" })
  cursor(@Root() e: InspectionEntry) {
    return encodeCursor(`${e.dueEnd}|${e.department}|${e.taskId}`);
  }
}

export const officeResultResolvers = [PublicResultResolver, TargetHistoryResolver, InspectionEntryResolver] as const;
