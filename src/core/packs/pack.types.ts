/** A report type, as data: what the workbook holds and how the report is laid out. */

export type MetricKind = "count" | "amount" | "rate" | "date" | "text";

/** How a category's narrative items become paragraphs in the default template. */
export type CategoryLayout =
  /** heading run then every item, one paragraph: "（一）坚持党的领导，确保正确政治方向。抓住…" */
  | "inline"
  /** one paragraph per item */
  | "paragraphs"
  /** one paragraph per item, each opened by its own numbered heading: "（一）聚焦…。扎实开展…" */
  | "headed";

/** A 表述 the blank workbook starts with: a sentence in the placeholder language, or a 【请填写：…】 prompt. */
export interface DefaultItem {
  readonly text: string;
  /** the item's 小标题, for a part laid out as "headed" */
  readonly heading?: string;
}

export interface PackCategory {
  readonly id: string;
  /** the part's heading when the workbook gives none (its 「…标题」 row in 报告信息) */
  readonly title: string;
  /** Sheet name in the workbook; leaf categories only. */
  readonly short?: string;
  readonly minItems?: number;
  readonly layout?: CategoryLayout;
  readonly description?: string;
  /** leaf parts: the 表述 a blank workbook starts with */
  readonly defaultItems?: readonly DefaultItem[];
  readonly children?: readonly PackCategory[];
}

export interface MetricDef {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: MetricKind;
  /** id of the leaf category whose sheet holds the metric */
  readonly category: string;
  readonly definition: string;
  readonly required: boolean;
  /** Advisory bounds in the metric's unit; outside them is a warning, never an error. */
  readonly range?: readonly [number | null, number | null];
  /** a derived figure: "SP03 ÷ (SP01 + SP02) × 100", parsed by packs/formula.ts, never run as code */
  readonly formula?: string;
  /** "drop": a clause of the workbook's texts that would state this figure as 0 leaves by itself */
  readonly zero?: "drop";
  /** words that replace a clause stating this figure as 0 ("全年未发生…"): good news said as such */
  readonly zeroText?: string;
  /** a headline figure: its default sentence compares it with 上年同期 */
  readonly headline?: boolean;
  /** a figure the report states every year (信息处理费): 0 for none, never 不适用 */
  readonly always?: boolean;
  /** the words reports use for it besides its name (受理各类案件 for 新收案件): a figure typed after them is compared with it */
  readonly aliases?: readonly string[];
}

/** yesNo: a 是/否 answer, offered as a list in the workbook; as a condition ({#…}…{/…}) its answer */
export type InfoKind = "text" | "year" | "date" | "yesNo";

/**
 * What a report-information row is for, so the engine needs no hard-coded keys: the unit's name,
 * the report year, the statistics' cut-off date, the date the report is signed, its title, the
 * opening paragraph, whether it is sealed, and whom it is addressed to.
 */
export type InfoRole =
  | "unitName"
  | "year"
  | "cutoffDate"
  | "signDate"
  | "title"
  | "lead"
  | "seal"
  | "addressee"
  /** 报告类型: which pack (and version) made the workbook, so later runs need no --pack */
  | "reportType"
  /** a part's own 小标题 (「审判执行标题」), one row per leaf part */
  | "categoryHeading"
  /** 是: the blank cells of the pack's tables are read as 0 (a unit with nothing to report) */
  | "blanksAreZero"
  /** 是: the report is a government's (人民政府), not a department's: its deadline and contents */
  | "government";

/** Roles every pack must give a row to: without them there is no report. */
export const REQUIRED_ROLES: readonly InfoRole[] = ["unitName", "year", "cutoffDate"];

export interface InfoField {
  readonly key: string;
  readonly kind: InfoKind;
  readonly required: boolean;
  readonly definition: string;
  readonly role?: InfoRole;
  /** for a categoryHeading row: the id of its part */
  readonly category?: string;
}

export type RuleOperator = "<=" | "<" | ">=" | ">" | "==";

/** sum(left) op sum(right), over metric codes; skipped while any term has no value. */
export interface CrossFieldRule {
  readonly id: string;
  readonly left: readonly string[];
  readonly op: RuleOperator;
  readonly right: readonly string[];
  readonly message: string;
}

/** One cell of a table's printed grid, 0-based, with its spans; a label, a data cell or a blank. */
export interface TableCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** a printed label (header, row label, corner note) */
  readonly text?: string;
  /** a data cell: the code of the metric it holds */
  readonly metric?: string;
  /** a cell the official form leaves empty */
  readonly blank?: boolean;
}

/**
 * A relation between a table's cells, as data: sum(left) op sum(right), over metric codes. A term
 * "上年:CODE" is last year's figure of that cell (as next-year remembered it): a relation with
 * one is checked only when the workbook carries last year's table. An empty side is 0.
 */
export interface TableRelation {
  readonly id: string;
  readonly left: readonly string[];
  readonly op: "==" | "<=" | ">=";
  readonly right: readonly string[];
  readonly severity: "error" | "warning";
  /** checked only when this 是/否 row of 报告信息 holds this answer (blank counts as 否) */
  readonly when?: { readonly info: string; readonly is: "是" | "否" };
}

export const PRIOR_TERM = "上年:";

/** A relation's term: the metric code it names, and whether it is last year's figure. */
export function relationTerm(term: string): { code: string; prior: boolean } {
  return term.startsWith(PRIOR_TERM)
    ? { code: term.slice(PRIOR_TERM.length), prior: true }
    : { code: term, prior: false };
}

/** A layout the form had before (the 2019 one): recognised by labels present and absent. */
export interface OldTableLayout {
  readonly name: string;
  /** every one of these labels is on the sheet … */
  readonly present: readonly string[];
  /** … and none of these */
  readonly absent: readonly string[];
}

/**
 * A statutory table: one part's sheet laid out as the printed form, its data cells bound to
 * metrics (so placeholders and checks work on them as on any figure), rendered as a Word table
 * right after the part's heading.
 */
export interface PackTable {
  readonly id: string;
  /** the leaf part whose sheet is the form and under whose heading the table prints */
  readonly category: string;
  /** what the pane and messages call it (表三 收到和处理政府信息公开申请情况) */
  readonly title: string;
  /** the printed widths of the grid's columns, in points (scaled to the type area) */
  readonly widths: readonly number[];
  /** rows at the top that repeat on each page when the table breaks */
  readonly headerRows: number;
  /** font size in points (五号 10.5, 小四 12) */
  readonly fontSize: number;
  /** words a label's line may not split where the column is narrow (商业企业 → 商业/企业) */
  readonly keepTogether: readonly string[];
  readonly cells: readonly TableCell[];
  readonly relations: readonly TableRelation[];
  readonly oldLayouts: readonly OldTableLayout[];
  /** next-year carries each 'from' figure into the 'to' cell (结转下年度 → 上年结转) */
  readonly carry: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

export interface Pack {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly version: number;
  /** Report title when the workbook gives no 报告标题; may hold placeholders ({报告年度}). */
  readonly defaultTitle: string;
  readonly info: readonly InfoField[];
  readonly categories: readonly PackCategory[];
  readonly metrics: readonly MetricDef[];
  readonly rules: readonly CrossFieldRule[];
  /** File name of the default Word template, relative to the pack; absent → built from the pack. */
  readonly template?: string;
  /** terms a title line may not split (法治政府, 建设情况, …), besides the built-in ones */
  readonly noBreak?: readonly string[];
  /** the 导语 a new workbook starts with (placeholders, and a 【请填写：…】 prompt for the unit's own words) */
  readonly defaultLead?: string;
  /** the figures cover the calendar year: a 统计截止日期 other than 12月31日 is a warning */
  readonly calendarYear?: boolean;
  /** statutory tables, each the form of one part's sheet */
  readonly tables: readonly PackTable[];
  /** published by this day of the year after (条例 第四十九条: departments 1月31日, governments 3月31日) */
  readonly publishBy?: PublishBy;
}

/** Month and day (MM-DD) of the year after the report's, by which it is published. */
export interface PublishBy {
  readonly department: string;
  readonly government?: string;
}

/** A leaf category with its place in the tree (what heading numbers are computed from). */
export interface LeafCategory {
  readonly category: PackCategory;
  readonly short: string;
  /** 1-based position at each level, e.g. [1, 2] for 一（二） */
  readonly path: readonly number[];
  readonly parent: PackCategory | null;
}
