/* global Excel */
import { cellAddress } from "../../core/grid/a1";
import type { PreparePlan } from "../../core/scaffold/planPrepare";
import {
  FILLS,
  PROTECTED_SHEET_ALLOWS,
  type ScaffoldForm,
  type SheetAllowance,
  type ScaffoldSheet,
  type SheetProtection,
  type ValueValidation,
} from "../../core/scaffold/scaffoldLayout";
import { writeUnprotected } from "./sheetProtection";

const HEADER_FILL = `#${FILLS.header}`;

function setValidation(range: Excel.Range, v: ValueValidation): void {
  if (v.list) {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: v.errorTitle,
      message: v.error,
    };
    range.dataValidation.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
    return;
  }
  if (v.form) {
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: v.errorTitle,
      message: v.error,
    };
    range.dataValidation.rule =
      v.kind === "count"
        ? { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } }
        : { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    return;
  }
  const prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
  if (v.kind === "text") {
    range.dataValidation.prompt = prompt;
    return;
  }
  // A warning, not a stop: staff legitimately type 40余, 2000余万元 or 不适用 here.
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: v.errorTitle,
    message: v.error,
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

const LABEL_FILL = HEADER_FILL;
const BLANK_FILL = `#${FILLS.blank}`;
/** where the clerk types, as the .xlsx scaffold shows it */
const INPUT_HINT_FILL = `#${FILLS.input}`;

/** The allowances of a protected sheet by the names Office.js gives them. */
const OFFICE_ALLOWS: Record<SheetAllowance, keyof Excel.WorksheetProtectionOptions> = {
  insertRows: "allowInsertRows",
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  sort: "allowSort",
  autoFilter: "allowAutoFilter",
};

/**
 * A sheet Prepare made, protected as the .xlsx scaffold protects it: without a password, its open
 * columns open whole (inserted rows too) but for their locked cells; rows may be inserted, cells
 * formatted, rows sorted.
 */
function protectNew(ws: Excel.Worksheet, p: SheetProtection): void {
  for (const c of p.openColumns) {
    const letter = cellAddress(0, c).replace(/\d+$/, "");
    ws.getRange(`${letter}:${letter}`).format.protection.locked = false;
  }
  for (const a of p.lockedCells) ws.getRange(a).format.protection.locked = true;
  for (const a of p.inputCells) ws.getRange(a).format.fill.color = INPUT_HINT_FILL;
  ws.protection.protect(
    Object.fromEntries(PROTECTED_SHEET_ALLOWS.map((a) => [OFFICE_ALLOWS[a], true])),
  );
}
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/**
 * A table's sheet as its printed form, as the .xlsx scaffold writes it: the labels merged and
 * shaded, every cell ruled, the cells the form leaves empty grey, the input cells the only ones
 * unlocked, the sheet protected.
 */
function addForm(ws: Excel.Worksheet, s: ScaffoldSheet, form: ScaffoldForm): void {
  s.widths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 7.5;
  });
  s.rows.forEach((row, r) => {
    for (const seg of segments(row))
      ws.getRangeByIndexes(r, seg.start, 1, seg.values.length).values = [seg.values];
  });
  for (const m of form.merges) {
    const range = ws.getRangeByIndexes(m.row, m.col, m.rowSpan, m.colSpan);
    range.merge(false);
    range.format.wrapText = true;
  }
  ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  const grid = ws.getRangeByIndexes(
    form.titleRows,
    0,
    s.rows.length - form.titleRows,
    s.widths.length,
  );
  for (const edge of EDGES) grid.format.borders.getItem(edge).style = "Continuous";
  for (const a of form.labels) ws.getRange(a).format.fill.color = LABEL_FILL;
  for (const a of form.blanks) ws.getRange(a).format.fill.color = BLANK_FILL;
  for (const { cell } of form.inputs) ws.getRange(cell).format.protection.locked = false;
  for (const v of s.validations) setValidation(ws.getRange(v.cell), v);
  ws.freezePanes.freezeRows(form.titleRows);
  protectNew(ws, s.protection);
}

/**
 * Lays a Prepare plan down: new sheets whole (protected as the blank workbook's are), and new rows
 * under the last used row of existing sheets, written cell run by cell run so that no other cell
 * is touched — existing sheets that are protected lifted and restored around it, in three round
 * trips whatever the plan. The clerk is left at 报告信息's first 内容 cell, where filling in starts.
 */
export async function applyPrepare(
  context: Excel.RequestContext,
  plan: PreparePlan,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  await writeUnprotected(
    context,
    plan.appends.map((a) => a.sheet),
    () => {
      for (const s of plan.newSheets) {
        if (s.form) {
          addForm(sheets.add(s.name), s, s.form);
          continue;
        }
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
        protectNew(ws, s.protection);
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
      const start = sheets.getItem(plan.start.sheet);
      start.activate();
      start.getRange(plan.start.cell).select();
    },
  );
}
