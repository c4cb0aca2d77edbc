import type { Issue } from "../../issues/issue.types";
import type { MetricDef } from "../../packs/pack.types";
import type { MetricRow } from "../../read/dataset.types";
import { formatPlainNumber } from "../../phrasing/roundDecimal";
import { cleanFloat, splitUnit } from "../../values/units";
import { at, issue, type Check } from "../checkContext";

/** How far after a metric's name (or alias) a typed figure is taken to be that metric's. */
const NEAR = 12;
/** Figures shorter than this are too common to compare digit by digit (12次 vs 13次). */
const MIN_DIGITS_FOR_SLIPS = 4;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A number a sentence types, with its unit: 1400件, 1.35亿元, 2000万元. Approximate ones are skipped. */
interface Typed {
  readonly at: number;
  readonly text: string;
  /** in the metric's unit */
  readonly value: number;
  readonly digits: string;
}

function typedFigures(text: string, def: MetricDef): Typed[] {
  const { base } = splitUnit(def.unit);
  if (base === "") return [];
  const own = splitUnit(def.unit).multiplier;
  const re = new RegExp(`(约|近|超过|超)?(\\d+(?:\\.\\d+)?)(万|亿)?(余|多)?${escape(base)}`, "gu");
  const out: Typed[] = [];
  for (const m of text.matchAll(re)) {
    if (m[1] || m[4]) continue; // approximate: 1400余件 agrees with 1412
    const n = Number(m[2]);
    const scale = m[3] === "亿" ? 1e8 : m[3] === "万" ? 1e4 : 1;
    out.push({
      at: m.index ?? 0,
      text: m[0],
      value: cleanFloat((n * scale) / own),
      digits: (m[2] ?? "").replace(".", ""),
    });
  }
  return out;
}

/** One digit changed, or two neighbours swapped: 1385 → 1358, 1385 → 1395. */
function slipOf(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

const figureOf = (row: MetricRow, side: "figure" | "prior"): number | null => {
  const f = row[side];
  return f.kind === "number" ? f.value : null;
};

/**
 * FIGURE_TYPED_MISMATCH: a figure typed into a sentence that contradicts the sheet — within a few
 * characters after a metric's name (or one of the words reports use for it, the pack's `aliases`),
 * with the metric's unit, a number that is neither its 数值 nor its 上年同期 ("共受理各类案件1400件"
 * with 新收案件 1385); or, anywhere in the part, a number of four or more digits one slip away
 * (a digit changed, two swapped) from a figure of the same unit. A warning at the sentence, naming
 * both the typed figure and the cell.
 */
export const checkTypedFigures: Check = ({ dataset, scope }) => {
  const out: Issue[] = [];
  const rows = [...dataset.metrics.values()].filter(
    (r) => r.def.kind === "count" || r.def.kind === "amount",
  );
  const byCategory = new Map<string, MetricRow[]>();
  for (const r of rows) {
    const list = byCategory.get(r.def.category) ?? [];
    list.push(r);
    byCategory.set(r.def.category, list);
  }
  // a figure the sheet holds for any metric of the part is no slip (新收16742件，结案16724件)
  const known = new Map<string, Set<number>>();
  for (const [category, list] of byCategory) {
    const values = new Set<number>();
    for (const r of list)
      for (const v of [figureOf(r, "figure"), figureOf(r, "prior")]) if (v !== null) values.add(v);
    known.set(category, values);
  }
  for (const t of scope.texts) {
    if (t.categoryId === "") continue;
    // the typed words only: what placeholders print is the sheet's own figure
    const prose = t.source.replace(/\{[^{}]*\}/gu, "\u3000");
    if (!/\d/u.test(prose)) continue;
    const said = new Set<string>();
    const warn = (typed: Typed, row: MetricRow) => {
      const key = `${typed.at}`;
      if (said.has(key)) return;
      said.add(key);
      const value = figureOf(row, "figure");
      out.push(
        issue(
          "FIGURE_TYPED_MISMATCH",
          "warning",
          at(t.sheet, t.cell),
          {
            typed: typed.text,
            name: row.def.name,
            sheet: row.sheet,
            cell: row.valueCell,
            value: value === null ? "" : `${formatPlainNumber(value)}${row.def.unit}`,
          },
          { metric: row.def.code, category: t.categoryId },
        ),
      );
    };
    for (const row of byCategory.get(t.categoryId) ?? []) {
      const value = figureOf(row, "figure");
      if (value === null) continue;
      const prior = figureOf(row, "prior");
      const agrees = (v: number) => v === value || v === prior;
      const figures = typedFigures(prose, row.def);
      if (figures.length === 0) continue;
      // next to the metric's name or an alias: that metric's figure
      for (const name of [row.def.name, ...(row.def.aliases ?? [])]) {
        for (let i = prose.indexOf(name); i !== -1; i = prose.indexOf(name, i + 1)) {
          const end = i + name.length;
          const typed = figures.find((f) => f.at >= end && f.at - end <= NEAR);
          if (typed && !agrees(typed.value)) warn(typed, row);
        }
      }
      // a slip of the hand, anywhere in the part
      const digits = formatPlainNumber(value).replace(".", "");
      if (digits.length < MIN_DIGITS_FOR_SLIPS) continue;
      const sheetHas = known.get(t.categoryId);
      for (const f of figures)
        if (!agrees(f.value) && !sheetHas?.has(f.value) && slipOf(f.digits, digits)) warn(f, row);
    }
  }
  return out;
};
