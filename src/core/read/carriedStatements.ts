import type { SheetPart } from "../grid/gridSource";

/**
 * The sheet where next-year keeps the sentences it carried over, very hidden: check warns at each
 * one still word for word last year's. Kept in the workbook itself, so the memory travels with
 * the file to whoever fills it in.
 */
export const MEMORY_SHEET = "报告助手记录";
export const MEMORY_HEADER = ["表", "单元格", "上年表述"] as const;

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
    if (typeof sheet === "string" && typeof cell === "string" && typeof text === "string")
      out.push({ sheet, cell, text });
  }
  return out;
}
