import { metricsByName } from "../packs/metricsByName";
import { evaluateFormula, parseFormula, type Formula } from "../packs/formula";
import type { MetricDef, Pack } from "../packs/pack.types";
import { nameKey } from "../values/names";
import type { MetricFigure } from "../values/figure";
import { excelPrecision, roundDecimal, truncDecimal } from "../phrasing/roundDecimal";
import type { DerivedFigure, MetricRow } from "./dataset.types";

/**
 * Decimals a computed figure keeps: as many as a published rate or amount shows. It is also the
 * precision figures are compared at when a cell's format does not say what the clerk sees.
 */
const DERIVED_DIGITS = 2;

const parsed = new WeakMap<MetricDef, Formula>();
function formulaOf(def: MetricDef): Formula | null {
  if (def.formula === undefined) return null;
  let f = parsed.get(def);
  if (!f) parsed.set(def, (f = parseFormula(def.formula)));
  return f;
}

/** Decimals in a typed number (85.57 → 2): how far it was rounded. */
function decimalsOf(x: number): number {
  const s = String(x);
  if (s.includes("e")) return 10;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * True when a figure in a cell agrees with the one its formula gives, compared as the clerk sees
 * them: at the decimals the cell shows (its number format's, else as many as were typed), never
 * finer than the pack's precision. Rounded half-up or cut off at that precision both agree —
 * published rates are often cut (64.225 → 64.22), Excel's ROUND gives 64.23.
 */
export function agreesWith(typed: number, exact: number, shownDecimals?: number): boolean {
  const p = Math.min(shownDecimals ?? decimalsOf(typed), DERIVED_DIGITS);
  const t = roundDecimal(excelPrecision(typed), p);
  const c = excelPrecision(exact);
  return t === roundDecimal(c, p) || t === truncDecimal(c, p);
}

/**
 * Derived metrics (a pack formula such as 结案率 = 结案数 ÷ (旧存 + 新收) × 100): a blank cell
 * takes the computed figure — this year's and 上年同期 alike — so the clerk types only what is
 * counted; a typed one is kept, with the computed figure beside it for check to compare.
 */
export function deriveFigures(pack: Pack, metrics: Map<string, MetricRow>): void {
  const byName = metricsByName(pack);
  const side = (code: string | undefined, which: "figure" | "prior"): number | null => {
    const row = code ? metrics.get(code) : undefined;
    const f = row?.[which];
    return f?.kind === "number" ? f.value : null;
  };
  // formulas may read derived metrics: compute in dependency order by repeating until stable
  const pending = pack.metrics.filter((m) => m.formula !== undefined && metrics.has(m.code));
  for (let pass = 0; pass < pending.length + 1; pass++) {
    let changed = false;
    for (const def of pending) {
      const f = formulaOf(def);
      const row = metrics.get(def.code);
      if (!f || !row) continue;
      const exact = (which: "figure" | "prior") => {
        const v = evaluateFormula(f, (name) => side(byName.get(nameKey(name))?.code, which));
        return v === null || !Number.isFinite(v) ? null : excelPrecision(v);
      };
      const nowExact = exact("figure");
      const beforeExact = exact("prior");
      // printed as Excel's ROUND prints it: half-up on the 15 digits Excel keeps
      const now = nowExact === null ? null : roundDecimal(nowExact, DERIVED_DIGITS);
      const before = beforeExact === null ? null : roundDecimal(beforeExact, DERIVED_DIGITS);
      const derived: DerivedFigure = {
        computed: now,
        priorComputed: before,
        exact: nowExact,
        priorExact: beforeExact,
        filled: row.derived?.filled ?? row.figure.kind === "missing",
        priorFilled: row.derived?.priorFilled ?? row.prior.kind === "missing",
      };
      const figure: MetricFigure =
        derived.filled && now !== null ? { kind: "number", value: now, approx: null } : row.figure;
      const prior: MetricFigure =
        derived.priorFilled && before !== null
          ? { kind: "number", value: before, approx: null }
          : row.prior;
      const same =
        row.derived?.computed === now &&
        row.derived?.priorComputed === before &&
        row.figure === figure &&
        row.prior === prior;
      if (same) continue;
      metrics.set(def.code, { ...row, figure, prior, derived });
      changed = true;
    }
    if (!changed) break;
  }
}
