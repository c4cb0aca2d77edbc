import type { CellValue } from "../grid/grid.types";
import { normalizeText } from "../values/normalizeText";

/** A label or code as typed: width, spaces and invisible characters folded. */
export function labelText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return normalizeText(v);
  if (typeof v === "number") return String(v);
  return "";
}

/**
 * A 表述 keeps its own wording and punctuation. It is one paragraph of the report: a line break
 * typed in the cell (Alt+Enter, to wrap it on screen) joins the lines — with nothing between
 * Chinese text, with a space between Latin words —, and invisible characters go.
 */
export function statementText(v: CellValue | undefined): string {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return "";
  return v
    .replace(/[\u200B-\u200F\uFEFF]/g, "")
    .replace(/[ \t]*\r?\n[ \t\r\n]*/g, (_m, offset: number, all: string) => {
      const before = all[offset - 1] ?? "";
      const after = all[offset + _m.length] ?? "";
      return /[A-Za-z0-9,.;:]/.test(before) && /[A-Za-z0-9]/.test(after) ? " " : "";
    })
    .trim();
}

/**
 * Heading numbers the template writes itself (一、 （一） 1. （1） ①), when a clerk typed one
 * anyway: taken off once, so the report does not say （一）一、聚焦….
 */
const TYPED_ORDINAL =
  /^\s*(?:[（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百零〇]+[、.．]|\d+[、.．](?!\d)|[①-⑳])\s*/u;

export function headingText(v: CellValue | undefined): string {
  return statementText(v)
    .replace(TYPED_ORDINAL, "")
    .replace(/[。．.]+$/u, "");
}
