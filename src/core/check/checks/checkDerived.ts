import { metricsByName } from "../../packs/metricsByName";
import { formulaNames, parseFormula } from "../../packs/formula";
import type { Issue } from "../../issues/issue.types";
import { roundDecimal } from "../../phrasing/roundDecimal";
import { agreesWith } from "../../read/deriveFigures";
import { nameKey } from "../../values/names";
import { at, issue, type Check } from "../checkContext";

/**
 * METRIC_FORMULA_MISMATCH: a derived figure (结案率) typed by hand that is not what its formula
 * gives from the figures beside it, beyond the rounding it was typed with. One of the two is
 * wrong, and either would reach a report that check called clean; the message names both.
 */
export const checkDerived: Check = ({ dataset }) => {
  const out: Issue[] = [];
  const byName = metricsByName(dataset.pack);
  for (const row of dataset.metrics.values()) {
    const d = row.derived;
    if (!d || row.def.formula === undefined) continue;
    const operands = formulaNames(parseFormula(row.def.formula)).flatMap((n) => {
      const r = dataset.metrics.get(byName.get(nameKey(n))?.code ?? "");
      return r ? [r] : [];
    });
    const sides = [
      {
        side: "value",
        figure: row.figure,
        computed: d.computed,
        exact: d.exact,
        shown: row.valueDecimals,
        filled: d.filled,
        cell: row.valueCell,
      },
      {
        side: "prior",
        figure: row.prior,
        computed: d.priorComputed,
        exact: d.priorExact,
        shown: row.priorDecimals,
        filled: d.priorFilled,
        cell: row.priorCell,
      },
    ] as const;
    for (const s of sides) {
      if (s.filled || s.exact === null || s.computed === null) continue;
      if (s.figure.kind !== "number" || !s.cell) continue;
      if (s.figure.approx || agreesWith(s.figure.value, s.exact, s.shown)) continue;
      out.push(
        issue(
          "METRIC_FORMULA_MISMATCH",
          "error",
          at(row.sheet, s.cell),
          {
            name: row.def.name,
            side: s.side,
            // as the cell shows it (a formula's fifteen digits are not what the clerk sees)
            typed: roundDecimal(s.figure.value, s.shown ?? 4),
            computed: s.computed,
            unit: row.def.unit,
            formula: row.def.formula,
            operands: operands.map((o) => ({
              kind: "cell" as const,
              sheet: o.sheet,
              cell: s.side === "prior" ? (o.priorCell ?? o.valueCell) : o.valueCell,
              name: o.def.name,
            })),
          },
          {
            category: row.def.category,
            metric: row.def.code,
            related: operands.map((o) => ({
              sheet: o.sheet,
              cell: s.side === "prior" ? (o.priorCell ?? o.valueCell) : o.valueCell,
            })),
          },
        ),
      );
    }
  }
  return out;
};
