import type { MetricFigure } from "../../values/figure";
import { cellAddress } from "../../grid/a1";
import { UNCALCULATED } from "../../grid/grid.types";
import type { Issue } from "../../issues/issue.types";
import { tableMetricCodes } from "../../packs/tableGeometry";
import { at, issue, type Check } from "../checkContext";

/**
 * METRIC_ROW_MISSING, METRIC_VALUE_MISSING, METRIC_NOT_NUMBER, METRIC_NOT_DATE, METRIC_CELL_ERROR,
 * METRIC_FORMULA_UNCALCULATED, METRIC_UNIT_MISMATCH, METRIC_PRIOR_INVALID, METRIC_NOT_WHOLE,
 * METRIC_ALWAYS_STATED (不适用 for a figure the report states every year). A required metric without a usable value is an
 * error; an optional one only when what is there cannot be read.
 */
/** Not a number, or a whole one: what a count may hold (a rounding's last digits aside). */
const whole = (f: MetricFigure): boolean =>
  f.kind !== "number" || Number.isInteger(Math.round(f.value * 1e9) / 1e9);

export const checkMetricValues: Check = ({ dataset }) => {
  const out: Issue[] = [];
  // a table's cells are judged as the form's (checkTables): 0 for none, never 不适用
  const inTables = tableMetricCodes(dataset.pack);
  for (const def of dataset.pack.metrics) {
    const inTable = inTables.has(def.code);
    const extra = { category: def.category, metric: def.code };
    const row = dataset.metrics.get(def.code);
    if (!row) {
      if (!def.required || inTable) continue;
      const sheet = dataset.sheets.find((s) => s.category?.category.id === def.category);
      // A missing sheet is reported once, as SHEET_MISSING, not once per metric.
      if (!sheet || sheet.headerRow === null) continue;
      const cell = cellAddress(sheet.lastRow + 1, sheet.columns.code ?? 0);
      out.push(
        issue(
          "METRIC_ROW_MISSING",
          "error",
          at(sheet.sheet, cell),
          { name: def.name, code: def.code, sheet: sheet.sheet, cell },
          extra,
        ),
      );
      continue;
    }
    const loc = at(row.sheet, row.valueCell);
    const severity = def.required ? "error" : "warning";
    const f = row.figure;
    if (inTable) {
      // blank and unreadable cells are the table's issues
    } else if (f.kind === "missing") {
      if (def.required)
        out.push(
          issue(
            "METRIC_VALUE_MISSING",
            "error",
            loc,
            { name: def.name, unit: def.unit, always: def.always ? 1 : 0 },
            extra,
          ),
        );
    } else if (f.kind === "notApplicable" && def.always) {
      out.push(issue("METRIC_ALWAYS_STATED", "error", loc, { name: def.name }, extra));
    } else if (f.kind === "invalid") {
      const code =
        f.raw === UNCALCULATED
          ? "METRIC_FORMULA_UNCALCULATED"
          : /^#/.test(f.raw)
            ? "METRIC_CELL_ERROR"
            : def.kind === "date"
              ? "METRIC_NOT_DATE"
              : "METRIC_NOT_NUMBER";
      out.push(issue(code, severity, loc, { name: def.name, value: f.raw }, extra));
    }
    // a count is whole: "法治夏令营3.33期" is a slip (a formula, a ratio typed in the wrong row)
    if (def.kind === "count" && (!whole(row.figure) || !whole(row.prior))) {
      const sides = [
        [row.figure, row.valueCell],
        [row.prior, row.priorCell],
      ] as const;
      for (const [fig, cell] of sides) {
        if (!cell || fig.kind !== "number" || whole(fig)) continue;
        out.push(
          issue(
            "METRIC_NOT_WHOLE",
            "error",
            at(row.sheet, cell),
            {
              name: def.name,
              value: fig.value,
              unit: def.unit,
              side: cell === row.valueCell ? "value" : "prior",
            },
            extra,
          ),
        );
      }
    }
    // a form's cell in another unit is the table's error (TABLE_CELL_INVALID)
    if (row.unitMismatch && !inTable) {
      out.push(
        issue(
          "METRIC_UNIT_MISMATCH",
          "warning",
          loc,
          { name: def.name, typed: row.unitMismatch, unit: def.unit },
          extra,
        ),
      );
    }
    if (row.prior.kind === "invalid" && row.priorCell) {
      out.push(
        issue(
          "METRIC_PRIOR_INVALID",
          "warning",
          at(row.sheet, row.priorCell),
          { name: def.name, value: row.prior.raw },
          extra,
        ),
      );
    }
  }
  return out;
};
