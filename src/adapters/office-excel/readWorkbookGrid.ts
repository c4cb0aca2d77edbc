/* global Excel */
import { cellAddress } from "../../core/grid/a1";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid/grid.types";
import { dateFromExcelSerial } from "../../core/values/excelDate";

/**
 * Cells per round trip. Excel on the web caps a response at 5 MB; values and number formats of
 * 150,000 cells stay well under it, so large sheets are read in blocks of rows.
 */
export const CELLS_PER_SYNC = 150_000;

interface Block {
  readonly sheet: number;
  readonly range: Excel.Range;
  readonly firstRow: number;
  readonly firstCol: number;
}

/** Number formats that show a serial number as a date: 'yyyy/m/d', 'yyyy"年"m"月"d"日"', 'm/d/yy'. */
export function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (/^general$/i.test(f)) return false;
  return /[yd]/i.test(f) || (/m/i.test(f) && !/[hs]/i.test(f));
}

function toCellValue(v: unknown, format: string): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" && isDateFormat(format)) {
    const d = dateFromExcelSerial(v);
    if (d) return { date: d };
  }
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null;
}

/**
 * The open workbook as cell grids, values only, in a number of round trips that does not grow
 * with the number of sheets: one for the sheet list, one for the used ranges, then one per block
 * of CELLS_PER_SYNC cells (one in all for ordinary workbooks).
 */
export async function readWorkbookGrid(context: Excel.RequestContext): Promise<WorkbookGrid> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();

  const used = sheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  await context.sync();

  const batches: Block[][] = [[]];
  let budget = CELLS_PER_SYNC;
  used.forEach((r, sheet) => {
    if (r.isNullObject) return;
    const ws = sheets.items[sheet] as Excel.Worksheet;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_SYNC / r.columnCount));
    for (let start = 0; start < r.rowCount; start += rowsPerBlock) {
      const count = Math.min(rowsPerBlock, r.rowCount - start);
      if (count * r.columnCount > budget && (batches[batches.length - 1] as Block[]).length > 0) {
        batches.push([]);
        budget = CELLS_PER_SYNC;
      }
      budget -= count * r.columnCount;
      const range = ws.getRangeByIndexes(r.rowIndex + start, r.columnIndex, count, r.columnCount);
      (batches[batches.length - 1] as Block[]).push({
        sheet,
        range,
        firstRow: r.rowIndex + start,
        firstCol: r.columnIndex,
      });
    }
  });
  for (const batch of batches) {
    for (const b of batch) b.range.load("values,numberFormat");
    // One round trip per block of cells, never per sheet or row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  const grids: Array<{
    rows: Array<Array<CellValue | undefined> | undefined>;
    percentCells: Set<string>;
  }> = sheets.items.map(() => ({
    rows: [],
    percentCells: new Set<string>(),
  }));
  for (const b of batches.flat()) {
    const g = grids[b.sheet] as (typeof grids)[number];
    const values = b.range.values;
    const formats = b.range.numberFormat;
    values.forEach((row, i) => {
      const out: Array<CellValue | undefined> = [];
      row.forEach((v, j) => {
        const format = String(formats[i]?.[j] ?? "");
        const cell = toCellValue(v, format);
        if (cell === null) return;
        out[b.firstCol + j] = cell;
        if (typeof cell === "number" && format.includes("%"))
          g.percentCells.add(cellAddress(b.firstRow + i, b.firstCol + j));
      });
      if (out.length) g.rows[b.firstRow + i] = out;
    });
  }
  return {
    sheets: sheets.items.map((ws, i): SheetGrid => ({
      name: ws.name,
      visibility:
        ws.visibility === "Hidden"
          ? "hidden"
          : ws.visibility === "VeryHidden"
            ? "veryHidden"
            : "visible",
      rows: (grids[i] as (typeof grids)[number]).rows,
      percentCells: (grids[i] as (typeof grids)[number]).percentCells,
    })),
  };
}
