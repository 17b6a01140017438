import { useMemo } from "react";

/** Department names by code, from a page's `departments { code name }`: what every table shows. */
export function useDepartmentNames(departments: readonly { code: string; name: string }[] | undefined): Record<string, string> {
  return useMemo(() => Object.fromEntries((departments ?? []).map((d) => [d.code, d.name])), [departments]);
}
