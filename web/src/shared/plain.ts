/**
 * Plain form fields for the public pages: a native select or date input under its label, styled like
 * Ant Design's, so those pages need no picker or select library.
 */
import type { CSSProperties } from "react";

export const FIELD: CSSProperties = { display: "flex", flexDirection: "column", gap: 4 };
export const NATIVE: CSSProperties = { height: 32, padding: "0 8px", border: "1px solid #d9d9d9", borderRadius: 6, background: "#fff", font: "inherit", minWidth: 160 };
