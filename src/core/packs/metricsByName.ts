import { nameKey } from "../values/names";
import type { MetricDef, Pack } from "./pack.types";

/** worked out once per pack's metrics (a pack is data that does not change once parsed) */
const known = new WeakMap<readonly MetricDef[], ReadonlyMap<string, MetricDef>>();

/** Each metric under its code and its name, in the form tags and formulas are compared in (NFKC). */
export function metricsByName(pack: Pick<Pack, "metrics">): ReadonlyMap<string, MetricDef> {
  const had = known.get(pack.metrics);
  if (had) return had;
  const byName = new Map<string, MetricDef>();
  for (const m of pack.metrics) byName.set(nameKey(m.code), m).set(nameKey(m.name), m);
  known.set(pack.metrics, byName);
  return byName;
}
