import { present } from "../errors/present";
import { cellAddress, parseCellAddress } from "../grid/a1";
import { leafCategories } from "../packs/leafCategories";
import type { ColumnRole } from "../read/dataset.types";
import type { Dataset } from "../read/dataset.types";
import { GUIDE_SHEET, INFO_SHEET } from "../read/matchSheets";
import {
  infoStartValue,
  scaffoldLayout,
  type ScaffoldSheet,
  type ValueValidation,
} from "./scaffoldLayout";

/** One block of new rows under a sheet's last used row: every cell it writes was empty. */
export interface RowAppend {
  readonly sheet: string;
  /** 0-based row and column of the block's top-left cell */
  readonly row: number;
  readonly col: number;
  /** null leaves a cell as it is */
  readonly values: ReadonlyArray<ReadonlyArray<string | null>>;
  readonly validations: readonly ValueValidation[];
}

export interface PreparePlan {
  readonly newSheets: readonly ScaffoldSheet[];
  readonly appends: readonly RowAppend[];
  /** sheets the plan leaves alone because it cannot tell where things go */
  readonly skipped: ReadonlyArray<{ sheet: string; reason: "no-header" }>;
  /** where filling in starts, selected when Prepare is done: 报告信息's first 内容 cell */
  readonly start: { readonly sheet: string; readonly cell: string };
  /** the metric rows it writes, in new sheets and under existing ones */
  readonly metricRows: number;
}

function block(
  sheet: string,
  firstRow: number,
  rows: Array<Map<number, string>>,
  validations: ValueValidation[],
): RowAppend | null {
  if (rows.length === 0) return null;
  const cols = rows.flatMap((r) => [...r.keys()]);
  const min = Math.min(...cols);
  const max = Math.max(...cols);
  const values = rows.map((r) =>
    Array.from({ length: max - min + 1 }, (_, i) => r.get(min + i) ?? null),
  );
  return { sheet, row: firstRow, col: min, values, validations };
}

/**
 * What Prepare adds to a workbook that may already hold data: the standard sheets that are
 * missing, and the rows of metrics and report fields that no sheet has yet, written under the
 * last used row. It never plans a write into a cell that holds anything.
 */
export function planPrepare(dataset: Dataset): PreparePlan {
  const { pack } = dataset;
  const layout = scaffoldLayout(pack);
  const newSheets: ScaffoldSheet[] = [];
  const appends: RowAppend[] = [];
  const skipped: Array<{ sheet: string; reason: "no-header" }> = [];
  let appendedMetrics = 0;

  const infoLayout = present(
    layout.find((s) => s.name === INFO_SHEET),
    "layout.find((s) => s.name === INFO_SHEET)",
  );
  if (dataset.info.sheet === null) {
    // a workbook starting from nothing gets the blank workbook's 使用说明 too
    const guide = layout.find((s) => s.name === GUIDE_SHEET);
    if (guide && !dataset.sheets.some((s) => s.use === "guide")) newSheets.push(guide);
    newSheets.push(infoLayout);
  } else {
    const next = parseCellAddress(dataset.info.nextFreeCell ?? "A2") ?? { row: 1, col: 0 };
    const valueCol = dataset.info.valueColumn ?? next.col + 1;
    const rows = pack.info
      .filter((f) => dataset.info.entries.get(f.key)?.cell == null)
      .map((f) => {
        const row = new Map([[next.col, f.key]]);
        const start = infoStartValue(pack, f);
        if (start !== null) row.set(valueCol, start);
        return row;
      });
    const b = block(dataset.info.sheet, next.row, rows, []);
    if (b) appends.push(b);
  }

  leafCategories(pack).forEach((leaf) => {
    const sheetLayout = present(
      layout.find((s) => s.name === leaf.short),
      "layout.find((s) => s.name === leaf.short)",
    );
    const reading = dataset.sheets.find((s) => s.category?.category.id === leaf.category.id);
    if (!reading) {
      newSheets.push(sheetLayout);
      return;
    }
    // a table's sheet is its form: Prepare adds no rows to it
    if (sheetLayout.form) return;
    if (reading.headerRow === null) {
      skipped.push({ sheet: reading.sheet, reason: "no-header" });
      return;
    }
    const cols = reading.columns;
    const missing = pack.metrics.filter(
      (m) => m.category === leaf.category.id && !dataset.metrics.has(m.code),
    );
    const first = reading.lastRow + 1;
    appendedMetrics += missing.length;
    const rows: Array<Map<number, string>> = [];
    const validations: ValueValidation[] = [];
    for (const m of missing) {
      const row = new Map<number, string>();
      const set = (role: ColumnRole, v: string) => {
        const c = cols[role];
        if (c !== undefined) row.set(c, v);
      };
      set("code", m.code);
      set("name", m.name);
      set("unit", m.unit);
      set("note", `${m.definition}${m.required ? "（必填）" : "（选填）"}`);
      const v = sheetLayout.validations.find((x) => x.promptTitle === m.name.slice(0, 32));
      if (v && cols.value !== undefined)
        validations.push({ ...v, cell: cellAddress(first + rows.length, cols.value) });
      rows.push(row);
    }
    // a sheet without a 表述 column gets one, after its header's last cell (which holds nothing
    // beyond it), so that check does not then ask the clerk to add it
    let statementCol = cols.statement;
    if (statementCol === undefined && reading.headerEnd >= 0) {
      statementCol = reading.headerEnd + 1;
      appends.push({
        sheet: reading.sheet,
        row: reading.headerRow,
        col: statementCol,
        values: [["表述"]],
        validations: [],
      });
    }
    // a part with no 表述 at all gets the pack's default sentences, in rows of their own
    if ((dataset.items.get(leaf.category.id) ?? []).length === 0 && statementCol !== undefined)
      for (const item of leaf.category.defaultItems ?? []) {
        const row = new Map<number, string>([[statementCol, item.text]]);
        if (item.heading !== undefined && cols.heading !== undefined)
          row.set(cols.heading, item.heading);
        rows.push(row);
      }
    const b = block(reading.sheet, first, rows, validations);
    if (b) appends.push(b);
  });
  const start = {
    sheet: dataset.info.sheet ?? infoLayout.name,
    cell: cellAddress(1, dataset.info.sheet === null ? 1 : (dataset.info.valueColumn ?? 1)),
  };
  // a metric row is one with a code: new sheets' rows, and the rows appended under old ones
  const metricRows =
    newSheets.reduce((n, sh) => {
      const code = sh.header.indexOf("编码");
      return n + (code < 0 ? 0 : sh.rows.filter((r) => r[code] !== null).length);
    }, 0) + appendedMetrics;
  return { newSheets, appends, skipped, start, metricRows };
}
