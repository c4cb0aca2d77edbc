import { nameKey } from "../values/names";
import type { MetricDef, Pack } from "./pack.types";

/** Each metric under its code and its name, in the form tags and formulas are compared in (NFKC). */
export function metricsByName(pack: Pick<Pack, "metrics">): Map<string, MetricDef> {
  const byName = new Map<string, MetricDef>();
  for (const m of pack.metrics) byName.set(nameKey(m.code), m).set(nameKey(m.name), m);
  return byName;
}
