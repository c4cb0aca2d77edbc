import type { Issue } from "../../issues/issue.types";
import { at, issue, type Check } from "../checkContext";

/**
 * PLACEHOLDER_SYNTAX, PLACEHOLDER_UNKNOWN, PLACEHOLDER_FILTER_MISUSE: every tag in a statement (or
 * in 导语, a typed title) must read, name something the report has, and use a form that fits it.
 */
export const checkPlaceholders: Check = ({ scope }) => {
  const out: Issue[] = [];
  for (const t of scope.texts) {
    if (t.facts.problems.length === 0 && t.facts.findings.length === 0) continue;
    const extra = t.categoryId ? { category: t.categoryId } : {};
    const where = at(t.sheet, t.cell);
    for (const p of t.facts.problems) {
      out.push(
        issue(
          "PLACEHOLDER_SYNTAX",
          "error",
          where,
          { tag: p.tag, reason: p.reason, ...p.args },
          extra,
        ),
      );
    }
    for (const f of t.facts.findings) {
      out.push(
        f.kind === "unknown"
          ? issue("PLACEHOLDER_UNKNOWN", "error", where, { tag: f.raw, name: f.name }, extra)
          : issue("PLACEHOLDER_FILTER_MISUSE", "error", where, { tag: f.raw, ...f.problem }, extra),
      );
    }
  }
  return out;
};
