/**
 * The benchmark's workload: a city collecting units' sheets. A synthetic pack with one category
 * per sheet (20 required metrics each), and a standard workbook whose every other row is a
 * narrative item tied to a metric by a placeholder.
 */
import ExcelJS from "exceljs";
import { workbookBytes } from "../../src/adapters/xlsx-file/writeScaffoldXlsx";
import { parsePack } from "../../src/core/packs/parsePack";
import type { Pack } from "../../src/core/packs/pack.types";

export const METRICS_PER_SHEET = 20;

export function benchPack(sheets: number): Pack {
  const categories = Array.from({ length: sheets }, (_, i) => ({
    id: `unit-${i + 1}`,
    short: `单位${i + 1}`,
    title: `第${i + 1}单位工作情况`,
    minItems: 1,
    layout: "paragraphs",
  }));
  const metrics = categories.flatMap((c, i) =>
    Array.from({ length: METRICS_PER_SHEET }, (_, m) => ({
      code: `U${i + 1}M${m + 1}`,
      name: `单位${i + 1}指标${m + 1}`,
      unit: "件",
      kind: "count",
      category: c.id,
      definition: "基准测试指标",
      required: true,
    })),
  );
  return parsePack(
    {
      id: "bench",
      title: "基准测试报告",
      version: 1,
      defaultTitle: "{报告年度}年度基准测试报告",
      info: [
        { key: "单位名称", role: "unitName", kind: "text", required: true },
        { key: "报告年度", role: "year", kind: "year", required: true },
        { key: "统计截止日期", role: "cutoffDate", kind: "date", required: true },
      ],
      categories,
      metrics,
      rules: [],
    },
    "bench",
  );
}

export async function benchWorkbook(pack: Pack, sheets: number, rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("报告信息").addRows([
    ["项目", "内容"],
    ["单位名称", "某市"],
    ["报告年度", 2024],
    ["统计截止日期", "2024年12月31日"],
  ]);
  for (let s = 1; s <= sheets; s++) {
    const ws = wb.addWorksheet(`单位${s}`);
    ws.addRow(["编码", "指标", "数值", "单位", "上年同期", "表述", "说明"]);
    for (let r = 1; r < rows; r++) {
      const m = ((r - 1) % METRICS_PER_SHEET) + 1;
      if (r <= METRICS_PER_SHEET)
        ws.addRow([`U${s}M${m}`, `单位${s}指标${m}`, r * 7, "件", r * 6, null, "基准测试指标"]);
      else
        ws.addRow([
          null,
          null,
          null,
          null,
          null,
          `第${r}项工作，全年完成{U${s}M${m}}，{U${s}M${m}|同比}。`,
        ]);
    }
  }
  void pack;
  return workbookBytes(wb);
}

/**
 * The court sample with `extra` sheets of `rows` rows that are not part of the report: a unit's
 * other statistics kept in the same workbook (codes, names, figures, units, a sentence, a note),
 * each string different, as a real register is.
 */
export async function courtWithExtraSheets(
  sample: Uint8Array,
  extra: number,
  rows: number,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sample as unknown as ExcelJS.Buffer);
  const units = ["件", "次", "人", "万元", "所", "份", "名"];
  for (let s = 1; s <= extra; s++) {
    const ws = wb.addWorksheet(`附表${s}`);
    ws.addRow(["编号", "项目名称", "数量", "单位", "占比", "情况说明", "备注"]);
    for (let r = 1; r < rows; r++) {
      ws.addRow([
        `FJ${String(s).padStart(3, "0")}-${String(r).padStart(4, "0")}`,
        `第${s}表第${r}项统计事项`,
        r * 3 + s,
        units[r % units.length],
        (r % 100) / 100,
        `本年度第${s}表第${r}项工作按计划推进，完成情况良好，群众满意度持续提升。`,
        `备注${r % 50}`,
      ]);
    }
  }
  return workbookBytes(wb);
}
