/**
 * A workbook as the core sees it: sheets of plain cell values, nothing from Office or ExcelJS.
 * Adapters (Excel JS API, .xlsx files) turn what they read into this shape.
 */

/** An Excel error value such as #REF! or #DIV/0!, kept apart from text that merely looks like one. */
export interface CellError {
  readonly error: string;
}

/**
 * A calendar date read from a date-formatted cell (no time zone: report dates are days), with the
 * number behind it when the cell held one: a count that somebody formatted as a date is still
 * that count.
 */
export interface CellDate {
  readonly date: { readonly y: number; readonly m: number; readonly d: number };
  readonly serial?: number;
}

/**
 * What a formula cell holds when the file carries no computed result (files written by other
 * programs than Excel): not an Excel error, but not a value either.
 */
export const UNCALCULATED = "#UNCALCULATED";

export type CellValue = string | number | boolean | CellError | CellDate | null;

export interface SheetGrid {
  readonly name: string;
  /** "hidden" and "veryHidden" sheets are read too: staff hide helper sheets, not data. */
  readonly visibility: "visible" | "hidden" | "veryHidden";
  /** rows[r][c] is the cell at row r+1, column c+1; rows may be ragged or sparse (undefined). */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;
  /** Numeric cells whose format shows them as a per cent (A1 addresses). */
  readonly percentCells?: ReadonlySet<string>;
  /** Numeric cells whose format fixes the decimals shown (A1 address → decimals). */
  readonly decimalCells?: ReadonlyMap<string, number>;
  /** 0-based rows the user hid */
  readonly hiddenRows?: ReadonlySet<number>;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && "error" in v && typeof v.error === "string";
}

export function isCellDate(v: unknown): v is CellDate {
  return typeof v === "object" && v !== null && "date" in v && typeof v.date === "object";
}

/** A cell that holds something: not absent, not null, not an empty string. */
export function holdsValue(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && v !== "";
}

/**
 * The 0-based column of a row's last cell that holds something, -1 for none: sources may hand rows
 * padded to the width they read.
 */
export function lastFilledColumn(row: ReadonlyArray<CellValue | undefined> | undefined): number {
  if (!row) return -1;
  for (let c = row.length - 1; c >= 0; c--) if (holdsValue(row[c])) return c;
  return -1;
}
