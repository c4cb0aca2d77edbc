import ExcelJS from "exceljs";
import { cellAddress } from "../../core/grid/a1";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid/grid.types";
import { UserError } from "../../core/errors/userError";
import { inspectZip, type InflateRaw } from "../../core/zip/inspectZip";
import { failureForRefusal } from "../../core/zip/refusal";
import { excelCellToValue, isPercentFormat } from "./excelCell";

/**
 * Sheet parts that carry nothing the report needs. Skipping them is also a defence: ExcelJS
 * expands a data validation over A1:XFD1048576 into one entry per cell and never returns.
 */
const IGNORED_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "picture",
  "drawing",
  "autoFilter",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "printOptions",
  "sheetProtection",
  "tableParts",
  "hyperlinks",
];

/** More cells than any report workbook holds (100 sheets × 2,000 rows × 10 columns is 2 million). */
export const MAX_CELLS = 20_000_000;

/**
 * An .xlsx file → cell grids. The bytes are inspected first (zip bombs, entity bombs, wrong file
 * types); then ExcelJS reads values only: formula results, not formulas; merged areas give their
 * value once, at their top-left cell.
 */
export async function readXlsxGrid(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
): Promise<WorkbookGrid> {
  const verdict = inspectZip(bytes, inflateRaw);
  if (!verdict.ok) throw failureForRefusal(verdict.reason, "workbook");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      bytes as unknown as ExcelJS.Buffer,
      { ignoreNodes: IGNORED_NODES } as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch {
    // The package passed the guard; what ExcelJS cannot parse is damaged XML inside it.
    throw new UserError("FILE_CORRUPT", { role: "workbook" });
  }
  let cells = 0;
  const sheets: SheetGrid[] = [];
  for (const ws of wb.worksheets) {
    const rows: Array<Array<CellValue | undefined> | undefined> = [];
    const percentCells = new Set<string>();
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r = rowNumber - 1;
      const out: Array<CellValue | undefined> = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = excelCellToValue(cell.value);
        out[colNumber - 1] = value;
        if (typeof value === "number" && isPercentFormat(cell.numFmt))
          percentCells.add(cellAddress(r, colNumber - 1));
        cells++;
      });
      rows[r] = out;
    });
    if (cells > MAX_CELLS) throw new UserError("FILE_TOO_MANY_CELLS", { role: "workbook" });
    const state = ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
    sheets.push({ name: ws.name, visibility: state, rows, percentCells });
  }
  if (sheets.length === 0) throw new UserError("FILE_NO_SHEETS", { role: "workbook" });
  return { sheets };
}
