/**
 * The benchmark's workbooks: for the synthetic pack (benchPack.ts), a standard workbook whose rows
 * after the metrics are narrative items tied to a metric by a placeholder; and the court sample
 * with extra sheets the report does not use.
 */
import ExcelJS from "exceljs";
import { METRICS_PER_SHEET } from "./benchPack";
import { workbookBytes } from "../../src/adapters/xlsx-file/writeScaffoldXlsx";

/**
 * `sentences`: "plain" — each a sentence with two placeholders; "conditional" — the same inside a
 * condition on its figure ({#X}…{/X}), as the blank workbook writes its default sentences.
 */
export async function benchWorkbook(
  sheets: number,
  rows: number,
  sentences: "plain" | "conditional" = "plain",
): Promise<Uint8Array> {
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
      else {
        const code = `U${s}M${m}`;
        const sentence = `第${r}项工作，全年完成{${code}}，{${code}|同比}。`;
        ws.addRow([
          null,
          null,
          null,
          null,
          null,
          sentences === "plain" ? sentence : `{#${code}}${sentence}{/${code}}`,
        ]);
      }
    }
  }
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
