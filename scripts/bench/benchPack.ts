/**
 * The benchmark's pack: a city collecting units' sheets, one category per sheet (20 required
 * metrics each). Apart from the workbook writer, so that a measured process loads no ExcelJS.
 */
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
