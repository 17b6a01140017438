import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { decodeText, readTable } from "./read-table.js";

describe("readTable", () => {
  it("keeps Chinese text intact in a large streamed XLSX (multi-byte characters split across chunks)", async () => {
    // exceljs 4.4.0 decoded each zip chunk on its own and turned split characters into U+FFFD; the
    // project patches it (subgraphs/department/patches). Without the patch this test fails.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名录");
    ws.addRow(["名称", "住所"]);
    const rows = Array.from({ length: 4000 }, (_, i) => [`深圳市高新技术产业园区第${i}号电子科技有限公司`, `广东省深圳市南山区粤海街道科技园社区高新南一道${i}号创维大厦`]);
    for (const r of rows) ws.addRow(r);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    let n = 0;
    for await (const row of readTable(buffer, "XLSX")) {
      expect([row.cells["名称"], row.cells["住所"]]).toEqual(rows[n]);
      n++;
    }
    expect(n).toBe(rows.length);
  });

  it("decodes UTF-8 with BOM and falls back to GB18030", () => {
    expect(decodeText(Buffer.from("\uFEFF名称", "utf8"))).toBe("名称");
    expect(decodeText(Buffer.from([0xc3, 0xfb, 0xb3, 0xc6]))).toBe("名称"); // GBK bytes of 名称
  });
});
