import type { SheetPart } from "../grid/gridSource";

/**
 * The sheet where next-year keeps the sentences it carried over, very hidden: check warns at each
 * one still word for word last year's. Kept in the workbook itself, so the memory travels with
 * the file to whoever fills it in.
 */
export const MEMORY_SHEET = "报告助手记录";
export const MEMORY_HEADER = ["表", "单元格", "上年表述"] as const;

/**
 * A memory row that holds last year's figure of a statutory table's cell (its metric code, the
 * number) rather than a sentence: what {X|同比} on a table figure and the form's relations across
 * years (上年结转 = last year's 结转下年度) read. No sheet can be named so ([ ] are not allowed).
 */
export const PRIOR_FIGURE_MARK = "[上年数值]";

export interface CarriedStatement {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

export function readCarried(part: SheetPart | undefined): CarriedStatement[] {
  const out: CarriedStatement[] = [];
  for (const [r, row] of (part?.rows ?? []).entries()) {
    if (r === 0 || !row) continue;
    const [sheet, cell, text] = row;
    if (sheet === PRIOR_FIGURE_MARK) continue;
    if (typeof sheet === "string" && typeof cell === "string" && typeof text === "string")
      out.push({ sheet, cell, text });
  }
  return out;
}

/** Last year's table figures the memory holds, by metric code. */
export function readPriorFigures(part: SheetPart | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [r, row] of (part?.rows ?? []).entries()) {
    if (r === 0 || !row || row[0] !== PRIOR_FIGURE_MARK) continue;
    const [, code, value] = row;
    const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
    if (typeof code === "string" && value !== "" && Number.isFinite(n)) out.set(code, n);
  }
  return out;
}
