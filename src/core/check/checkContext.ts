import type { Issue, IssueArgs, IssueCode, IssueLocation, Severity } from "../issues/issue.types";
import type { Dataset } from "../read/dataset.types";
import type { ReportScope } from "../scope/reportScope.types";
import type { TemplateGap } from "../scope/templateGaps";

export interface CheckContext {
  readonly dataset: Dataset;
  /** the report's data and every statement as rendered: what the report will say */
  readonly scope: ReportScope;
  /** what the Word template's own tags would print as gap markers with this data */
  readonly templateGaps?: readonly TemplateGap[];
  /** the names the Word template's own tags read (scope-key form) */
  readonly templateNames?: ReadonlySet<string>;
}

export type Check = (ctx: CheckContext) => Issue[];

export function issue(
  code: IssueCode,
  severity: Severity,
  location: IssueLocation,
  args: IssueArgs,
  extra: Pick<Issue, "category" | "metric" | "related"> = {},
): Issue {
  return { code, severity, location, args, ...extra };
}

export const at = (sheet: string, cell: string): IssueLocation => ({ kind: "cell", sheet, cell });
