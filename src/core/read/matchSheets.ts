import type { SheetEntry } from "../grid/gridSource";
import type { LeafCategory } from "../packs/pack.types";
import { normalizeLabel } from "../values/normalizeText";

export const INFO_SHEET = "报告信息";
/** the blank workbook's first sheet: how to fill it in, for the clerk, never read as data */
export const GUIDE_SHEET = "使用说明";

/**
 * A sheet that looks like a kept copy rather than the one being filled: a year other than the
 * report's in its name, or 副本/备份/旧/(2) as spreadsheet programs and people name copies.
 */
function looksLikeCopy(name: string, year: number | null): boolean {
  if (/副本|备份|旧|copy|\(\d+\)|（\d+）/i.test(name)) return true;
  const years = name.match(/(?:19|20)\d\d/g) ?? [];
  return years.some((y) => Number(y) !== year);
}

/**
 * The sheet with the name asked for, exactly (审判执行) or within a longer name (2.审判执行情况).
 * A visible sheet always before a hidden one — a hidden sheet is used only when no visible one
 * matches —, the one being filled before a copy, the exact name before a longer one, then the
 * first in the workbook.
 */
function bestSheet(
  sheets: readonly SheetEntry[],
  wanted: string,
  year: number | null,
  taken: ReadonlySet<number>,
): number | null {
  const target = normalizeLabel(wanted);
  let best: { i: number; score: number } | null = null;
  for (const [i, s] of sheets.entries()) {
    if (taken.has(i)) continue;
    const name = normalizeLabel(s.name);
    if (!name.includes(target)) continue;
    const score =
      (s.visibility === "visible" ? 0 : 4) +
      (looksLikeCopy(s.name, year) ? 2 : 0) +
      (name === target ? 0 : 1);
    if (!best || score < best.score) best = { i, score };
  }
  return best?.i ?? null;
}

export function findInfoSheet(sheets: readonly SheetEntry[]): number | null {
  return bestSheet(sheets, INFO_SHEET, null, new Set());
}

/** Each leaf category claims one sheet; exact names are claimed first, by every category. */
export function matchCategorySheets(
  sheets: readonly SheetEntry[],
  leaves: readonly LeafCategory[],
  infoSheet: number | null,
  year: number | null,
): Map<number, LeafCategory> {
  const bySheet = new Map<number, LeafCategory>();
  const taken = new Set<number>(infoSheet === null ? [] : [infoSheet]);
  const exact = (leaf: LeafCategory) => {
    const target = normalizeLabel(leaf.short);
    return sheets.some((s, i) => !taken.has(i) && normalizeLabel(s.name) === target);
  };
  const order = [...leaves.filter(exact), ...leaves.filter((l) => !exact(l))];
  for (const leaf of order) {
    const i = bestSheet(sheets, leaf.short, year, taken);
    if (i === null) continue;
    bySheet.set(i, leaf);
    taken.add(i);
  }
  return bySheet;
}
