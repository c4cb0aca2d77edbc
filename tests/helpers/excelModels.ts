import type { Pack } from "../../src/core/packs/pack.types";
import { WorkbookModel } from "./fakeExcel";
import { courtPack } from "./workbooks";

/** n sheets 表1…表n of `rows` metric rows each, in the standard columns (说明 last, never read). */
export function bigModel(sheets: number, rows: number): WorkbookModel {
  const model = new WorkbookModel();
  for (let s = 0; s < sheets; s++) {
    const sheet = model.add(`表${s + 1}`);
    sheet.fill([["编码", "指标", "数值", "单位", "上年同期", "表述", "说明"]]);
    for (let r = 1; r <= rows; r++)
      sheet.fill(
        [[r === 1 ? `X${s + 1}` : null, `事项${r}`, r * 3 + s, "件", r, `第${r}条`, "说明"]],
        r,
      );
  }
  return model;
}

/** A pack with one category per sheet 表1…表n, each with metric X1 (for the round-trip counts). */
export function tablesPack(n: number): Pack {
  const pack = courtPack();
  return {
    ...pack,
    categories: Array.from({ length: n }, (_, i) => ({
      id: `t${i + 1}`,
      title: `表${i + 1}`,
      short: `表${i + 1}`,
    })),
    metrics: Array.from({ length: n }, (_, i) => ({
      code: `X${i + 1}`,
      name: `指标${i + 1}`,
      unit: "件",
      kind: "count" as const,
      category: `t${i + 1}`,
      definition: "x",
      required: true,
    })),
    rules: [],
  };
}

/**
 * Round trips for reading `sheets` sheets of `rows` rows: 3 for the sheet list and heads, then one
 * per block of about 150,000 cells of the 6 columns read (not 说明); one more when a block ends
 * exactly at a sheet's edge.
 */
export const expectedSyncs = (sheets: number, rows: number): number =>
  3 + Math.ceil((sheets * 6 * (rows + 1)) / 150_000);
