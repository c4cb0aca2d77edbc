import type { Locale } from "./locale";

/** Names and values taken from a workbook or template are cut here, so no message runs on. */
export const QUOTE_LIMIT = 30;

function shorten(s: string, limit = QUOTE_LIMIT): string {
  const chars = [...s.replace(/\s+/g, " ").trim()];
  return chars.length > limit ? `${chars.slice(0, limit).join("")}…` : chars.join("");
}

/** A name as the clerk typed it: 「审判执行」 in Chinese, “审判执行” in English. */
export function q(name: string | number, locale: Locale): string {
  const s = shorten(String(name));
  return locale === "zh-CN" ? `「${s}」` : `“${s}”`;
}

/** A cell as a clerk reads it: 「审判执行」表 C7 / sheet “审判执行”, cell C7. */
export function sheetCell(sheet: string, cell: string, locale: Locale): string {
  return locale === "zh-CN"
    ? `${q(sheet, locale)}表 ${cell}`
    : `sheet ${q(sheet, locale)}, cell ${cell}`;
}

export function sheetName(sheet: string, locale: Locale): string {
  return locale === "zh-CN" ? `${q(sheet, locale)}表` : `sheet ${q(sheet, locale)}`;
}

/** A file or folder name, whole: a cut path would send the clerk to the wrong place. */
export function qp(path: string | number, locale: Locale): string {
  return locale === "zh-CN" ? `「${String(path)}」` : `“${String(path)}”`;
}
