import type { Issue } from "../../issues/issue.types";
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
  /** in the unit's base (件, 元), the magnitude typed applied */
  readonly inBase: number;
  readonly digits: string;
}

/** One pattern per base unit, made once: a check reads every sentence of a large workbook. */
const patterns = new Map<string, RegExp>();
function patternFor(base: string): RegExp {
  let re = patterns.get(base);
  if (!re) {
    re = new RegExp(`(约|近|超过|超)?(\\d+(?:\\.\\d+)?)(万|亿)?(余|多)?${escape(base)}`, "gu");
    patterns.set(base, re);
  }
  return re;
}

function typedFigures(text: string, base: string): Typed[] {
  const out: Typed[] = [];
  for (const m of text.matchAll(patternFor(base))) {
    if (m[1] || m[4]) continue; // approximate: 1400余件 agrees with 1412
    const scale = m[3] === "亿" ? 1e8 : m[3] === "万" ? 1e4 : 1;
    out.push({
      at: m.index ?? 0,
      text: m[0],
      inBase: cleanFloat(Number(m[2]) * scale),
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
  // what each part's sentences are compared with, worked out once for all its sentences, and
  // only for a part that has sentences (a table's part has none: its hundreds of cells are not)
  interface Compared {
    readonly row: MetricRow;
    readonly value: number;
    readonly prior: number | null;
    readonly base: string;
    readonly multiplier: number;
    readonly names: readonly string[];
    /** the value's digits, when long enough for a slip to be told from a figure of its own */
    readonly digits: string | null;
  }
  interface Part {
    readonly compared: readonly Compared[];
    /** the part's base units (件, 元): a sentence typing none of them is passed by at once */
    readonly bases: readonly string[];
    /** a figure the sheet holds for any metric of the part is no slip (新收16742件，结案16724件) */
    readonly known: ReadonlySet<number>;
  }
  const parts = new Map<string, Part>();
  const partOf = (category: string): Part => {
    const had = parts.get(category);
    if (had) return had;
    const c: Compared[] = [];
    const known = new Set<number>();
    for (const row of byCategory.get(category) ?? []) {
      const value = figureOf(row, "figure");
      const prior = figureOf(row, "prior");
      for (const v of [value, prior]) if (v !== null) known.add(v);
      const { base, multiplier } = splitUnit(row.def.unit);
      if (value === null || base === "") continue;
      const digits = formatPlainNumber(value).replace(".", "");
      c.push({
        row,
        value,
        prior,
        base,
        multiplier,
        names: [row.def.name, ...(row.def.aliases ?? [])],
        digits: digits.length >= MIN_DIGITS_FOR_SLIPS ? digits : null,
      });
    }
    const part = { compared: c, bases: [...new Set(c.map((x) => x.base))], known };
    parts.set(category, part);
    return part;
  };
  const NO_DIGIT = /\d/u;
  for (const t of scope.texts) {
    if (!byCategory.has(t.categoryId) || !NO_DIGIT.test(t.source)) continue;
    const { compared: list, bases, known: sheetHas } = partOf(t.categoryId);
    // the typed words only: what placeholders print is the sheet's own figure
    if (!bases.some((b) => t.source.includes(b))) continue;
    const prose = t.source.includes("{") ? t.source.replace(/\{[^{}]*\}/gu, "\u3000") : t.source;
    if (!NO_DIGIT.test(prose)) continue;
    const said = new Set<number>();
    const warn = (typed: Typed, row: MetricRow) => {
      if (said.has(typed.at)) return;
      said.add(typed.at);
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
    // each base unit's typed figures, read once per sentence (most sentences have none)
    const perBase = new Map<string, Typed[]>();
    for (const c of list) {
      let typed = perBase.get(c.base);
      if (!typed)
        perBase.set(c.base, (typed = prose.includes(c.base) ? typedFigures(prose, c.base) : []));
      if (typed.length === 0) continue;
      const inUnit = (f: Typed) => cleanFloat(f.inBase / c.multiplier);
      const agrees = (f: Typed) => {
        const v = inUnit(f);
        return v === c.value || v === c.prior;
      };
      // next to the metric's name or an alias: that metric's figure
      for (const name of c.names)
        for (let i = prose.indexOf(name); i !== -1; i = prose.indexOf(name, i + 1)) {
          const end = i + name.length;
          const f = typed.find((x) => x.at >= end && x.at - end <= NEAR);
          if (f && !agrees(f)) warn(f, c.row);
        }
      // a slip of the hand, anywhere in the part
      if (c.digits === null) continue;
      for (const f of typed)
        if (!agrees(f) && !sheetHas.has(inUnit(f)) && slipOf(f.digits, c.digits)) warn(f, c.row);
    }
  }
  return out;
};
