import { cellAddress, parseCellAddress } from "../grid/a1";
import { UserError } from "../errors/userError";
import { holdsValue, isCellDate } from "../grid/grid.types";
import { reportTypeText } from "../packs/reportType";
import { MEMORY_HEADER, PRIOR_FIGURE_MARK, type CarriedStatement } from "../read/carriedStatements";
import type { Dataset, InfoEntry } from "../read/dataset.types";

/** What a cell becomes: a number, a text, or nothing (emptied, its format kept). */
export type CellWrite = number | string | null;

export interface CellEdit {
  readonly sheet: string;
  /** A1 address */
  readonly cell: string;
  readonly value: CellWrite;
  /**
   * a figure as the clerk sees it (85.57 for 85.57%): written ÷100 into a cell formatted as a
   * percentage, so it still shows what it showed
   */
  readonly figure?: boolean;
}

/** What is written into a workbook: its cells to change, and a very hidden sheet written whole. */
export interface WorkbookChange {
  readonly edits: readonly CellEdit[];
  /** next-year's memory of the sentences carried over (replaced if the workbook has one) */
  readonly hiddenSheet?: { readonly name: string; readonly rows: ReadonlyArray<readonly string[]> };
}

export interface NextYearPlan {
  readonly year: number;
  readonly edits: readonly CellEdit[];
  /** the sentences carried over, for the memory sheet (header row first) */
  readonly memory: ReadonlyArray<readonly string[]>;
  /** how many figures moved to 上年同期 */
  readonly moved: number;
  /** how many sentences the memory holds */
  readonly sentences: number;
}

/**
 * Next year's workbook from this year's: 报告年度 + 1; each figure moves to 上年同期; 数值,
 * 统计截止日期 and 成文日期 emptied; headings and sentences kept (their placeholders read next
 * year's figures). Only these cells change; the sentences carried are remembered so check can
 * point at each one still word for word.
 */
export function planNextYear(dataset: Dataset): NextYearPlan {
  const { info, pack } = dataset;
  const yearEntry = info.byRole("year");
  const sheet = info.sheet;
  if (info.year === null || !yearEntry?.cell || sheet === null)
    throw new UserError("NEXT_YEAR_NO_YEAR", { sheet: sheet ?? "报告信息" });
  const edits: CellEdit[] = [{ sheet, cell: yearEntry.cell, value: info.year + 1 }];

  const empty = (e: InfoEntry | undefined) => {
    if (e?.cell && e.value.kind !== "missing") edits.push({ sheet, cell: e.cell, value: null });
  };
  empty(info.byRole("cutoffDate"));
  empty(info.byRole("signDate"));

  // the workbook keeps saying which report it is for, at the pack's current version
  const type = info.byRole("reportType");
  const typeText = reportTypeText(pack);
  if (type?.cell) {
    if (!(type.value.kind === "text" && type.value.text === typeText))
      edits.push({ sheet, cell: type.cell, value: typeText });
  } else if (type && info.nextFreeCell && info.valueColumn !== null) {
    const at = parseCellAddress(info.nextFreeCell);
    if (at) {
      edits.push({ sheet, cell: info.nextFreeCell, value: type.field.key });
      edits.push({ sheet, cell: cellAddress(at.row, info.valueColumn), value: typeText });
    }
  }

  // a table's figures start empty, but for those the form carries into next year (结转下年度 →
  // 上年结转)
  const carried = new Map<string, number>();
  for (const t of pack.tables)
    for (const c of t.carry) {
      const f = dataset.metrics.get(c.from)?.figure;
      if (f?.kind === "number") carried.set(c.to, f.value);
    }
  let moved = 0;
  for (const row of [...dataset.metrics.values(), ...dataset.duplicates]) {
    const raw = row.raw;
    const blank = !holdsValue(raw);
    const carry = carried.get(row.def.code);
    if (carry !== undefined && dataset.metrics.get(row.def.code) === row) {
      edits.push({ sheet: row.sheet, cell: row.valueCell, value: carry });
      continue;
    }
    if (!row.priorCell) {
      if (!blank) edits.push({ sheet: row.sheet, cell: row.valueCell, value: null });
      continue;
    }
    const f = row.figure;
    let prior: CellWrite = null;
    let figure = false;
    if (f.kind === "number") {
      // 40余 stays as typed; a plain number moves as the clerk saw it
      if (typeof raw === "string") prior = raw.trim();
      else {
        prior = f.value;
        figure = true;
      }
    } else if (f.kind === "text") prior = f.text;
    else if (f.kind === "date" && isCellDate(raw)) prior = null;
    // this year's 不适用, blank or unreadable value leaves last year's column blank
    edits.push({
      sheet: row.sheet,
      cell: row.priorCell,
      value: prior,
      ...(figure ? { figure } : {}),
    });
    if (prior !== null) moved += 1;
    if (!blank) edits.push({ sheet: row.sheet, cell: row.valueCell, value: null });
  }

  const sentences: CarriedStatement[] = [];
  for (const items of dataset.items.values())
    for (const item of items)
      sentences.push({ sheet: item.sheet, cell: item.cell, text: item.text });
  const lead = info.byRole("lead");
  if (lead?.cell && lead.value.kind === "text")
    sentences.push({ sheet, cell: lead.cell, text: lead.value.text });

  // this year's figures, remembered: the forms have no 上年同期 column (next year's 同比 and the
  // relations across years read them from here), and a check can tell a 上年同期 carried over
  // from one the clerk looked up and typed
  const figures: string[][] = [];
  for (const row of dataset.metrics.values())
    if (row.figure.kind === "number")
      figures.push([PRIOR_FIGURE_MARK, row.def.code, String(row.figure.value)]);

  return {
    year: info.year + 1,
    edits,
    memory: [[...MEMORY_HEADER], ...sentences.map((c) => [c.sheet, c.cell, c.text]), ...figures],
    moved,
    sentences: sentences.length,
  };
}
