/**
 * Writing a table as CSV (UTF-8 with BOM, so that Excel shows Chinese) or XLSX (streamed, so that a
 * large export does not sit in memory), chosen by the file's extension.
 */
import { extname } from "node:path";
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

type Cell = string | number | boolean | Date | null;

/** Write a header row and the rows, batch by batch; returns the number of data rows. */
export async function writeTable(file: string, sheetName: string, headers: string[], batches: AsyncIterable<Cell[][]> | Iterable<Cell[][]>): Promise<number> {
  const format = tableFormat(file);
  let rows = 0;
  if (format === "XLSX") {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = workbook.addWorksheet(sheetName);
    sheet.addRow(headers).commit();
    for await (const batch of batches) for (const row of batch) sheet.addRow(row).commit(), rows++;
    sheet.commit();
    await workbook.commit();
    return rows;
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for await (const batch of batches) for (const row of batch) sheet.addRow(row), rows++;
  await workbook.csv.writeFile(file, { formatterOptions: { writeBOM: true } });
  return rows;
}
