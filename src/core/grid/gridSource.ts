import type { CellValue, SheetGrid, WorkbookGrid } from "./grid.types";

/** A sheet as listed by the workbook, before any of its cells are read. */
export interface SheetEntry {
  readonly name: string;
  readonly visibility: SheetGrid["visibility"];
}

/** Some rows of a sheet: the first ones, or only some columns of every row. */
export interface SheetPart {
  /** rows[r][c] is the cell at row r+1, column c+1; cells not asked for are absent */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;
  readonly percentCells: ReadonlySet<string>;
  /**
   * Numeric cells whose number format fixes the decimals shown (0.00 → 2), by A1 address; a cell
   * in General (or a reader that cannot tell) is absent
   */
  readonly decimalCells?: ReadonlyMap<string, number>;
  readonly hiddenRows: ReadonlySet<number>;
}

/** Which cells of a sheet the report needs: every row, only these 0-based columns. */
export interface ColumnRequest {
  readonly sheet: number;
  readonly columns: readonly number[];
}

/** Takes each sheet's part as it is read. */
export type PartSink = (sheet: number, part: SheetPart) => void;

/**
 * A workbook read in three steps, each asking only for what the report needs: the sheet list,
 * the first rows of every sheet (where headers are), then only the columns of the sheets the pack
 * uses. A file reader (.xlsx, .ods, .xls) and the Excel add-in implement it alike, so they give
 * the same dataset; neither builds cells for sheets or columns nobody reads.
 */
export interface GridSource {
  sheets(): Promise<readonly SheetEntry[]>;
  heads(rows: number): Promise<readonly SheetPart[]>;
  /**
   * The columns asked for, handed to `each` a sheet at a time in the order of the requests (a
   * request for a sheet the workbook lacks gets nothing, or nothing in it): a file reader reads
   * the next sheet only after the last one was taken, so a large workbook is never held whole.
   */
  columns(requests: readonly ColumnRequest[], each: PartSink): Promise<void>;
}

/**
 * The same source, telling `onSheet` how many of the sheets asked for have been read: what a
 * progress display counts while a large workbook is read.
 */
export function withSheetProgress(
  source: GridSource,
  onSheet: (done: number, total: number) => void,
): GridSource {
  return {
    sheets: () => source.sheets(),
    heads: (rows) => source.heads(rows),
    columns: (requests, each) => {
      let done = 0;
      return source.columns(requests, (sheet, part) => {
        each(sheet, part);
        onSheet(++done, requests.length);
      });
    },
  };
}

/** The columns asked for, gathered: for a request or two, where a sheet at a time gains nothing. */
export async function readColumns(
  source: GridSource,
  requests: readonly ColumnRequest[],
): Promise<Map<number, SheetPart>> {
  const out = new Map<number, SheetPart>();
  await source.columns(requests, (sheet, part) => out.set(sheet, part));
  return out;
}

const NONE: ReadonlySet<never> = new Set();

/** A grid already in memory (tests, Prepare's plan, small hand-made workbooks) as a source. */
export function memoryGridSource(grid: WorkbookGrid): GridSource {
  const part = (
    s: SheetGrid,
    keep: (row: number) => boolean,
    columns?: readonly number[],
  ): SheetPart => ({
    rows: s.rows.map((row, r) => {
      if (!row || !keep(r)) return undefined;
      if (!columns) return row;
      const out: Array<CellValue | undefined> = [];
      for (const c of columns) if (row[c] !== undefined) out[c] = row[c];
      return out;
    }),
    percentCells: s.percentCells ?? NONE,
    ...(s.decimalCells ? { decimalCells: s.decimalCells } : {}),
    hiddenRows: s.hiddenRows ?? NONE,
  });
  return {
    sheets: async () => grid.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    heads: async (rows) => grid.sheets.map((s) => part(s, (r) => r < rows)),
    columns: async (requests, each) => {
      for (const q of requests) {
        const s = grid.sheets[q.sheet];
        if (s)
          each(
            q.sheet,
            part(s, () => true, q.columns),
          );
      }
    },
  };
}

/** Rows no sheet of a real workbook reaches: asked of heads(), the whole of every sheet. */
const ALL_ROWS = 10_000_000;

/**
 * Every sheet, every column (up to the source's head width), as a grid in memory: for tools
 * and tests that edit a workbook's cells. The engine itself never reads a workbook this way.
 */
export async function readWholeGrid(source: GridSource): Promise<WorkbookGrid> {
  const sheets = await source.sheets();
  const parts = await source.heads(ALL_ROWS);
  return {
    sheets: sheets.map((s, i) => ({
      name: s.name,
      visibility: s.visibility,
      rows: parts[i]?.rows ?? [],
      percentCells: parts[i]?.percentCells ?? new Set(),
      decimalCells: parts[i]?.decimalCells ?? new Map(),
      hiddenRows: parts[i]?.hiddenRows ?? new Set(),
    })),
  };
}

/**
 * A grid source over a reader that scans one sheet at a time (.ods, .xls): the first rows of
 * every sheet for `heads`, all rows of only the columns asked for in `columns`.
 * `scan(index, maxRows, keep, maxCol)` reads sheet `index` up to `maxRows` rows, keeping the
 * columns `keep` accepts up to `maxCol`.
 */
export function scannedGridSource(
  entries: readonly SheetEntry[],
  headColumns: number,
  scan: (
    index: number,
    maxRows: number,
    keep: (col: number) => boolean,
    maxCol: number,
  ) => SheetPart,
): GridSource {
  return {
    sheets: async () => entries,
    heads: async (rows) => entries.map((_e, i) => scan(i, rows, () => true, headColumns - 1)),
    columns: async (requests, each) => {
      for (const q of requests) {
        if (q.sheet < 0 || q.sheet >= entries.length) continue;
        const wanted = new Set(q.columns);
        each(
          q.sheet,
          scan(q.sheet, Number.MAX_SAFE_INTEGER, (c) => wanted.has(c), Math.max(-1, ...q.columns)),
        );
      }
    },
  };
}
