import ExcelJS from "exceljs";
import { parseCellAddress } from "../../core/grid/a1";
import { isCellDate, type CellValue, type WorkbookGrid } from "../../core/grid/grid.types";
import type { WorkbookChange } from "../../core/scaffold/planNextYear";

function excelValue(v: CellValue | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (isCellDate(v)) return new Date(Date.UTC(v.date.y, v.date.m - 1, v.date.d));
  if (typeof v === "object") return v.error;
  return v;
}

/**
 * An .xls or .ods workbook becomes an .xlsx: its values, sheet by sheet, with the edits applied.
 * Formats, charts and validations of those older formats are not carried; the caller says so.
 */
export async function writeGridXlsx(
  grid: WorkbookGrid,
  change: WorkbookChange,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name, {
      state: s.visibility === "visible" ? "visible" : s.visibility,
    });
    s.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        const value = excelValue(v);
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  for (const e of change.edits) {
    const a = parseCellAddress(e.cell);
    const ws = wb.getWorksheet(e.sheet);
    if (a && ws) ws.getCell(a.row + 1, a.col + 1).value = e.value;
  }
  if (change.hiddenSheet) {
    const old = wb.getWorksheet(change.hiddenSheet.name);
    if (old) wb.removeWorksheet(old.id);
    const ws = wb.addWorksheet(change.hiddenSheet.name, { state: "veryHidden" });
    for (const row of change.hiddenSheet.rows) ws.addRow([...row]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
