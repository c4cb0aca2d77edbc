import { at, issue, type Check } from "../checkContext";

/** METRIC_DUPLICATE (error: which row counts would be a guess), METRIC_UNKNOWN_CODE (warning) */
export const checkCodes: Check = ({ dataset }) => {
  const out = [];
  for (const dup of dataset.duplicates) {
    const first = dataset.metrics.get(dup.def.code);
    if (!first) continue;
    out.push(
      issue(
        "METRIC_DUPLICATE",
        "error",
        at(dup.sheet, dup.valueCell),
        { code: dup.def.code, sheet: first.sheet, cell: first.valueCell },
        {
          category: dup.def.category,
          metric: dup.def.code,
          related: [{ sheet: first.sheet, cell: first.valueCell }],
        },
      ),
    );
  }
  for (const u of dataset.unknownRows) {
    const cat = dataset.sheets.find((s) => s.sheet === u.sheet)?.category;
    out.push(
      issue(
        "METRIC_UNKNOWN_CODE",
        "warning",
        at(u.sheet, u.cell),
        { code: u.code },
        cat ? { category: cat.category.id } : {},
      ),
    );
  }
  return out;
};
