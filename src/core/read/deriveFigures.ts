import { metricsByName } from "../packs/metricsByName";
import { evaluateFormula, parseFormula, type Formula } from "../packs/formula";
import type { MetricDef, Pack } from "../packs/pack.types";
import { nameKey } from "../template/names";
import type { MetricFigure } from "../values/figure";
import type { DerivedFigure, MetricRow } from "./dataset.types";

/** Decimals a computed figure keeps: as many as a published rate or amount shows. */
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

/** True when `typed` is `computed` rounded to the decimals it was typed with (or finer). */
export function agreesWith(typed: number, computed: number): boolean {
  const d = decimalsOf(typed);
  return Math.abs(typed - computed) <= 0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(computed));
}

function round(x: number): number {
  const f = 10 ** DERIVED_DIGITS;
  return Math.round(x * f) / f;
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
      const compute = (which: "figure" | "prior") => {
        const v = evaluateFormula(f, (name) => side(byName.get(nameKey(name))?.code, which));
        return v === null || !Number.isFinite(v) ? null : round(v);
      };
      const now = compute("figure");
      const before = compute("prior");
      const derived: DerivedFigure = {
        computed: now,
        priorComputed: before,
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
