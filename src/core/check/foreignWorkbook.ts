import type { Dataset } from "../read/dataset.types";

/** A workbook with nothing of the report in it: no 报告信息 sheet and no category's sheet. */
export function isForeignWorkbook(dataset: Dataset): boolean {
  return dataset.info.sheet === null && dataset.sheets.every((s) => s.category === null);
}
