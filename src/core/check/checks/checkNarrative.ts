import { cellAddress } from "../../grid/a1";
import { leafCategories } from "../../packs/leafCategories";
import { at, issue, type Check } from "../checkContext";

/**
 * NARRATIVE_TOO_FEW, at the first free 表述 cell. A 表述 every sentence of which left by itself
 * (its figures blank or 不适用) prints nothing and is not counted: the part would show a marker.
 */
export const checkNarrative: Check = ({ dataset, scope }) => {
  const out = [];
  const silent = new Set<string>();
  const SAYS = /\S/u;
  for (const t of scope.texts) if (!SAYS.test(t.written)) silent.add(`${t.sheet}!${t.cell}`);
  for (const leaf of leafCategories(dataset.pack)) {
    const min = leaf.category.minItems ?? 0;
    const all = dataset.items.get(leaf.category.id) ?? [];
    const items = silent.size === 0 ? all : all.filter((i) => !silent.has(`${i.sheet}!${i.cell}`));
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
