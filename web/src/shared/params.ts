import { useSearchParams } from "react-router";

/**
 * A list's filters kept in the address, so a filtered list is a link: the parameters, and a setter
 * for one of them (a list is joined with commas; empty removes it) that replaces the history entry.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string | string[] | undefined) => {
    const next = new URLSearchParams(params);
    const v = Array.isArray(value) ? value.join(",") : value;
    if (v) next.set(key, v);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return [params, setParam] as const;
}
