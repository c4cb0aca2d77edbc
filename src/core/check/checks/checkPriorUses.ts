import type { Issue } from "../../issues/issue.types";
import { metricsByName } from "../../packs/metricsByName";
import { nameKey } from "../../values/names";
import { at, issue, type Check } from "../checkContext";

/** Forms that read last year's figure. */
const PRIOR_FORMS = new Set(["同比", "变化", "上年", "上年同期", "同比分别"]);

/**
 * METRIC_PRIOR_UNUSED: a 上年同期 typed that no sentence compares with — a note at its cell, so a
 * figure the clerk looked up is never silently ignored (a doubling, a fall, unmentioned). A
 * template that names the metric itself may compare it there; it is not second-guessed.
 */
export const checkPriorUses: Check = ({ dataset, scope, templateNames }) => {
  const byName = metricsByName(dataset.pack);
  const compared = new Set<string>();
  for (const t of scope.texts) {
    if (!t.written.includes("|")) continue;
    for (const m of t.written.matchAll(/\{([^{}|]*)\|([^{}:]*)(?::([^{}:]*))?[^{}]*\}/gu)) {
      const form = (m[2] ?? "").trim();
      if (!PRIOR_FORMS.has(form)) continue;
      const def = byName.get(nameKey((m[1] ?? "").trim()));
      if (def) compared.add(def.code);
      if (form === "同比分别") {
        const other = byName.get(nameKey((m[3] ?? "").trim()));
        if (other) compared.add(other.code);
      }
    }
  }
  const out: Issue[] = [];
  for (const row of dataset.metrics.values()) {
    if (row.prior.kind !== "number" || !row.priorCell || compared.has(row.def.code)) continue;
    const inTemplate =
      templateNames?.has(nameKey(row.def.name)) || templateNames?.has(nameKey(row.def.code));
    if (inTemplate) continue;
    out.push(
      issue(
        "METRIC_PRIOR_UNUSED",
        "note",
        at(row.sheet, row.priorCell),
        { name: row.def.name, code: row.def.code },
        { metric: row.def.code },
      ),
    );
  }
  return out;
};
