import { formatPlainNumber } from "../../phrasing/roundDecimal";
import { at, issue, type Check } from "../checkContext";

/**
 * METRIC_OUT_OF_RANGE. Ranges are advisory (the indicator sets give reference ranges, not
 * targets), so this is a warning. Counts and amounts are never negative even without a range.
 */
export const checkRanges: Check = ({ dataset }) => {
  const out = [];
  for (const row of dataset.metrics.values()) {
    if (row.figure.kind !== "number") continue;
    const def = row.def;
    const implicitMin =
      def.kind === "count" || def.kind === "amount" || def.kind === "rate" ? 0 : null;
    const min = def.range?.[0] ?? implicitMin;
    const max = def.range?.[1] ?? (def.kind === "rate" && def.unit === "%" ? 100 : null);
    const v = row.figure.value;
    if ((min !== null && v < min) || (max !== null && v > max)) {
      out.push(
        issue(
          "METRIC_OUT_OF_RANGE",
          "warning",
          at(row.sheet, row.valueCell),
          {
            name: def.name,
            value: formatPlainNumber(v),
            unit: def.unit,
            min: min === null ? "" : formatPlainNumber(min),
            max: max === null ? "" : formatPlainNumber(max),
          },
          { category: def.category, metric: def.code },
        ),
      );
    }
  }
  return out;
};
