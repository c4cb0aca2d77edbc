import { cellAddress, parseCellAddress } from "../../grid/a1";
import type { Issue } from "../../issues/issue.types";
import { GAP_MARKER_PATTERN } from "../../template/templateValues";
import { at, issue, type Check } from "../checkContext";

/** The first marker in a text, or null: 【请填写：…】, or a 【待补充：…】 copied from a draft. */
function firstMarker(text: string): string | null {
  // nearly every text has no marker: one search for its bracket says so
  if (!text.includes("【")) return null;
  GAP_MARKER_PATTERN.lastIndex = 0;
  const m = GAP_MARKER_PATTERN.exec(text);
  GAP_MARKER_PATTERN.lastIndex = 0;
  return m ? m[0] : null;
}

/**
 * PROMPT_UNFILLED: a 【请填写：…】 prompt left as the blank workbook gave it — or a marker copied
 * from an earlier draft — in a 表述, a heading or the report information. It would reach the
 * report as it stands, so it is an error at its cell.
 */
export const checkPrompts: Check = ({ dataset }) => {
  const out: Issue[] = [];
  const info = dataset.info;
  for (const e of info.entries.values()) {
    if (e.value.kind !== "text" || !e.cell || !info.sheet) continue;
    const marker = firstMarker(e.value.text);
    if (marker)
      out.push(issue("PROMPT_UNFILLED", "error", at(info.sheet, e.cell), { prompt: marker }));
  }
  for (const [categoryId, items] of dataset.items) {
    const sheet = dataset.sheets.find((s) => s.category?.category.id === categoryId);
    for (const item of items) {
      const inText = firstMarker(item.text);
      if (inText) {
        out.push(
          issue(
            "PROMPT_UNFILLED",
            "error",
            at(item.sheet, item.cell),
            { prompt: inText },
            {
              category: categoryId,
            },
          ),
        );
        continue;
      }
      const inHeading = firstMarker(item.heading);
      const row = inHeading ? parseCellAddress(item.cell)?.row : undefined;
      if (inHeading && row !== undefined && sheet?.columns.heading !== undefined)
        out.push(
          issue(
            "PROMPT_UNFILLED",
            "error",
            at(item.sheet, cellAddress(row, sheet.columns.heading)),
            { prompt: inHeading },
            { category: categoryId },
          ),
        );
    }
  }
  return out;
};
