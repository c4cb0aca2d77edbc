import { cellAddress } from "../../grid/a1";
import { leafCategories } from "../../packs/leafCategories";
import { at, issue, type Check } from "../checkContext";

/** NARRATIVE_TOO_FEW, at the first free 表述 cell */
export const checkNarrative: Check = ({ dataset }) => {
  const out = [];
  for (const leaf of leafCategories(dataset.pack)) {
    const min = leaf.category.minItems ?? 0;
    const items = dataset.items.get(leaf.category.id) ?? [];
    if (items.length >= min) continue;
    const sheet = dataset.sheets.find((s) => s.category?.category.id === leaf.category.id);
    if (!sheet || sheet.headerRow === null || sheet.columns.statement === undefined) continue;
    const cell = cellAddress(sheet.lastRow + 1, sheet.columns.statement);
    out.push(
      issue(
        "NARRATIVE_TOO_FEW",
        "error",
        at(sheet.sheet, cell),
        { sheet: sheet.sheet, min, count: items.length },
        { category: leaf.category.id },
      ),
    );
  }
  return out;
};
