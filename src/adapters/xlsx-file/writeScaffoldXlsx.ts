import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { FIXED_ZIP_DATE } from "../../core/docx/fixedZipDate";
import {
  FILLS,
  PROTECTED_SHEET_ALLOWS,
  type ScaffoldForm,
  type ScaffoldSheet,
  type SheetProtection,
  type ValueValidation,
} from "../../core/scaffold/scaffoldLayout";

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${FILLS.header}` },
};

function dataValidation(v: ValueValidation): ExcelJS.DataValidation | null {
  if (v.list)
    return {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.list.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.error,
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    };
  // a form's cell: a number and nothing else (a stop, not a warning)
  if (v.form)
    return {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.error,
      type: v.kind === "count" ? "whole" : "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
    };
  const prompt = { showInputMessage: true, promptTitle: v.promptTitle, prompt: v.prompt };
  // cast: ExcelJS accepts type "any" (an input prompt only) but its typings omit it
  if (v.kind === "text") return { type: "any", ...prompt } as unknown as ExcelJS.DataValidation;
  // A warning, not a stop: staff legitimately type 40余, 2000余万元 or 不适用 in these cells.
  const soft = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: v.errorTitle,
    error: v.error,
    ...prompt,
  };
  if (v.kind === "date") {
    return {
      ...soft,
      type: "date",
      operator: "greaterThan",
      formulae: [new Date(Date.UTC(1990, 0, 1))],
    };
  }
  if (v.min !== null && v.max !== null) {
    return {
      ...soft,
      type: "decimal",
      operator: "between",
      formulae: [v.min, v.max],
    };
  }
  return {
    ...soft,
    type: "decimal",
    operator: "greaterThanOrEqual",
    formulae: [v.min ?? 0],
  };
}

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const BLANK_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${FILLS.blank}` },
};
const INPUT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFFFFF" },
};

/** Where the clerk types, shown with a light fill. */
const INPUT_HINT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${FILLS.input}` },
};

/**
 * Protects a sheet without a password, as the layout says: its open columns stay open whole
 * (rows inserted later too) but for their locked cells; rows may be inserted, cells formatted and
 * rows sorted. The pane's writes (Prepare, 标记) lift and restore it; a clerk who must change a
 * locked cell uses 审阅 → 撤销工作表保护, no password asked.
 */
function protect(ws: ExcelJS.Worksheet, p: SheetProtection): void {
  for (const c of p.openColumns) ws.getColumn(c + 1).protection = { locked: false };
  for (const a of p.lockedCells) ws.getCell(a).protection = { locked: true };
  for (const a of p.inputCells) ws.getCell(a).fill = INPUT_HINT_FILL;
  // no password: ExcelJS sets the protection at once (its promise only says it is done)
  void ws.protect("", Object.fromEntries(PROTECTED_SHEET_ALLOWS.map((a) => [a, true])));
}

/**
 * A table's sheet as the printed form: merged labels, white input cells (the only ones not
 * locked), grey cells the form leaves empty; the sheet protected without a password.
 */
function writeForm(wb: ExcelJS.Workbook, sheet: ScaffoldSheet, form: ScaffoldForm): void {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: form.titleRows }] });
  ws.columns = sheet.widths.map((width) => ({ width }));
  sheet.rows.forEach((row, r) => {
    const line = ws.getRow(r + 1);
    row.forEach((v, c) => {
      if (v !== null) line.getCell(c + 1).value = v;
    });
  });
  for (const m of form.merges)
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowSpan, m.col + m.colSpan);
  const title = ws.getCell(1, 1);
  title.font = { bold: true, size: 13 };
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: "top" };
  ws.getRow(2).height = 32;
  for (const a of form.labels) {
    const c = ws.getCell(a);
    c.border = BOX;
    c.fill = HEADER_FILL;
    c.alignment = { wrapText: true, vertical: "middle" };
  }
  for (const a of form.blanks) {
    const c = ws.getCell(a);
    c.border = BOX;
    c.fill = BLANK_FILL;
  }
  for (const { cell } of form.inputs) {
    const c = ws.getCell(cell);
    c.border = BOX;
    c.fill = INPUT_FILL;
    c.alignment = { horizontal: "center", vertical: "middle" };
    c.protection = { locked: false };
  }
  for (const v of sheet.validations) {
    const dv = dataValidation(v);
    if (dv) ws.getCell(v.cell).dataValidation = dv;
  }
  protect(ws, sheet.protection);
}

/** Lays the scaffold down in a new ExcelJS workbook (used for new files and for the sample). */
export function writeScaffoldWorkbook(layout: readonly ScaffoldSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "报告助手";
  // fixed dates keep the generated files reproducible
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));
  for (const sheet of layout) {
    if (sheet.form) {
      writeForm(wb, sheet, sheet.form);
      continue;
    }
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.header.map((h, i) => ({ header: h, width: sheet.widths[i] ?? 12 }));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.eachCell((c) => {
      c.fill = HEADER_FILL;
      c.alignment = { vertical: "middle" };
    });
    sheet.rows.forEach((row) => ws.addRow(row.map((v) => v ?? null)));
    for (const v of sheet.validations) {
      const dv = dataValidation(v);
      if (dv) ws.getCell(v.cell).dataValidation = dv;
    }
    ws.getColumn(sheet.valueColumn + 1).alignment = { horizontal: "right" };
    if (sheet.header.length === 1)
      // the 使用说明 sheet: one wide column of wrapped lines
      ws.getColumn(1).alignment = { wrapText: true, vertical: "top" };
    const statementCol = sheet.header.indexOf("表述");
    if (statementCol >= 0)
      ws.getColumn(statementCol + 1).alignment = { wrapText: true, vertical: "top" };
    protect(ws, sheet.protection);
  }
  return wb;
}

/**
 * The workbook as .xlsx bytes. ExcelJS stamps every zip entry with the current time; the entries
 * are re-stamped with a fixed date so the same workbook always gives the same bytes.
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const zip = new PizZip(new Uint8Array(await wb.xlsx.writeBuffer()));
  const stamped = new PizZip();
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.files[name];
    if (f && !f.dir)
      stamped.file(name, f.asUint8Array(), { date: FIXED_ZIP_DATE, createFolders: false });
  }
  return stamped.generate({ type: "uint8array", compression: "DEFLATE" });
}
