import type { CellValue } from "../grid/grid.types";
import type { LeafCategory, MetricDef, Pack } from "../packs/pack.types";
import type { MetricFigure } from "../template/templateValues";
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

export interface SheetReading {
  readonly sheet: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly category: LeafCategory | null;
  /** 0-based row of the header, null when none was found in the first rows */
  readonly headerRow: number | null;
  readonly columns: ColumnMap;
  readonly duplicateColumns: ReadonlyArray<{ role: ColumnRole; cell: string }>;
  /** 0-based index of the last row that holds anything */
  readonly lastRow: number;
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

export interface InfoEntry {
  readonly key: string;
  readonly raw: CellValue | undefined;
  readonly sheet: string;
  readonly cell: string;
}

export interface ReportInfo {
  readonly sheet: string | null;
  readonly entries: ReadonlyMap<string, InfoEntry>;
  /** where a missing entry should be added (the first free row under the header) */
  readonly nextFreeCell: string | null;
  readonly year: number | null;
  readonly cutoff: DayDate | null;
}

export interface Dataset {
  readonly pack: Pack;
  readonly info: ReportInfo;
  readonly sheets: readonly SheetReading[];
  /** first row of each metric code found anywhere in the workbook */
  readonly metrics: ReadonlyMap<string, MetricRow>;
  /** further rows of a code already found */
  readonly duplicates: readonly MetricRow[];
  readonly unknownRows: readonly UnknownRow[];
  /** narrative items per leaf category id, in row order */
  readonly items: ReadonlyMap<string, readonly NarrativeItem[]>;
  /** items on sheets that belong to no category */
  readonly orphanItems: readonly NarrativeItem[];
}
