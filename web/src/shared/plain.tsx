/**
 * Plain parts for the public pages, which load no table, select or picker library to stay light:
 * native fields under their label and an HTML table, styled like Ant Design's. On a narrow screen
 * the table scrolls sideways inside a region a keyboard can focus.
 */
import type { CSSProperties, ReactNode } from "react";

export const FIELD: CSSProperties = { display: "flex", flexDirection: "column", gap: 4 };
export const NATIVE: CSSProperties = { height: 32, padding: "0 8px", border: "1px solid #d9d9d9", borderRadius: 6, background: "#fff", font: "inherit", minWidth: 160 };
const TH: CSSProperties = { textAlign: "left", padding: "10px 12px", background: "#fafafa", borderBottom: "1px solid #f0f0f0", fontWeight: 600, whiteSpace: "nowrap" };
/** Hashes and codes: monospace, broken anywhere rather than widening the page. */
export const MONO: CSSProperties = { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", wordBreak: "break-all" };
export const TD: CSSProperties = { padding: "10px 12px", borderBottom: "1px solid #f0f0f0", verticalAlign: "top" };

export function PlainTable({ label, headers, minWidth = 800, children, footer }: { label: string; headers: string[]; minWidth?: number; children: ReactNode; footer?: ReactNode }) {
  return (
    <div style={{ overflowX: "auto", background: "#fff", borderRadius: 8 }} tabIndex={0} role="region" aria-label={label}>
      <table style={{ width: "100%", borderCollapse: "collapse", minWidth }}>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} style={TH} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}

/** The public pages' department picker: a native select, light and keyboard-friendly. */
export function DepartmentSelect({ departments, value, onChange }: { departments: readonly { code: string; name: string }[]; value: string | undefined; onChange: (code: string) => void }) {
  return (
    <label style={FIELD}>
      部门
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value)} style={NATIVE} aria-label="部门">
        {departments.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
