import type { Issue, Severity } from "../../core/issues/issue.types";

export interface IssueGroup {
  /** the sheet the issues are on; "" for the workbook or template as a whole; "*other" for 附表 */
  readonly key: string;
  readonly issues: readonly Issue[];
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

/**
 * The check's issues as a clerk works through them: by sheet, in the workbook's order, the sheets
 * with errors first, errors before warnings before notes within each; the sheets that are not part
 * of the report (one note each) gathered into one group at the end.
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const bySheet = new Map<string, Issue[]>();
  for (const i of issues) {
    const key =
      i.code === "SHEET_NOT_IN_REPORT"
        ? "*other"
        : i.location.kind === "cell" || i.location.kind === "sheet"
          ? i.location.sheet
          : "";
    const list = bySheet.get(key);
    if (list) list.push(i);
    else bySheet.set(key, [i]);
  }
  const groups = [...bySheet].map(([key, list]) => {
    const sorted = list
      .map((issue, n) => ({ issue, n }))
      .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.n - b.n)
      .map((x) => x.issue);
    const count = (s: Severity) => list.filter((i) => i.severity === s).length;
    return {
      key,
      issues: sorted,
      errors: count("error"),
      warnings: count("warning"),
      notes: count("note"),
    };
  });
  const order = (g: IssueGroup) => (g.key === "*other" ? 2 : g.errors > 0 ? 0 : 1);
  return groups
    .map((g, n) => ({ g, n }))
    .sort((a, b) => order(a.g) - order(b.g) || a.n - b.n)
    .map((x) => x.g);
}
