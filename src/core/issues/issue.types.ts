/** Problems in the user's data or template, as data: codes, values and places. The words live in messages/. */

export type Severity = "error" | "warning" | "note";

export type IssueCode =
  | "WORKBOOK_NOT_STANDARD"
  | "INFO_SHEET_MISSING"
  | "INFO_FIELD_MISSING"
  | "INFO_FIELD_INVALID"
  | "INFO_CUTOFF_STALE"
  | "INFO_CUTOFF_NOT_YEAR_END"
  | "REPORT_TYPE_OTHER"
  | "SIGN_DATE_MISSING"
  | "SIGN_DATE_EARLY"
  | "SIGN_DATE_LATE"
  | "LEAD_MISSING"
  | "SHEET_MISSING"
  | "SHEET_HEADER_MISSING"
  | "SHEET_COLUMN_MISSING"
  | "SHEET_COLUMN_DUPLICATE"
  | "SHEET_NOT_IN_REPORT"
  | "SHEET_HIDDEN_USED"
  | "ROWS_HIDDEN"
  | "METRIC_ROW_MISSING"
  | "METRIC_VALUE_MISSING"
  | "METRIC_NOT_NUMBER"
  | "METRIC_NOT_DATE"
  | "METRIC_CELL_ERROR"
  | "METRIC_FORMULA_UNCALCULATED"
  | "METRIC_UNIT_MISMATCH"
  | "METRIC_OUT_OF_RANGE"
  | "METRIC_ALWAYS_STATED"
  | "GOVERNMENT_ANSWER_DOUBTFUL"
  | "METRIC_DUPLICATE"
  | "METRIC_UNKNOWN_CODE"
  | "METRIC_PRIOR_INVALID"
  | "METRIC_FORMULA_MISMATCH"
  | "METRIC_NOT_WHOLE"
  | "METRIC_UNUSED"
  | "METRIC_PRIOR_UNUSED"
  | "FIGURE_TYPED_MISMATCH"
  | "ZERO_STATED"
  | "CLAUSE_DROPPED"
  | "OTHER_UNIT_NAMED"
  | "YEAR_STALE"
  | "UNIT_DOUBLED"
  | "CARRIED_UNCHANGED"
  | "RULE_VIOLATED"
  | "TABLE_OLD_LAYOUT"
  | "TABLE_LABEL_MISSING"
  | "TABLE_LABEL_TWICE"
  | "TABLE_EMPTY"
  | "TABLE_CELL_BLANK"
  | "TABLE_CELL_INVALID"
  | "TABLE_RELATION"
  | "NARRATIVE_TOO_FEW"
  | "PLACEHOLDER_UNKNOWN"
  | "PLACEHOLDER_SYNTAX"
  | "PLACEHOLDER_FILTER_MISUSE"
  | "FIGURE_NEEDED"
  | "PROMPT_UNFILLED"
  | "BRACKET_LEFT"
  | "TEMPLATE_SYNTAX"
  | "TEMPLATE_UNKNOWN_NAME"
  | "TEMPLATE_FILTER_MISUSE";

/** Where a template issue is: the package part (word/document.xml, word/footer1.xml) and the text around it. */
export interface TemplatePlace {
  readonly kind: "template";
  readonly file: string;
  readonly tag: string;
  readonly context: string;
}

export type IssueLocation =
  | { readonly kind: "cell"; readonly sheet: string; readonly cell: string }
  | { readonly kind: "sheet"; readonly sheet: string }
  | TemplatePlace
  | { readonly kind: "workbook" };

/**
 * Something a message lists — a name, a cell (with the name of what it holds), or a tag of the
 * Word template — as data: the message layer joins a list the way its language does.
 */
export type ListItem =
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "cell"; readonly sheet: string; readonly cell: string; readonly name?: string }
  | { readonly kind: "template"; readonly file: string; readonly tag: string };

/** Values only: names and text as the workbook or pack has them, numbers, ids the catalogue words, lists. */
export type IssueArg = string | number | readonly ListItem[];
export type IssueArgs = Readonly<Record<string, IssueArg>>;

/** Names as a list argument. */
export const namesList = (names: Iterable<string>): ListItem[] =>
  [...names].map((name) => ({ kind: "name", name }));

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly location: IssueLocation;
  /** leaf category id, when the issue belongs to one */
  readonly category?: string;
  /** metric code, when the issue is about one */
  readonly metric?: string;
  /** further cells the issue involves (the other side of a rule, the first of two duplicates) */
  readonly related?: ReadonlyArray<{ sheet: string; cell: string }>;
  readonly args: IssueArgs;
}

/** Template issues judge the template, not the workbook: the surfaces report them apart. */
export function isTemplateIssue(issue: Issue): boolean {
  return issue.location.kind === "template";
}
