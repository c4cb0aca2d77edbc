import { readFileSync } from "node:fs";
import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { loadPack, packTemplateBytes } from "../../src/adapters/node-files/packStore";
import { xlsxFileSource } from "../../src/adapters/xlsx-file/xlsxSource";
import { createEngine } from "../../src/core/engine/engine";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid/grid.types";
import { readWholeGrid } from "../../src/core/grid/gridSource";
import type { Pack } from "../../src/core/packs/pack.types";
import { readDataset } from "../../src/core/read/readWorkbook";
import { scaffoldLayout } from "../../src/core/scaffold/scaffoldLayout";
import type { OpenedTemplate } from "../../src/core/report/openTemplate";

/** The engine as the CLI has it. */
export const engine = createEngine({ inflateRaw: nodeInflateRaw });

export const courtPack = (): Pack => loadPack("court-annual").pack;
export const govPack = (): Pack => loadPack("gov-annual").pack;
export const courtTemplateBytes = (): Uint8Array => packTemplateBytes(loadPack("court-annual"));
export const courtTemplate = (): OpenedTemplate => engine.openTemplate(courtTemplateBytes());
export const govTemplate = (): OpenedTemplate =>
  engine.openTemplate(packTemplateBytes(loadPack("gov-annual")));
export const xxgkPack = (): Pack => loadPack("xxgk-annual").pack;
export const xxgkTemplate = (): OpenedTemplate =>
  engine.openTemplate(packTemplateBytes(loadPack("xxgk-annual")));

/** A grid in memory through the engine's check, as the surfaces do with a file. */
export const checkGrid = (grid: WorkbookGrid, pack: Pack, template: OpenedTemplate) =>
  engine.check(readDataset(grid, pack), template);

export const generateGrid = (
  grid: WorkbookGrid,
  pack: Pack,
  template: OpenedTemplate,
  options: { allowIncomplete: boolean },
) => engine.generate(readDataset(grid, pack), template, options);

/** The check result of a grid against the court pack and its own template. */
export const checkCourt = (grid: WorkbookGrid) =>
  checkGrid(grid, courtPack(), courtTemplate()).result;

/** A workbook file, every cell of every sheet, as a grid to edit in a test. */
export async function readGrid(path: string): Promise<WorkbookGrid> {
  return readWholeGrid(xlsxFileSource(new Uint8Array(readFileSync(path)), nodeInflateRaw));
}

export function sheet(
  name: string,
  rows: Array<Array<CellValue | undefined>>,
  visibility: SheetGrid["visibility"] = "visible",
): SheetGrid {
  return { name, visibility, rows };
}

/** A copy of a grid with one sheet's rows changed by `edit`. */
export function editSheet(
  grid: WorkbookGrid,
  name: string,
  edit: (rows: Array<Array<CellValue | undefined>>) => void,
): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== name) return s;
      const rows = s.rows.map((r) => (r ? [...r] : []));
      edit(rows);
      return { ...s, rows };
    }),
  };
}

/** Sets one cell, at 0-based column `col`, of the row whose 编码 (column A) is `code`. */
function setMetricCell(
  grid: WorkbookGrid,
  sheetName: string,
  code: string,
  col: number,
  value: CellValue,
): WorkbookGrid {
  return editSheet(grid, sheetName, (rows) => {
    const row = rows.find((r) => r[0] === code);
    if (!row) throw new Error(`no row ${code} in ${sheetName}`);
    row[col] = value;
  });
}

/** Sets the 数值 cell (column C in the scaffold) of the row whose 编码 is `code`. */
export const setValue = (grid: WorkbookGrid, sheetName: string, code: string, value: CellValue) =>
  setMetricCell(grid, sheetName, code, 2, value);

/** Sets the 上年同期 cell (column F in the scaffold) of the row whose 编码 is `code`. */
export const setPrior = (grid: WorkbookGrid, sheetName: string, code: string, value: CellValue) =>
  setMetricCell(grid, sheetName, code, 5, value);

/** Sets the value (column B) of a 报告信息 row by its key. */
export function setInfo(grid: WorkbookGrid, key: string, value: CellValue): WorkbookGrid {
  return editSheet(grid, "报告信息", (rows) => {
    const row = rows.find((r) => r[0] === key);
    if (!row) throw new Error(`no 报告信息 row ${key}`);
    row[1] = value;
  });
}

/**
 * A row holding only a 表述, in the column the blank workbook puts it (for a part that is not
 * laid out with headings): what a clerk adds under a sheet's last row.
 */
export function statementRow(text: string): CellValue[] {
  const sheet = scaffoldLayout(courtPack()).find((s) => s.name === "审判执行");
  const col = sheet?.header.indexOf("表述") ?? -1;
  if (col < 0) throw new Error("the blank workbook has no 表述 column");
  const row: CellValue[] = Array.from({ length: col }, () => null);
  row.push(text);
  return row;
}
