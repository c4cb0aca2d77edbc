import { cellAddress } from "../grid/a1";
import { leafCategories } from "../packs/leafCategories";
import type { InfoField, MetricDef, MetricKind, Pack } from "../packs/pack.types";
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
}

export interface ScaffoldSheet {
  readonly name: string;
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
