/**
 * Read a spreadsheet (CSV or XLSX) as rows of text cells keyed by header, with 1-based row numbers
 * (the header is row 1, as a user sees it in Excel).
 */
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

export type TableFormat = "CSV" | "XLSX";

export interface TableRow {
  row: number;
  cells: Record<string, string>;
  /** Cells Excel stored as numbers too long to be exact (e.g. an 18-digit code typed as a number). */
  lossyNumbers: string[];
}

export class TableError extends Error {
  override name = "TableError";
}

/** UTF-8 (with or without BOM), falling back to GB18030, which is what Chinese Excel exports as CSV. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function cellText(value: ExcelJS.CellValue): { text: string; lossy: boolean } {
  if (value === null || value === undefined) return { text: "", lossy: false };
  if (typeof value === "number") return { text: String(value), lossy: !Number.isSafeInteger(value) && Number.isInteger(value) };
  if (typeof value === "string") return { text: value, lossy: false };
  if (typeof value === "boolean") return { text: value ? "是" : "否", lossy: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), lossy: false };
  if (typeof value === "object") {
    if ("richText" in value) return { text: value.richText.map((r) => r.text).join(""), lossy: false };
    if ("text" in value) return { text: String(value.text), lossy: false };
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return { text: String(value), lossy: false };
}

/** Yield the data rows of a CSV or of the first worksheet of an XLSX. */
export async function* readTable(source: Uint8Array | string, format: TableFormat): AsyncGenerator<TableRow, void, void> {
  if (format === "CSV") {
    const bytes = typeof source === "string" ? await (await import("node:fs/promises")).readFile(source) : source;
    const parser = Readable.from([decodeText(bytes)]).pipe(
      parse({ relax_column_count: true, skip_empty_lines: true, trim: true, info: true }),
    );
    let headers: string[] | undefined;
    let n = 0;
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        n = info.lines;
        if (!headers) {
          headers = record.map((h) => h.trim());
          continue;
        }
        const cells: Record<string, string> = {};
        headers.forEach((h, i) => (cells[h] = record[i] ?? ""));
        yield { row: n, cells, lossyNumbers: [] };
      }
    } catch (e) {
      throw new TableError(`CSV 无法解析 (cannot parse CSV) near line ${n + 1}: ${(e as Error).message}`);
    }
    if (!headers) throw new TableError("文件为空 (the file has no header row)");
    return;
  }

  const input = typeof source === "string" ? source : Readable.from([Buffer.from(source)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
  });
  let headers: string[] | undefined;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[]; // 1-based
        if (!headers) {
          headers = values.map((v) => cellText(v).text.trim());
          continue;
        }
        const cells: Record<string, string> = {};
        const lossyNumbers: string[] = [];
        let empty = true;
        headers.forEach((h, i) => {
          if (!h) return;
          const { text, lossy } = cellText(values[i]);
          cells[h] = text.trim();
          if (cells[h]) empty = false;
          if (lossy) lossyNumbers.push(h);
        });
        if (!empty) yield { row: row.number, cells, lossyNumbers };
      }
      break; // only the first worksheet
    }
  } catch (e) {
    if (e instanceof TableError) throw e;
    throw new TableError(`XLSX 无法读取 (cannot read XLSX): ${(e as Error).message}`);
  }
  if (!headers) throw new TableError("文件为空 (the workbook has no header row)");
}
