import { UNCALCULATED, type CellValue } from "../../core/grid/grid.types";

/** ExcelJS's many value shapes (rich text, formulas, hyperlinks, dates) → a plain CellValue. */
export function excelCellToValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { error: "#VALUE!" };
    // ExcelJS gives dates at UTC midnight of the serial's day
    return { date: { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() } };
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) {
      return o.richText
        .map((r: { text?: unknown }) => (typeof r.text === "string" ? r.text : ""))
        .join("");
    }
    if ("formula" in o || "sharedFormula" in o) {
      // A formula whose result was never computed (no cached value) is said to be so.
      return "result" in o && o.result !== undefined
        ? excelCellToValue(o.result)
        : { error: UNCALCULATED };
    }
    if (typeof o.text === "string") return o.text; // hyperlink
    if ("text" in o && typeof o.text === "object") return excelCellToValue(o.text);
  }
  return null;
}

export function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ""));
}
