/**
 * A year's end in the office's index at city scale, for the benchmarks: `tasks` task entries over
 * `departments` departments (d0 … d39) with the mix a year ends with — most recorded, most of those
 * published (a tenth late), some overdue, every category — and joint inspections covering about a
 * tenth of the targets; each department synced a minute ago.
 */
import type { OfficeDb } from "@hub/office";
import { DEFAULT_RESULT_CATEGORIES } from "@hub/schema";
import { sql } from "drizzle-orm";

export async function seedOfficeYear(db: OfficeDb, tasks: number, departments: number, year = 2026) {
  const codes = DEFAULT_RESULT_CATEGORIES.map((c) => `'${c.code}'`).join(",");
  // g % 10: 0–6 published (6 late), 7 recorded not published, 8–9 no result yet.
  await db.execute(sql.raw(`insert into task_entries (department, task_id, uscc, source, status, item_codes, inspector_count, due_start, due_end,
      publication_due, category_code, inspection_date, published_at, published_late, follow_up_state)
    select 'd' || (g % ${departments}), g, '91440300' || lpad(g::text, 10, '0'), case when g % 7 = 0 then 'COMPLAINT' else 'DRAW' end,
           case when g % 10 < 8 then 'DONE' else 'ASSIGNED' end, array['I1'], 2,
           make_date(${year}, 1 + (g % 12), 1), make_date(${year}, 1 + (g % 12), 28), make_date(${year}, 1 + (g % 12), 28) + 28,
           case when g % 10 < 8 then (array[${codes}])[1 + (g / 10) % ${DEFAULT_RESULT_CATEGORIES.length}] end,
           case when g % 10 < 8 then make_date(${year}, 1 + (g % 12), 15) end,
           case when g % 10 < 7 then make_date(${year}, 1 + (g % 12), 28) + 10 end,
           case when g % 10 < 7 then g % 10 = 6 end,
           case when g % 10 < 8 then 'CLOSED' end
    from generate_series(1, ${tasks}) g`));
  // Joint inspections: one per 100 targets, each with 10 targets and 2 accepted departments.
  await db.execute(sql.raw(`insert into joint_inspections (id, lead, departments, window_start, window_end, status, plan_text, created_by)
    select j, 'd' || (j % ${departments}), array['d' || (j % ${departments}), 'd' || ((j + 1) % ${departments})], make_date(${year}, 1 + (j % 12), 1), make_date(${year}, 1 + (j % 12), 28), 'CLOSED', 'bench', 'bench'
    from generate_series(1, ${tasks / 100}) j`));
  await db.execute(sql.raw(`insert into joint_targets (joint_id, uscc) select j, '91440300' || lpad((j * 10 + t)::text, 10, '0') from generate_series(1, ${tasks / 100}) j, generate_series(0, 9) t`));
  await db.execute(sql.raw(`insert into joint_participants (joint_id, department, response) select j, 'd' || ((j + k) % ${departments}), 'ACCEPTED' from generate_series(1, ${tasks / 100}) j, generate_series(0, 1) k`));
  await db.execute(sql.raw(`insert into sync_state (department, last_attempt_at, last_success_at)
    select 'd' || k, now() - interval '1 minute', now() - interval '1 minute' from generate_series(0, ${departments - 1}) k`));
  await db.execute(sql`analyze`);
}
