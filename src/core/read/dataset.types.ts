import type { CarriedStatement } from "./carriedStatements";
import type { TableReading } from "./readTable";
import type { CellValue } from "../grid/grid.types";
import type { InfoField, InfoRole, LeafCategory, MetricDef, Pack } from "../packs/pack.types";
import type { MetricFigure } from "../values/figure";
import type { DayDate } from "../values/parsedValue.types";

/** Which column holds what, 0-based; found by header title, so any column order works. */
export interface ColumnMap {
  code?: number;
  name?: number;
  value?: number;
  unit?: number;
  prior?: number;
  statement?: number;
  note?: number;
  heading?: number;
}

export type ColumnRole = keyof ColumnMap;

/** What a sheet is to the report. */
/** memory: next-year's record of carried sentences, never part of the report */
/** guide: the blank workbook's 使用说明, never part of the report nor a stray sheet */
export type SheetUse = "info" | "category" | "memory" | "guide" | "other";

export interface SheetReading {
  readonly sheet: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly use: SheetUse;
  readonly category: LeafCategory | null;
  /** 0-based row of the header, null when none was found in the first rows */
  readonly headerRow: number | null;
  /** 0-based column of the header's last cell that holds anything (-1 without a header) */
  readonly headerEnd: number;
  readonly columns: ColumnMap;
  readonly duplicateColumns: ReadonlyArray<{ role: ColumnRole; cell: string }>;
  /** 0-based index of the last row that holds anything (of the rows read) */
  readonly lastRow: number;
  /** 0-based rows under the header that the user hid and that hold something: left out */
  readonly hiddenRows: readonly number[];
}

/** A derived metric's computed figures (pack formula), and whether the blank cell took them. */
export interface DerivedFigure {
  /** the computed figures as printed (rounded half-up to the pack's precision) */
  readonly computed: number | null;
  readonly priorComputed: number | null;
  /** the same before rounding (to Excel's 15 digits): what a typed figure is compared with */
  readonly exact: number | null;
  readonly priorExact: number | null;
  /** the 数值 cell was blank and shows the computed figure */
  readonly filled: boolean;
  readonly priorFilled: boolean;
}

export interface MetricRow {
  readonly def: MetricDef;
  readonly sheet: string;
  readonly row: number;
  readonly valueCell: string;
  readonly priorCell: string | null;
  readonly raw: CellValue | undefined;
  readonly figure: MetricFigure;
  readonly prior: MetricFigure;
  /** the unit typed in the row or cell when it cannot be converted to the metric's unit */
  readonly unitMismatch: string | null;
  /** the decimals the 数值 / 上年同期 cell's number format shows, where it fixes them */
  readonly valueDecimals?: number;
  readonly priorDecimals?: number;
  /** for a metric with a formula */
  readonly derived?: DerivedFigure;
}

export interface UnknownRow {
  readonly sheet: string;
  readonly cell: string;
  readonly code: string;
}

export interface NarrativeItem {
  readonly categoryId: string;
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly heading: string;
}

/** A report-information value, parsed once, by the kind its pack field declares. */
export type InfoValue =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "date"; readonly date: DayDate }
  | { readonly kind: "missing" }
  /** something is there, but not what the field takes (2023年度x as a year); shown as typed */
  | { readonly kind: "invalid"; readonly raw: string };

export interface InfoEntry {
  readonly field: InfoField;
  readonly value: InfoValue;
  readonly sheet: string;
  /** the value's cell, or null when the workbook has no row for the field */
  readonly cell: string | null;
}

export interface ReportInfo {
  readonly sheet: string | null;
  /** every field of the pack, by key, whether the workbook has its row or not */
  readonly entries: ReadonlyMap<string, InfoEntry>;
  /** where a missing row should be added (the first free row under the header) */
  readonly nextFreeCell: string | null;
  /** 0-based column of 内容, where a row's value is typed */
  readonly valueColumn: number | null;
  /** the entry for a role (unitName, year, cutoffDate, …) */
  readonly byRole: (role: InfoRole) => InfoEntry | undefined;
  readonly year: number | null;
  readonly cutoff: DayDate | null;
}

export interface Dataset {
  readonly pack: Pack;
  readonly info: ReportInfo;
  /** every sheet of the workbook, in order, and what it is to the report */
  readonly sheets: readonly SheetReading[];
  /** first row of each metric code found in its category's sheet */
  readonly metrics: ReadonlyMap<string, MetricRow>;
  /** further rows of a code already found */
  readonly duplicates: readonly MetricRow[];
  readonly unknownRows: readonly UnknownRow[];
  /** narrative items per leaf category id, in row order */
  readonly items: ReadonlyMap<string, readonly NarrativeItem[]>;
  /** the sentences next-year carried over from last year's workbook */
  readonly carried: readonly CarriedStatement[];
  /** last year's figures next-year remembered, by metric code (empty in a workbook it did not make) */
  readonly remembered: ReadonlyMap<string, number>;
  /** each table's reading, by table id (a table whose sheet is missing has none) */
  readonly tables: ReadonlyMap<string, TableReading>;
}
