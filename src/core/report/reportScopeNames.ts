import { leafCategories } from "../packs/leafCategories";
import type { Pack } from "../packs/pack.types";
import { nameKey } from "../template/names";

/** Fields every report has, whatever the pack: the title is derived when the workbook has none. */
export const ALWAYS_PRESENT = ["报告标题"] as const;

/** Names a placeholder may start with at the top of the report. */
export function reportScopeNames(pack: Pack): Set<string> {
  const names = new Set<string>(ALWAYS_PRESENT);
  for (const f of pack.info) names.add(nameKey(f.key));
  for (const m of pack.metrics) {
    names.add(nameKey(m.code));
    names.add(nameKey(m.name));
  }
  for (const l of leafCategories(pack)) names.add(nameKey(l.short));
  return names;
}
