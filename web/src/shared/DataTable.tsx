/**
 * Ant Design's Table, with its sideways-scrolling region reachable by keyboard and named for a
 * screen reader: on a tablet the wider tables scroll inside themselves (WCAG 2.1.1, axe's
 * scrollable-region-focusable).
 */
import { Table, type TableProps } from "antd";
import { useLayoutEffect, useRef } from "react";

export function DataTable<T extends object>({ label, ...props }: TableProps<T> & { label: string }) {
  const box = useRef<HTMLDivElement>(null);
  // the table replaces its scroll container as its data changes: label it after every render
  useLayoutEffect(() => {
    for (const el of box.current?.querySelectorAll<HTMLElement>(".ant-table-content, .ant-table-body") ?? []) {
      el.tabIndex = 0;
      el.setAttribute("role", "region");
      el.setAttribute("aria-label", label);
    }
    // the hidden row the table measures fixed columns with is not for anyone to reach
    for (const el of box.current?.querySelectorAll<HTMLElement>(".ant-table-measure-row") ?? []) el.inert = true;
  });
  return (
    <div ref={box}>
      <Table<T> {...props} />
    </div>
  );
}
