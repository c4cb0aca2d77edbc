/* global Excel */
import type { PreparePlan } from "../../core/scaffold/planPrepare";
import type { ValueValidation } from "../../core/scaffold/scaffoldLayout";

const HEADER_FILL = "#E8EEF7";

function setValidation(range: Excel.Range, v: ValueValidation): void {
  const prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
  if (v.kind === "text") {
    range.dataValidation.prompt = prompt;
    return;
  }
  // A warning, not a stop: staff legitimately type 40余, 2000余万元 or 不适用 here.
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: "请核对",
    message: "这里通常填写数字；约数可写“40余”，不涉及的填“不适用”。仍要保留吗？",
  };
  range.dataValidation.prompt = prompt;
  if (v.kind === "date") {
    range.dataValidation.rule = { date: { formula1: "1990-01-01", operator: "GreaterThan" } };
  } else if (v.min !== null && v.max !== null) {
    range.dataValidation.rule = {
      decimal: { formula1: v.min, formula2: v.max, operator: "Between" },
    };
  } else {
    range.dataValidation.rule = {
      decimal: { formula1: v.min ?? 0, operator: "GreaterThanOrEqualTo" },
    };
  }
}

/** Contiguous runs of non-null cells in a row: each is written on its own, so nothing else is touched. */
function segments(row: ReadonlyArray<string | null>): Array<{ start: number; values: string[] }> {
  const out: Array<{ start: number; values: string[] }> = [];
  row.forEach((v, i) => {
    if (v === null) return;
    const last = out[out.length - 1];
    if (last && last.start + last.values.length === i) last.values.push(v);
    else out.push({ start: i, values: [v] });
  });
  return out;
}

/**
 * Lays a Prepare plan down in one round trip: new sheets whole, and new rows under the last used
 * row of existing sheets, written cell run by cell run so that no other cell is touched.
 */
export async function applyPrepare(
  context: Excel.RequestContext,
  plan: PreparePlan,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  for (const s of plan.newSheets) {
    const ws = sheets.add(s.name);
    const header = ws.getRangeByIndexes(0, 0, 1, s.header.length);
    header.values = [[...s.header]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    s.widths.forEach((w, c) => {
      // Excel measures column width in points; a character of the default font is about 7.5 pt
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 7.5;
    });
    s.rows.forEach((row, r) => {
      for (const seg of segments(row))
        ws.getRangeByIndexes(r + 1, seg.start, 1, seg.values.length).values = [seg.values];
    });
    for (const v of s.validations) setValidation(ws.getRange(v.cell), v);
    ws.freezePanes.freezeRows(1);
  }
  for (const a of plan.appends) {
    const ws = sheets.getItem(a.sheet);
    a.values.forEach((row, r) => {
      for (const seg of segments(row)) {
        ws.getRangeByIndexes(a.row + r, a.col + seg.start, 1, seg.values.length).values = [
          seg.values,
        ];
      }
    });
    for (const v of a.validations) setValidation(ws.getRange(v.cell), v);
  }
  await context.sync();
}
