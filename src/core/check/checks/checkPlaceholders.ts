import type { Issue } from "../../issues/issue.types";
import { nameKey } from "../../template/names";
import { splitPlaceholders } from "../../template/renderText";
import { at, issue, type Check } from "../checkContext";

/** PLACEHOLDER_UNKNOWN, PLACEHOLDER_SYNTAX: every {…} in a 表述 must name something the report has. */
export const checkPlaceholders: Check = ({ dataset, scopeNames }) => {
  const out: Issue[] = [];
  const infoTexts = dataset.pack.info
    .filter((f) => f.kind === "text")
    .flatMap((f) => {
      const e = dataset.info.entries.get(f.key);
      return e && typeof e.raw === "string"
        ? [{ text: e.raw, sheet: e.sheet, cell: e.cell, categoryId: "" }]
        : [];
    });
  const all = [...infoTexts, ...[...dataset.items.values()].flat()];
  for (const item of all) {
    for (const part of splitPlaceholders(item.text)) {
      const extra = item.categoryId ? { category: item.categoryId } : {};
      if (part.kind === "bad") {
        out.push(
          issue(
            "PLACEHOLDER_SYNTAX",
            "error",
            at(item.sheet, item.cell),
            { tag: part.raw.slice(0, 30), reason: part.reason },
            extra,
          ),
        );
      } else if (part.kind === "tag") {
        const head = part.expr.path[0];
        if (head !== undefined && !scopeNames.has(nameKey(head))) {
          out.push(
            issue(
              "PLACEHOLDER_UNKNOWN",
              "error",
              at(item.sheet, item.cell),
              { tag: part.raw.slice(0, 30), name: head },
              extra,
            ),
          );
        }
      }
    }
  }
  return out;
};
