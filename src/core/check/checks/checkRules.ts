import { present } from "../../errors/present";
import type { RuleOperator } from "../../packs/pack.types";
import { formatPlainNumber } from "../../phrasing/roundDecimal";
import type { MetricRow } from "../../read/dataset.types";
import { at, issue, type Check } from "../checkContext";

const HOLDS: Record<RuleOperator, (a: number, b: number) => boolean> = {
  "<=": (a, b) => a <= b + 1e-9,
  "<": (a, b) => a < b,
  ">=": (a, b) => a + 1e-9 >= b,
  ">": (a, b) => a > b,
  "==": (a, b) => Math.abs(a - b) < 1e-9,
};

/**
 * RULE_VIOLATED: cross-field rules such as 结案 ≤ 旧存 + 新收. Reported at the left-hand cell and
 * naming every cell involved. A rule waits while any of its figures is missing or approximate
 * (40余 cannot prove a sum wrong).
 */
export const checkRules: Check = ({ dataset }) => {
  const out = [];
  for (const rule of dataset.pack.rules) {
    const rows = (codes: readonly string[]) => codes.map((c) => dataset.metrics.get(c));
    const left = rows(rule.left);
    const right = rows(rule.right);
    const all = [...left, ...right];
    const usable = (r: MetricRow | undefined): r is MetricRow =>
      r?.figure.kind === "number" && r.figure.approx === null;
    if (!all.every(usable)) continue;
    const sum = (rs: Array<MetricRow | undefined>) =>
      rs.reduce((s, r) => s + (r && r.figure.kind === "number" ? r.figure.value : 0), 0);
    const [l, r] = [sum(left), sum(right)];
    if (HOLDS[rule.op](l, r)) continue;
    const names = (rs: Array<MetricRow | undefined>) =>
      rs.flatMap((x) => (x ? [x.def.name] : [])).join(" + ");
    const first = present(left[0], "left[0]");
    out.push(
      issue(
        "RULE_VIOLATED",
        "error",
        at(first.sheet, first.valueCell),
        {
          rule: rule.id,
          message: rule.message,
          left: names(left),
          right: names(right),
          leftValue: formatPlainNumber(l),
          rightValue: formatPlainNumber(r),
        },
        {
          category: first.def.category,
          metric: first.def.code,
          related: all.slice(1).map((x) => ({ sheet: x.sheet, cell: x.valueCell })),
        },
      ),
    );
  }
  return out;
};
