import type { Issue, IssueArgs, IssueCode, IssueLocation, Severity } from "../issues/issue.types";
import type { Dataset } from "../read/dataset.types";

export interface CheckContext {
  readonly dataset: Dataset;
  /** every name a placeholder may start with (fields, metric codes and names, categories) */
  readonly scopeNames: ReadonlySet<string>;
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
