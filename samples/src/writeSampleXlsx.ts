import type ExcelJS from "exceljs";
import { loadPack } from "../../src/adapters/node-files/packStore";
import {
  workbookBytes,
  writeScaffoldWorkbook,
} from "../../src/adapters/xlsx-file/writeScaffoldXlsx";
import { scaffoldLayout } from "../../src/core/scaffold/scaffoldLayout";
import { GUIDE_SHEET } from "../../src/core/read/matchSheets";
import type { SampleWorkbook } from "./sampleWorkbook.types";

function headerIndex(ws: ExcelJS.Worksheet, title: string): number {
  let found = -1;
  ws.getRow(1).eachCell((c, col) => {
    if (c.value === title) found = col;
  });
  if (found < 0) throw new Error(`sheet ${ws.name} has no ${title} column`);
  return found;
}

/** The pack's scaffold, filled the way staff fill it: values in 数值, sentences in 表述. */
export async function fillSample(sample: SampleWorkbook): Promise<ExcelJS.Workbook> {
  const { pack } = loadPack(sample.packId);
  const layout = scaffoldLayout(pack);
  const wb = writeScaffoldWorkbook(layout);
  const forms = new Map(layout.flatMap((l) => (l.form ? [[l.name, l.form] as const] : [])));
  const info = wb.getWorksheet("报告信息");
  if (!info) throw new Error("scaffold has no 报告信息 sheet");
  info.eachRow((row, n) => {
    const key = row.getCell(1).value;
    if (n > 1 && typeof key === "string" && key in sample.info)
      row.getCell(2).value = sample.info[key] ?? null;
  });
  for (const ws of wb.worksheets) {
    if (ws === info || ws.name === GUIDE_SHEET) continue;
    // a table's form: each figure into its cell
    const form = forms.get(ws.name);
    if (form) {
      for (const { cell, code } of form.inputs) {
        const v = sample.values[code];
        if (v) ws.getCell(cell).value = v.value;
      }
      continue;
    }
    const codeCol = headerIndex(ws, "编码");
    const valueCol = headerIndex(ws, "数值");
    const priorCol = headerIndex(ws, "上年同期");
    const statementCol = headerIndex(ws, "表述");
    ws.eachRow((row, n) => {
      const code = row.getCell(codeCol).value;
      const v = typeof code === "string" ? sample.values[code] : undefined;
      if (n === 1 || !v) return;
      row.getCell(valueCol).value = v.value;
      if (v.prior !== undefined) row.getCell(priorCol).value = v.prior;
    });
    let headingCol = -1;
    ws.getRow(1).eachCell((c, col) => {
      if (c.value === "标题") headingCol = col;
    });
    // the unit's own sentences replace the pack's default ones, row for row from under the metrics
    let next = 2;
    ws.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(codeCol).value === "string") next = n + 1;
      else if (n > 1) {
        row.getCell(statementCol).value = null;
        if (headingCol > 0) row.getCell(headingCol).value = null;
      }
    });
    for (const item of sample.items[ws.name] ?? []) {
      const row = ws.getRow(next++);
      if (typeof item === "string") row.getCell(statementCol).value = item;
      else {
        row.getCell(statementCol).value = item.text;
        if (headingCol > 0) row.getCell(headingCol).value = item.heading;
      }
    }
  }
  return wb;
}

export async function writeSampleXlsx(sample: SampleWorkbook): Promise<Uint8Array> {
  return workbookBytes(await fillSample(sample));
}
