import { cellAddress } from "../grid/a1";
import { leafCategories } from "../packs/leafCategories";
import type { InfoField, MetricDef, MetricKind, Pack, PackTable } from "../packs/pack.types";
import { tableGeometry, tableOfCategory } from "../packs/tableGeometry";
import { reportTypeText } from "../packs/reportType";
import { COLUMN_TITLES } from "../read/findHeader";
import type { ColumnRole } from "../read/dataset.types";
import { GUIDE_SHEET, INFO_SHEET } from "../read/matchSheets";

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
  /** a choice from a list (加盖印章: 是/否), offered as a drop-down */
  readonly list?: readonly string[];
  /** what Excel says when the value breaks the rule: a warning's or a stop's title and words */
  readonly errorTitle: string;
  readonly error: string;
}

/** The words of a figure's rule: a warning, since staff type 40余, 2000余万元 or 不适用 there. */
const FIGURE_ERROR = {
  errorTitle: "请核对",
  error: "这里通常填写数字；约数可写“40余”，不涉及的填“不适用”。仍要保留吗？",
} as const;
/** The words of a form's cell: a number, nothing else. */
const FORM_ERROR = {
  errorTitle: "请填写数字",
  error: "表中每格填一个数字（件数填整数），没有的填 0。",
} as const;

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
  /**
   * The sheet is protected, without a password, so that 编码, 指标, the headers and the 报告类型
   * row cannot be typed over: these whole columns stay open (rows inserted later too) but for
   * the cells listed as locked; the input cells are filled light so the clerk sees where to type.
   */
  readonly protection: SheetProtection;
}

/**
 * What a sheet protected without a password still lets the clerk do: insert rows, format cells,
 * columns and rows, sort and filter. One list for the .xlsx writer and for Excel, each of which
 * names them its own way.
 */
export const PROTECTED_SHEET_ALLOWS = [
  "insertRows",
  "formatCells",
  "formatColumns",
  "formatRows",
  "sort",
  "autoFilter",
] as const;
export type SheetAllowance = (typeof PROTECTED_SHEET_ALLOWS)[number];

/** The fills the workbook's sheets use, as RGB hex, the same from the .xlsx writer and Excel. */
export const FILLS = {
  /** column titles and the form's labels */
  header: "E8EEF7",
  /** the cells a clerk fills in */
  input: "FFF8E1",
  /** cells the printed form leaves empty */
  blank: "D9D9D9",
} as const;

export interface SheetProtection {
  /** 0-based columns open to typing, whole */
  readonly openColumns: readonly number[];
  /** cells of those columns that stay locked (the header, the 报告类型 row) */
  readonly lockedCells: readonly string[];
  /** the cells the clerk fills, shown with a light fill */
  readonly inputCells: readonly string[];
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
    ...FIGURE_ERROR,
  };
}

/**
 * What a new workbook's 报告信息 row starts with: the pack it was made from, the pack's 导语 (with
 * a prompt for the unit's own words), each part's heading (for the unit to reword) and 否 on the
 * 是/否 rows; every other row is left for the clerk.
 */
export function infoStartValue(pack: Pack, f: InfoField): string | null {
  if (f.role === "reportType") return reportTypeText(pack);
  // a 是/否 row starts with the answer of most units (a department, no seal, no 规章制定权);
  // 表格空白格按0计 is the clerk's own choice, made once she sees the forms
  if (f.role === "seal" || (f.kind === "yesNo" && f.role !== "blanksAreZero")) return "否";
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
          ...FORM_ERROR,
        });
    } else blanks.push(cell);
  }
  return {
    name,
    form: { merges, inputs, blanks, labels, titleRows: FORM_TOP },
    // the form's input cells are its only open ones (white, as printed)
    protection: { openColumns: [], lockedCells: [], inputCells: [] },
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
  // 说明 next to 单位, where the eye is when a figure is typed; the wide 表述 column last
  return [
    "code",
    "name",
    "value",
    "unit",
    "note",
    "prior",
    ...(headed ? (["heading"] as const) : []),
    "statement",
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
    validations: pack.info.flatMap((f, i) => infoValidation(f, cellAddress(i + 1, 1))),
    valueColumn: 1,
    protection: {
      openColumns: [1],
      // the 报告类型 row says 请勿改动: it stays locked with the header
      lockedCells: [
        "B1",
        ...pack.info.flatMap((f, i) => (f.role === "reportType" ? [cellAddress(i + 1, 1)] : [])),
      ],
      inputCells: pack.info.flatMap((f, i) =>
        f.role === "reportType" ? [] : [cellAddress(i + 1, 1)],
      ),
    },
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
    const open = (["value", "prior", "heading", "statement"] as const)
      .map(col)
      .filter((c) => c >= 0);
    return {
      name: leaf.short,
      header: roles.map(title),
      widths,
      rows,
      // 上年同期 takes the same figures as 数值, a year earlier
      validations: metrics.flatMap((m, i) => [
        validationFor(m, cellAddress(i + 1, col("value"))),
        validationFor(m, cellAddress(i + 1, col("prior"))),
      ]),
      valueColumn: col("value"),
      protection: {
        openColumns: open,
        lockedCells: open.map((c) => cellAddress(0, c)),
        inputCells: metrics.flatMap((_m, i) => [
          cellAddress(i + 1, col("value")),
          cellAddress(i + 1, col("prior")),
        ]),
      },
    };
  });
  return [guideSheet(pack), info, ...sheets];
}

/** What a 报告信息 row takes: a year, 是/否 — said as the cell is chosen, checked as typed. */
function infoValidation(f: InfoField, cell: string): ValueValidation[] {
  const base = { cell, min: null, max: null, promptTitle: f.key.slice(0, 32) };
  const prompt = `${f.definition}${requiredNote(f.required)}`.slice(0, PROMPT_LIMIT);
  if (f.kind === "yesNo" || f.role === "seal" || f.role === "blanksAreZero")
    return [
      {
        ...base,
        kind: "text",
        prompt,
        list: ["是", "否"],
        errorTitle: "请从列表中选择",
        error: "这里只能填“是”或“否”。",
      },
    ];
  if (f.kind === "year")
    return [
      {
        ...base,
        kind: "count",
        min: 2000,
        max: 2100,
        prompt,
        errorTitle: FIGURE_ERROR.errorTitle,
        error: "报告年度填四位年份，如 2025。",
      },
    ];
  // a date is often typed as text (2025年12月31日), which the reader takes: a prompt, no rule
  if (f.kind === "date")
    return [
      {
        ...base,
        kind: "text",
        prompt,
        errorTitle: "请核对",
        error: "日期写成“2025年12月31日”，或用 Excel 的日期格式。",
      },
    ];
  return [];
}

/**
 * The blank workbook's first sheet: how to fill it in, in three steps, in the clerk's words —
 * what 不适用 does, what the braces in a sentence are, that a default sentence goes by clearing
 * its cell. Never read as data.
 */
function guideSheet(pack: Pack): ScaffoldSheet {
  const lines = [
    `本工作簿用于编写《${pack.title}》。按下面三步填写并保存，然后在报告助手中点“检查”“生成报告”。`,
    "第一步　在「报告信息」表的“内容”列填写单位名称、报告年度、统计截止日期等。",
    "第二步　在各部分的工作表中，“数值”列填本年数字，“上年同期”列填上年数字（有的就填，报告会写出同比）。确实没有这项工作的填“不适用”，用到它的句子会自动略去；约数可写“40余”“2000余万元”。",
    "第三步　在“表述”列写本部分的工作情况。已有的句子可以直接用：{ } 里是指标的名称，生成报告时换成“数值”列的数字（如 {新收案件} 写成“16742件”），{新收案件|同比} 写成与上年同期比较的“同比增长5.5%”；请不要改动花括号里的字；【请填写：…】是提示，请按提示写成本单位的情况，并把【】连同提示一起删去。不需要的句子，清空它所在的单元格即可，不要删除整行。",
    ...(pack.tables.length > 0
      ? [
          "统计表　名称以“表”开头的工作表是国家规定格式的统计表：在白色格子中填写数字，没有的填 0，灰色格子不填，不要增删行列。",
        ]
      : []),
    "请勿改动　编码、指标、单位、说明各列，以及「报告信息」中的“报告类型”一行，由报告助手使用。",
    "检查　保存后在报告助手中点“检查”：每个问题都写明在哪个表的哪个单元格、怎样改，点击即可定位。",
  ];
  return {
    name: GUIDE_SHEET,
    header: ["使用说明"],
    widths: [110],
    rows: lines.map((l) => [l]),
    validations: [],
    valueColumn: 0,
    protection: { openColumns: [], lockedCells: [], inputCells: [] },
  };
}
