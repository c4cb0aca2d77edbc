import { cellAddress } from "../grid/a1";
import { leafCategories } from "../packs/leafCategories";
import type { InfoField, MetricDef, MetricKind, Pack, PackTable } from "../packs/pack.types";
import { tableGeometry, tableOfCategory } from "../packs/tableGeometry";
import { reportTypeText } from "../packs/reportType";
import { COLUMN_TITLES } from "../read/findHeader";
import type { ColumnRole } from "../read/dataset.types";
import { INFO_SHEET } from "../read/matchSheets";

/** Input rule for a value cell, as Excel data validation expresses it. */
export interface ValueValidation {
  readonly cell: string;
  readonly kind: MetricKind;
  readonly min: number | null;
  readonly max: number | null;
  /** shown when the cell is selected: what the metric means and its unit */
  readonly promptTitle: string;
  readonly prompt: string;
  /**
   * a cell of a statutory table's form: a number, 0 for none (stop, not warn: “/” and 不适用 do
   * not belong there); its labels say what it is, so it carries no prompt of its own and the
   * form's cells share one rule
   */
  readonly form?: boolean;
}

/**
 * A part whose pack declares a table: its sheet is the printed form itself, laid out from the
 * sheet's first row (no header row), its merged cells merged, input cells for the figures, the
 * cells the form leaves empty greyed, the rest locked.
 */
export interface ScaffoldForm {
  /** 0-based, on the sheet */
  readonly merges: ReadonlyArray<{ row: number; col: number; rowSpan: number; colSpan: number }>;
  /** the data cells, each with the metric it holds */
  readonly inputs: ReadonlyArray<{ readonly cell: string; readonly code: string }>;
  readonly blanks: readonly string[];
  /** the form's printed labels (bordered, wrapped, locked) */
  readonly labels: readonly string[];
  /** the sheet's title row and the note under it, 0-based rows above the form */
  readonly titleRows: number;
}

export interface ScaffoldSheet {
  readonly name: string;
  /** the part's table, laid out as the printed form */
  readonly form?: ScaffoldForm;
  readonly header: readonly string[];
  readonly widths: readonly number[];
  /** rows under the header; null leaves the cell empty for the user */
  readonly rows: ReadonlyArray<ReadonlyArray<string | null>>;
  readonly validations: readonly ValueValidation[];
  /** 0-based column of 数值 (or 内容), the column the user fills */
  readonly valueColumn: number;
}

const title = (role: ColumnRole) => COLUMN_TITLES[role][0] ?? "";

function requiredNote(required: boolean): string {
  return required ? "（必填）" : "（选填）";
}

const PROMPT_LIMIT = 255; // Excel's limit for a validation prompt

function validationFor(m: MetricDef, cell: string): ValueValidation {
  const prompt = `${m.definition}${m.unit ? `。单位：${m.unit}` : ""}${requiredNote(m.required)}`;
  return {
    cell,
    kind: m.kind,
    min: m.range?.[0] ?? (m.kind === "date" || m.kind === "text" ? null : 0),
    max: m.range?.[1] ?? null,
    promptTitle: m.name.slice(0, 32),
    prompt: prompt.slice(0, PROMPT_LIMIT),
  };
}

/**
 * What a new workbook's 报告信息 row starts with: the pack it was made from, the pack's 导语 (with
 * a prompt for the unit's own words) and each part's heading (for the unit to reword); every
 * other row is left for the clerk.
 */
export function infoStartValue(pack: Pack, f: InfoField): string | null {
  if (f.role === "reportType") return reportTypeText(pack);
  if (f.role === "seal") return "否";
  if (f.role === "lead") return pack.defaultLead ?? null;
  if (f.role === "categoryHeading")
    return leafCategories(pack).find((l) => l.category.id === f.category)?.category.title ?? null;
  return null;
}

const FORM_TOP = 2;

/** A table's sheet: a title, a note on how to fill it, then the form as printed. */
function formSheet(pack: Pack, name: string, table: PackTable): ScaffoldSheet {
  const g = tableGeometry(table);
  const rows: Array<Array<string | null>> = Array.from({ length: FORM_TOP + g.height }, () =>
    Array.from({ length: g.width }, () => null),
  );
  const set = (r: number, c: number, v: string) => {
    const line = rows[r];
    if (line) line[c] = v;
  };
  set(0, 0, table.title);
  set(1, 0, FORM_NOTE);
  const merges: Array<{ row: number; col: number; rowSpan: number; colSpan: number }> = [
    { row: 0, col: 0, rowSpan: 1, colSpan: g.width },
    { row: 1, col: 0, rowSpan: 1, colSpan: g.width },
  ];
  const inputs: Array<{ cell: string; code: string }> = [];
  const blanks: string[] = [];
  const labels: string[] = [];
  const validations: ValueValidation[] = [];
  const byCode = new Map(pack.metrics.map((m) => [m.code, m]));
  for (const c of table.cells) {
    const row = FORM_TOP + c.row;
    const cell = cellAddress(row, c.col);
    if (c.rowSpan > 1 || c.colSpan > 1)
      merges.push({ row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan });
    if (c.text !== undefined) {
      set(row, c.col, c.text);
      labels.push(cell);
    } else if (c.metric !== undefined) {
      inputs.push({ cell, code: c.metric });
      const m = byCode.get(c.metric);
      if (m)
        validations.push({
          cell,
          kind: m.kind,
          min: 0,
          max: null,
          promptTitle: "",
          prompt: "",
          form: true,
        });
    } else blanks.push(cell);
  }
  return {
    name,
    form: { merges, inputs, blanks, labels, titleRows: FORM_TOP },
    header: [],
    // a point of the printed form is about a sixth of a character of the sheet; labels wrap
    widths: table.widths.map((w) => Math.max(7, Math.round(w / 5))),
    rows,
    validations,
    valueColumn: 0,
  };
}

/** What the line under a form's title says. */
const FORM_NOTE =
  "在白色格子中填写数字，没有的填 0（不要填“/”“—”或“无”）；灰色格子不填。表的格式与国家规定的年度报告格式一致，请勿增删行列。";

/** The roles of a part's sheet, in column order. */
function sheetRoles(headed: boolean): ColumnRole[] {
  return [
    "code",
    "name",
    "value",
    "unit",
    "prior",
    ...(headed ? (["heading"] as const) : []),
    "statement",
    "note",
  ];
}

/**
 * The standard workbook of a pack, as data: 报告信息 plus one sheet per category, each metric on
 * its own row with code, name, unit and definition, the value left for the user. The .xlsx writer
 * and the Excel add-in both lay it down from this one description.
 */
export function scaffoldLayout(pack: Pack): ScaffoldSheet[] {
  const info: ScaffoldSheet = {
    name: INFO_SHEET,
    header: ["项目", "内容", "说明"],
    widths: [16, 40, 60],
    rows: pack.info.map((f) => [
      f.key,
      infoStartValue(pack, f),
      `${f.definition}${requiredNote(f.required)}`,
    ]),
    validations: [],
    valueColumn: 1,
  };
  const sheets = leafCategories(pack).map((leaf): ScaffoldSheet => {
    const table = tableOfCategory(pack, leaf.category.id);
    if (table) return formSheet(pack, leaf.short, table);
    const headed = leaf.category.layout === "headed";
    const roles = sheetRoles(headed);
    const col = (role: ColumnRole) => roles.indexOf(role);
    const metrics = pack.metrics.filter((m) => m.category === leaf.category.id);
    const rows = metrics.map((m) => {
      const row: Array<string | null> = roles.map(() => null);
      row[col("code")] = m.code;
      row[col("name")] = m.name;
      row[col("unit")] = m.unit;
      row[col("note")] = `${m.definition}${requiredNote(m.required)}`;
      return row;
    });
    // the pack's default sentences, under the metrics: a clerk who types only figures has a draft
    for (const item of leaf.category.defaultItems ?? []) {
      const row: Array<string | null> = roles.map(() => null);
      row[col("statement")] = item.text;
      if (headed && item.heading !== undefined) row[col("heading")] = item.heading;
      rows.push(row);
    }
    const widths = roles.map(
      (r) =>
        ({
          code: 8,
          name: 22,
          value: 12,
          unit: 8,
          prior: 12,
          heading: 24,
          statement: 70,
          note: 40,
        })[r],
    );
    return {
      name: leaf.short,
      header: roles.map(title),
      widths,
      rows,
      validations: metrics.map((m, i) => validationFor(m, cellAddress(i + 1, col("value")))),
      valueColumn: col("value"),
    };
  });
  return [info, ...sheets];
}
