import type { SheetEntry, SheetPart } from "../grid/gridSource";
import type { Pack } from "../packs/pack.types";
import { REPORT_TYPE_KEY } from "../packs/parsePack";
import { parseReportType, type ReportTypeMark } from "../packs/reportType";
import { normalizeLabel } from "../values/normalizeText";
import { findInfoSheet } from "./matchSheets";
import { findInfoHeader } from "./readReportInfo";
import { displayRaw } from "./resolveFigure";

/** Where a workbook's 报告类型 would be: its 报告信息 sheet and that table's two columns. */
export interface ReportTypePlace {
  readonly sheet: number;
  readonly keyCol: number;
  readonly valueCol: number;
}

export function reportTypePlace(
  sheets: readonly SheetEntry[],
  heads: readonly SheetPart[],
): ReportTypePlace | null {
  const sheet = findInfoSheet(sheets);
  if (sheet === null) return null;
  const { keyCol, valueCol } = findInfoHeader(heads[sheet]?.rows ?? []);
  return { sheet, keyCol, valueCol };
}

/**
 * The pack a workbook says it was made for, from its 报告信息 row 报告类型 (written by scaffold,
 * Prepare and next-year). Null when the row is absent or empty; `id: null` when it names no
 * pack among those given.
 */
export function findReportType(
  part: SheetPart | undefined,
  place: ReportTypePlace,
  packs: ReadonlyArray<Pick<Pack, "id" | "title">>,
): ReportTypeMark | null {
  const key = normalizeLabel(REPORT_TYPE_KEY);
  for (const [r, row] of (part?.rows ?? []).entries()) {
    if (!row || part?.hiddenRows.has(r)) continue;
    const k = row[place.keyCol];
    if (typeof k !== "string" || normalizeLabel(k) !== key) continue;
    const v = row[place.valueCol];
    const text = v === null || v === undefined ? "" : displayRaw(v).trim();
    return text === "" ? null : parseReportType(text, packs);
  }
  return null;
}
