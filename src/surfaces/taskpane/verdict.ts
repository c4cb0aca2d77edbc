import type { CheckResult } from "../../core/check/checkResult.types";
import { isTemplateIssue } from "../../core/engine/essentials";
import type { Issue } from "../../core/issues/issue.types";
import type { Strings } from "./strings";

/** The workbook's own issues: the template's are shown once, apart, where the template is chosen. */
export function workbookIssues(check: CheckResult): Issue[] {
  return check.issues.filter((i) => !isTemplateIssue(i));
}

/**
 * The one-line verdict on the workbook (the same in the panel and when announced); a faulty
 * template does not make a complete workbook incomplete.
 */
export function verdictText(check: CheckResult, s: Strings): string {
  const issues = workbookIssues(check);
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  if (errors > 0) return s.incomplete(errors, warnings);
  return warnings ? s.completeWithWarnings(warnings) : s.complete;
}
