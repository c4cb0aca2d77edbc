import { cellAddress } from "../../grid/a1";
import type { Issue } from "../../issues/issue.types";
import { at, issue, type Check } from "../checkContext";

/**
 * SHEET_NOT_IN_REPORT (a note, once per sheet: 附表 are normal), SHEET_HIDDEN_USED, ROWS_HIDDEN
 * (once per sheet, at the first hidden row).
 */
export const checkSheetUse: Check = ({ dataset }) => {
  const out: Issue[] = [];
  // said once as WORKBOOK_NOT_STANDARD
  if (dataset.sheets.every((s) => s.use === "other" || s.use === "guide")) return out;
  for (const s of dataset.sheets) {
    if (s.use === "memory" || s.use === "guide") continue;
    const extra = s.category ? { category: s.category.category.id } : {};
    if (s.use === "other") {
      out.push(
        issue("SHEET_NOT_IN_REPORT", "note", { kind: "sheet", sheet: s.sheet }, { sheet: s.sheet }),
      );
      continue;
    }
    if (s.visibility !== "visible" && s.category) {
      out.push(
        issue(
          "SHEET_HIDDEN_USED",
          "warning",
          { kind: "sheet", sheet: s.sheet },
          { sheet: s.sheet, short: s.category.short },
          extra,
        ),
      );
    }
    if (s.hiddenRows.length > 0) {
      out.push(
        issue(
          "ROWS_HIDDEN",
          "warning",
          at(s.sheet, cellAddress(s.hiddenRows[0] ?? 0, 0)),
          { sheet: s.sheet, count: s.hiddenRows.length, first: (s.hiddenRows[0] ?? 0) + 1 },
          extra,
        ),
      );
    }
  }
  return out;
};
