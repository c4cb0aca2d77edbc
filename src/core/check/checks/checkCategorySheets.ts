import { leafCategories } from "../../packs/leafCategories";
import { COLUMN_TITLES, HEADER_SCAN_ROWS } from "../../read/findHeader";
import type { ColumnRole } from "../../read/dataset.types";
import { INFO_SHEET } from "../../read/matchSheets";
import { at, issue, type Check } from "../checkContext";
import { isForeignWorkbook } from "../foreignWorkbook";

/** WORKBOOK_NOT_STANDARD, SHEET_MISSING, SHEET_HEADER_MISSING, SHEET_COLUMN_MISSING, SHEET_COLUMN_DUPLICATE */
export const checkCategorySheets: Check = ({ dataset }) => {
  const out = [];
  const { pack } = dataset;
  // A workbook with nothing of the report in it gets one sentence, not one issue per sheet.
  if (isForeignWorkbook(dataset)) {
    return [
      issue(
        "WORKBOOK_NOT_STANDARD",
        "error",
        { kind: "workbook" },
        { pack: pack.title, infoSheet: INFO_SHEET },
      ),
    ];
  }
  for (const leaf of leafCategories(pack)) {
    const id = leaf.category.id;
    const reading = dataset.sheets.find((s) => s.category?.category.id === id);
    if (!reading) {
      out.push(
        issue(
          "SHEET_MISSING",
          "error",
          { kind: "workbook" },
          { sheet: leaf.short, title: leaf.category.title },
          { category: id },
        ),
      );
      continue;
    }
    // a table's sheet is its form: read by its labels, judged by checkTables
    if (pack.tables.some((t) => t.category === id)) continue;
    if (reading.headerRow === null) {
      out.push(
        issue(
          "SHEET_HEADER_MISSING",
          "error",
          { kind: "sheet", sheet: reading.sheet },
          { sheet: reading.sheet, rows: HEADER_SCAN_ROWS },
          { category: id },
        ),
      );
      continue;
    }
    const hasMetrics = pack.metrics.some((m) => m.category === id);
    const needed: ColumnRole[] = [];
    // rows are matched by 编码, or by 指标 when there is no 编码 column
    if (hasMetrics && reading.columns.code === undefined && reading.columns.name === undefined)
      needed.push("code");
    if (hasMetrics) needed.push("value");
    if ((leaf.category.minItems ?? 0) > 0) needed.push("statement");
    for (const role of needed) {
      if (reading.columns[role] === undefined) {
        out.push(
          issue(
            "SHEET_COLUMN_MISSING",
            "error",
            { kind: "sheet", sheet: reading.sheet },
            { sheet: reading.sheet, column: COLUMN_TITLES[role][0] ?? "" },
            { category: id },
          ),
        );
      }
    }
  }
  for (const reading of dataset.sheets) {
    for (const d of reading.duplicateColumns) {
      out.push(
        issue(
          "SHEET_COLUMN_DUPLICATE",
          "warning",
          at(reading.sheet, d.cell),
          { column: COLUMN_TITLES[d.role][0] ?? "" },
          reading.category ? { category: reading.category.category.id } : {},
        ),
      );
    }
  }
  return out;
};
