import type { ColumnRequest, SheetEntry, SheetPart } from "../grid/gridSource";
import { leafCategories } from "../packs/leafCategories";
import type { LeafCategory, Pack, PackTable } from "../packs/pack.types";
import { tableOfCategory } from "../packs/tableGeometry";
import type { ColumnRole } from "./dataset.types";
import { MEMORY_SHEET } from "./carriedStatements";
import { findHeader, HEADER_SCAN_ROWS, type HeaderMatch } from "./findHeader";
import { findInfoSheet, matchCategorySheets } from "./matchSheets";
import { findInfoHeader, parseYear, type InfoHeader } from "./readReportInfo";

/** What each sheet is to the report, decided from the sheet list and the first rows alone. */
export interface ReadPlan {
  readonly sheets: readonly SheetEntry[];
  readonly heads: readonly SheetPart[];
  readonly info: { readonly index: number; readonly header: InfoHeader } | null;
  readonly categories: ReadonlyMap<
    number,
    {
      readonly leaf: LeafCategory;
      readonly header: HeaderMatch | null;
      /** the part's table: the sheet is its form, read whole by its labels */
      readonly table?: PackTable;
    }
  >;
  /** next-year's memory of the sentences it carried over */
  readonly memory: number | null;
  /** the columns to read in full: 报告信息's key and value, each category sheet's known columns */
  readonly requests: readonly ColumnRequest[];
}

const FORM_EXTRA_COLUMNS = 12;

/** The roles a category sheet's rows are read for; 说明 is the clerk's, not the report's. */
const READ_ROLES: readonly ColumnRole[] = [
  "code",
  "name",
  "value",
  "unit",
  "prior",
  "statement",
  "heading",
];

/** The report year, from 报告信息's first rows: which sheets are last year's copies depends on it. */
function yearFromHead(part: SheetPart | undefined, header: InfoHeader, pack: Pack): number | null {
  const key = pack.info.find((f) => f.role === "year")?.key;
  if (!part || !key) return null;
  for (const row of part.rows) {
    const label = row?.[header.keyCol];
    if (typeof label === "string" && label.trim() === key) return parseYear(row?.[header.valueCol]);
  }
  return null;
}

export function planRead(
  pack: Pack,
  sheets: readonly SheetEntry[],
  heads: readonly SheetPart[],
): ReadPlan {
  const infoIndex = findInfoSheet(sheets);
  const infoHeader = infoIndex === null ? null : findInfoHeader(heads[infoIndex]?.rows ?? []);
  const year =
    infoIndex === null || !infoHeader ? null : yearFromHead(heads[infoIndex], infoHeader, pack);
  const claimed = matchCategorySheets(sheets, leafCategories(pack), infoIndex, year);
  const categories = new Map<
    number,
    { leaf: LeafCategory; header: HeaderMatch | null; table?: PackTable }
  >();
  // 报告信息 first (figures are read against its year), then the category sheets in workbook order
  const requests: ColumnRequest[] = [];
  if (infoIndex !== null && infoHeader)
    requests.push({ sheet: infoIndex, columns: [infoHeader.keyCol, infoHeader.valueCol] });
  const sheetRequests: ColumnRequest[] = [];
  for (const [index, leaf] of claimed) {
    const table = tableOfCategory(pack, leaf.category.id);
    if (table) {
      // a form re-typed by hand may have a few more columns than the printed one
      categories.set(index, { leaf, header: null, table });
      // a form shorter than the rows already read is there whole (表二, 表四): read from them
      if ((heads[index]?.rows.length ?? 0) < HEADER_SCAN_ROWS) continue;
      const width = table.widths.length + FORM_EXTRA_COLUMNS;
      sheetRequests.push({ sheet: index, columns: Array.from({ length: width }, (_v, i) => i) });
      continue;
    }
    const header = findHeader(heads[index]?.rows ?? []);
    categories.set(index, { leaf, header });
    if (!header) continue;
    const columns = READ_ROLES.flatMap((r) =>
      header.columns[r] === undefined ? [] : [header.columns[r]],
    );
    sheetRequests.push({ sheet: index, columns: [...new Set(columns)].sort((a, b) => a - b) });
  }
  requests.push(...sheetRequests.sort((a, b) => a.sheet - b.sheet));
  const memory = sheets.findIndex((s) => s.name === MEMORY_SHEET);
  if (memory >= 0) requests.push({ sheet: memory, columns: [0, 1, 2] });
  return {
    sheets,
    heads,
    memory: memory >= 0 ? memory : null,
    info: infoIndex === null || !infoHeader ? null : { index: infoIndex, header: infoHeader },
    categories,
    requests,
  };
}
