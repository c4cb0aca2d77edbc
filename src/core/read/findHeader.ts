import { cellAddress } from "../grid/a1";
import type { CellValue } from "../grid/grid.types";
import { normalizeLabel } from "../values/normalizeText";
import type { ColumnMap, ColumnRole } from "./dataset.types";

/**
 * Titles staff give these columns; the first of each list is the one the scaffold writes. Titles
 * are matched exactly (after folding width and spaces), so 数据来源 is not 数据.
 */
export const COLUMN_TITLES: Readonly<Record<ColumnRole, readonly string[]>> = {
  code: ["编码", "代码", "指标编码", "指标代码"],
  name: ["指标", "指标名称", "名称", "项目", "统计指标"],
  value: [
    "数值",
    "本期",
    "本期数",
    "本年",
    "本年数",
    "本年度",
    "数量",
    "数据",
    "填报值",
    "填报数",
    "填报数据",
    "填报内容",
  ],
  unit: ["单位", "计量单位"],
  prior: ["上年同期", "上年同期数", "上年", "上年数", "去年同期", "上年度"],
  statement: ["表述", "文字表述", "工作表述", "表述内容", "文字说明", "工作情况"],
  note: ["说明", "指标说明", "定义", "备注", "指标解释"],
  heading: ["标题", "小标题"],
};

const TITLE_TO_ROLE = new Map<string, ColumnRole>(
  // cast: Object.entries loses the key type of a Record<ColumnRole, …>
  (Object.entries(COLUMN_TITLES) as Array<[ColumnRole, readonly string[]]>).flatMap(
    ([role, titles]) => titles.map((t) => [t, role] as const),
  ),
);

/** How far down a header may sit under title rows, notes and blank lines. */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderMatch {
  readonly row: number;
  readonly columns: ColumnMap;
  readonly duplicates: ReadonlyArray<{ role: ColumnRole; cell: string }>;
}

/**
 * The header is the first row, among the first rows, whose cells name at least two known columns
 * including 编码, 表述, or 指标 with 数值 (rows are matched by name when there is no 编码). A second
 * column with the same role is reported, and the first one used.
 */
export function findHeader(
  rows: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>,
): HeaderMatch | null {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!row) continue;
    const columns: ColumnMap = {};
    const duplicates: Array<{ role: ColumnRole; cell: string }> = [];
    let matched = 0;
    row.forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const role = TITLE_TO_ROLE.get(normalizeLabel(cell));
      if (!role) return;
      if (columns[role] !== undefined) duplicates.push({ role, cell: cellAddress(r, c) });
      else {
        columns[role] = c;
        matched++;
      }
    });
    const keyed =
      columns.code !== undefined ||
      columns.statement !== undefined ||
      (columns.name !== undefined && columns.value !== undefined);
    if (matched >= 2 && keyed) {
      return { row: r, columns, duplicates };
    }
  }
  return null;
}
