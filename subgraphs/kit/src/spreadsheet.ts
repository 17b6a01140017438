/**
 * Writing a table as CSV (UTF-8 with BOM, so that Excel shows Chinese) or XLSX, streamed row by row so
 * that a large export never sits in memory: to a file (the CLIs) or to any stream (downloads over HTTP).
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { extname } from "node:path";
import type { Writable } from "node:stream";
import { format as csvFormat } from "@fast-csv/format";
import ExcelJS from "exceljs";

export type TableFormat = "CSV" | "XLSX";

export class SpreadsheetError extends Error {
  override name = "SpreadsheetError";
}

export function tableFormat(file: string): TableFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv") return "CSV";
  if (ext === ".xlsx") return "XLSX";
  throw new SpreadsheetError(`cannot tell the format of ${file}: name it .csv or .xlsx`);
}

export type Cell = string | number | boolean | Date | null;
export type RowBatches = AsyncIterable<Cell[][]> | Iterable<Cell[][]>;

/** Write a header row and the rows, batch by batch, to a file named .csv or .xlsx; returns the number of data rows. */
export async function writeTable(file: string, sheetName: string, headers: string[], batches: RowBatches): Promise<number> {
  const format = tableFormat(file);
  const out = createWriteStream(file);
  const done = once(out, "close");
  const rows = await writeTableTo(out, format, sheetName, headers, batches);
  await done;
  return rows;
}

/** Write a table to a stream, which is ended when the table is; returns the number of data rows. */
export async function writeTableTo(out: Writable, format: TableFormat, sheetName: string, headers: string[], batches: RowBatches): Promise<number> {
  let rows = 0;
  if (format === "XLSX") {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const sheet = workbook.addWorksheet(sheetName);
    sheet.addRow(headers).commit();
    for await (const batch of batches) for (const row of batch) sheet.addRow(row).commit(), rows++;
    sheet.commit();
    await workbook.commit();
    return rows;
  }
  const csv = csvFormat<Cell[], Cell[]>({ writeBOM: true, headers, writeHeaders: true, transform: (row: Cell[]) => row.map((c) => (c instanceof Date ? c.toISOString() : c)) });
  csv.pipe(out);
  const finished = once(out, "finish");
  for await (const batch of batches) {
    for (const row of batch) {
      rows++;
      // Wait while the reader is slower than the database: memory stays at one batch.
      if (!csv.write(row)) await once(csv, "drain");
    }
  }
  csv.end();
  await finished;
  return rows;
}
