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
  // statements repeat the same few tags: each distinct one is looked up once
  const known = new Map<string, boolean>();
  const isKnown = (head: string) => {
    let k = known.get(head);
    if (k === undefined) known.set(head, (k = scopeNames.has(nameKey(head))));
    return k;
  };
  for (const item of all) {
    if (!item.text.includes("{") && !item.text.includes("}")) continue;
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
        if (head !== undefined && !isKnown(head)) {
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
