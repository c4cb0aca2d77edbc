import type { Issue } from "../../issues/issue.types";
import { at, issue, type Check } from "../checkContext";

/**
 * CLAUSE_DROPPED: each clause or sentence of the workbook's texts that left by itself (a blank
 * optional figure, 不适用, a zero the pack drops, no 上年同期 to compare with) is said, as a note at
 * its cell — the report never loses words silently.
 */
export const checkDroppedClauses: Check = ({ scope }) => {
  const out: Issue[] = [];
  for (const d of scope.dropped)
    out.push(
      issue("CLAUSE_DROPPED", "note", at(d.sheet, d.cell), {
        name: d.name,
        reason: d.reason,
        sentence: d.sentence ? 1 : 0,
        text: d.text,
      }),
    );
  return out;
};
