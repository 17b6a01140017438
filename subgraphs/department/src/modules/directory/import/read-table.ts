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

/** What a file's first bytes say it is, whatever its name or declared format claims. */
export type SniffedKind = "EMPTY" | "XLSX" | "XLS" | "UTF16" | "TEXT" | "BINARY";

export function sniff(head: Uint8Array): SniffedKind {
  if (head.length === 0) return "EMPTY";
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "XLSX"; // a ZIP container
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "XLS"; // OLE2: Excel 97–2003
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return "UTF16"; // Excel's "Unicode text"
  // Text has no NUL bytes (UTF-8 and GB18030 alike); a NUL in the first bytes means another binary format.
  return head.subarray(0, 4096).includes(0) ? "BINARY" : "TEXT";
}

/** Refuse a file whose content is not what was declared, saying what it is. */
export function checkDeclaredFormat(head: Uint8Array, format: TableFormat): void {
  const kind = sniff(head);
  if (kind === "EMPTY") throw new TableError("文件为空 (the file is empty)");
  if (kind === "XLS") throw new TableError("这是 XLS (Excel 97–2003) 文件，不支持；请在 Excel 中另存为 .xlsx 或 CSV (XLS is not supported: save as XLSX or CSV)");
  if (kind === "UTF16") throw new TableError("这个文件是 UTF-16 文本（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8”或 XLSX (UTF-16 text: save as CSV UTF-8 or XLSX)");
  if (kind === "BINARY") throw new TableError("这个文件既不是 CSV 也不是 XLSX (the file is neither CSV nor XLSX)");
  if (format === "CSV" && kind === "XLSX") throw new TableError("这个文件是 XLSX (Excel 工作簿)，不是 CSV；请按 XLSX 导入 (this file is XLSX, not CSV)");
  if (format === "XLSX" && kind === "TEXT") throw new TableError("这个文件是 CSV/文本，不是 XLSX；请按 CSV 导入 (this file is CSV text, not XLSX)");
}

/** A parser's message may quote the file: keep it short. */
const brief = (message: string) => (message.length > 200 ? `${message.slice(0, 200)}…` : message);

async function fileHead(path: string): Promise<Uint8Array> {
  const { open } = await import("node:fs/promises");
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Yield the data rows of a CSV or of the first worksheet of an XLSX. */
export async function* readTable(source: Uint8Array | string, format: TableFormat): AsyncGenerator<TableRow, void, void> {
  checkDeclaredFormat(typeof source === "string" ? await fileHead(source) : source.subarray(0, 4096), format);
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
      throw new TableError(`CSV 无法解析 (cannot parse CSV) near line ${n + 1}: ${brief((e as Error).message)}`);
    }
    if (!headers) throw new TableError("文件为空 (the file has no header row)");
    return;
  }

  // exceljs's streaming reader has been seen, once under heavy load, to reach the first worksheet
  // without the workbook's model ("reading 'sheets'"); the source can be read again, so try once more.
  try {
    yield* readXlsx(source);
    return;
  } catch (e) {
    if (!(e instanceof XlsxModelMissing)) throw e;
  }
  try {
    yield* readXlsx(source);
  } catch (e) {
    if (e instanceof XlsxModelMissing) throw new TableError(`XLSX 无法读取 (cannot read XLSX): ${brief(e.message)}`);
    throw e;
  }
}

class XlsxModelMissing extends Error {}

async function* readXlsx(source: Uint8Array | string): AsyncGenerator<TableRow, void, void> {
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
    if (!headers && /reading 'sheets'/.test((e as Error).message)) throw new XlsxModelMissing((e as Error).message);
    throw new TableError(`XLSX 无法读取 (cannot read XLSX): ${brief((e as Error).message)}`);
  }
  if (!headers) throw new TableError("文件为空 (the workbook has no header row)");
}
