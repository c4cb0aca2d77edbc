import type { Issue } from "../../issues/issue.types";
import { metricsByName } from "../../packs/metricsByName";
import { nameKey } from "../../values/names";
import { at, issue, type Check } from "../checkContext";

/** Forms that read last year's figure. */
const PRIOR_FORMS = new Set(["同比", "变化", "上年", "上年同期", "同比分别"]);

/**
 * METRIC_PRIOR_UNUSED: a 上年同期 typed that no sentence compares with — a note at its cell, so a
 * figure the clerk looked up is never silently ignored (a doubling, a fall, unmentioned). A
 * template that names the metric itself may compare it there; it is not second-guessed, nor is a
 * 上年同期 next-year carried over unchanged.
 */
export const checkPriorUses: Check = ({ dataset, scope, templateNames }) => {
  const byName = metricsByName(dataset.pack);
  const compared = new Set<string>();
  // the same few tags recur in thousands of texts: each is read once
  const seen = new Set<string>();
  for (const t of scope.texts) {
    const w = t.written;
    if (!w.includes("|")) continue;
    for (let open = w.indexOf("{"); open !== -1; open = w.indexOf("{", open + 1)) {
      const close = w.indexOf("}", open + 1);
      if (close === -1) break;
      const tag = w.slice(open + 1, close);
      if (seen.has(tag)) continue;
      seen.add(tag);
      const [head = "", filter = ""] = tag.split("|");
      const [form = "", arg = ""] = filter.split(":").map((x) => x.trim());
      if (!PRIOR_FORMS.has(form)) continue;
      const def = byName.get(nameKey(head.trim()));
      if (def) compared.add(def.code);
      if (form === "同比分别") {
        const other = byName.get(nameKey(arg));
        if (other) compared.add(other.code);
      }
    }
  }
  const out: Issue[] = [];
  for (const row of dataset.metrics.values()) {
    if (row.prior.kind !== "number" || !row.priorCell || compared.has(row.def.code)) continue;
    // carried over by next-year as it was, not looked up by the clerk: nothing to point out
    if (dataset.remembered.get(row.def.code) === row.prior.value) continue;
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
