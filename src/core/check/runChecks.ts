import { parseCellAddress } from "../grid/a1";
import type { Issue } from "../issues/issue.types";
import { leafCategories } from "../packs/leafCategories";
import type { MetricDef } from "../packs/pack.types";
import type { CheckContext } from "./checkContext";
import type { CategoryStatus, CheckResult } from "./checkResult.types";
import { checks } from "./checks";

/**
 * Runs every check over a dataset (and the template's own issues, given apart) and adds the
 * completeness of each category.
 */
export function runChecks(ctx: CheckContext, extraIssues: readonly Issue[] = []): CheckResult {
  const { dataset } = ctx;
  const issues = [...checks.flatMap((c) => c(ctx)), ...extraIssues];
  const leaves = leafCategories(dataset.pack);
  const order = new Map(leaves.map((l, i) => [l.category.id, i]));
  const rank = (i: Issue) =>
    i.category === undefined ? -1 : (order.get(i.category) ?? leaves.length);
  const rowOf = (i: Issue) =>
    i.location.kind === "cell" ? (parseCellAddress(i.location.cell)?.row ?? 0) : -1;
  const colOf = (i: Issue) =>
    i.location.kind === "cell" ? (parseCellAddress(i.location.cell)?.col ?? 0) : -1;
  const sorted = issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        rank(a.issue) - rank(b.issue) ||
        rowOf(a.issue) - rowOf(b.issue) ||
        colOf(a.issue) - colOf(b.issue) ||
        a.index - b.index,
    )
    .map((x) => x.issue);

  // the required metrics of each part, gathered in one pass (a table's part has hundreds)
  const requiredOf = new Map<string, MetricDef[]>();
  for (const m of dataset.pack.metrics)
    if (m.required) {
      const list = requiredOf.get(m.category);
      if (list) list.push(m);
      else requiredOf.set(m.category, [m]);
    }
  const categories: CategoryStatus[] = leaves.map((leaf) => {
    const id = leaf.category.id;
    const errorsHere = sorted.filter((i) => i.category === id && i.severity === "error");
    // a figure or a sentence with an error is not filled, whatever it holds
    const wrongMetrics = new Set(errorsHere.flatMap((i) => (i.metric ? [i.metric] : [])));
    const wrongCells = new Set(
      errorsHere.flatMap((i) => (i.location.kind === "cell" ? [i.location.cell] : [])),
    );
    const required = requiredOf.get(id) ?? [];
    const usable = required.filter((m) => {
      const k = dataset.metrics.get(m.code)?.figure.kind;
      const ok = k === "number" || k === "date" || k === "text" || k === "notApplicable";
      return ok && !wrongMetrics.has(m.code);
    }).length;
    const min = leaf.category.minItems ?? 0;
    const sound = (dataset.items.get(id) ?? []).filter((it) => !wrongCells.has(it.cell)).length;
    const items = Math.min(sound, min);
    const hasError = errorsHere.length > 0;
    const total = required.length + min;
    // a part with any error left is never shown as n/n
    const filled = hasError ? Math.min(usable + items, Math.max(0, total - 1)) : usable + items;
    return {
      id,
      title: leaf.category.title,
      short: leaf.short,
      required: total,
      filled,
      complete: filled === total && !hasError,
    };
  });
  const count = (s: Issue["severity"]) => sorted.filter((i) => i.severity === s).length;
  const errors = count("error");
  return {
    pack: dataset.pack.id,
    complete: errors === 0,
    summary: { errors, warnings: count("warning"), notes: count("note") },
    categories,
    issues: sorted,
  };
}
