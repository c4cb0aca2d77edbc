import { isCellDate, isCellError, type CellValue } from "../grid/grid.types";
import { normalizeText } from "./normalizeText";
import type { ApproxMark, ParsedValue } from "./parsedValue.types";

/** Cells that mean "no figure": the dashes and slashes of hand-kept statistics tables. */
const MISSING_TOKENS = new Set(["", "-", "--", "—", "——", "–", "/", "\\", "—/—", "无数据", "暂无"]);
const NOT_APPLICABLE_TOKENS = new Set(["不适用", "不涉及", "N/A", "n/a", "NA"]);

/**
 * A number as written in a report cell. Groups: 1 prefix mark, 2 the number, 3 余/多 before the
 * scale, 4 scale (万/亿/千/百万), 5 余/多 after the scale, 6 the rest (a unit such as 件 or %).
 */
const NUMBER_TEXT =
  /^(约|近|超过|超|逾|大约)?([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(余|多)?(万亿|百万|千万|万|亿|千)?(余|多)?([^\d]*)$/;

const PREFIX_MARK: Record<string, ApproxMark> = {
  约: "约",
  大约: "约",
  近: "近",
  超: "超",
  超过: "超",
  逾: "超",
};

const UNIT_TEXT = /^[^\d\s()（）,，;；。]{0,6}$/;

export function parseCellValue(cell: CellValue | undefined): ParsedValue {
  if (cell === null || cell === undefined) return { kind: "missing" };
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { kind: "number", value: cell, approx: null, unit: null }
      : { kind: "error", code: "#NUM!" };
  }
  if (typeof cell === "boolean") return { kind: "text", text: cell ? "TRUE" : "FALSE" };
  if (isCellError(cell)) return { kind: "error", code: cell.error };
  if (isCellDate(cell)) return { kind: "date", date: cell.date };
  return parseValueText(cell);
}

function parseValueText(raw: string): ParsedValue {
  const s = normalizeText(raw);
  if (MISSING_TOKENS.has(s)) return { kind: "missing" };
  if (NOT_APPLICABLE_TOKENS.has(s)) return { kind: "notApplicable" };
  if (/^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/.test(s)) {
    return { kind: "error", code: s };
  }
  const compact = s.replace(/\s/g, "");
  const m = NUMBER_TEXT.exec(compact);
  if (!m) return { kind: "text", text: s };
  const [, prefix, digits, markBefore, scale, markAfter, rest] = m;
  const unitRest = rest ?? "";
  if (!UNIT_TEXT.test(unitRest)) return { kind: "text", text: s };
  const value = Number((digits ?? "").replace(/,/g, ""));
  if (!Number.isFinite(value)) return { kind: "text", text: s };
  const suffixMark = markBefore ?? markAfter;
  const approx: ApproxMark | null = prefix
    ? (PREFIX_MARK[prefix] ?? "约")
    : suffixMark === "余" || suffixMark === "多"
      ? suffixMark
      : null;
  const unit = `${scale ?? ""}${unitRest}`;
  return { kind: "number", value, approx, unit: unit === "" ? null : unit };
}
