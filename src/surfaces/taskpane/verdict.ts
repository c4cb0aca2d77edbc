import type { CheckResult } from "../../core/check/checkResult.types";
import { isTemplateIssue } from "../../core/engine/essentials";
import type { Issue } from "../../core/issues/issue.types";
import type { Strings } from "./strings";

/** The workbook's own issues: the template's are shown once, apart, where the template is chosen. */
export function workbookIssues(check: CheckResult): Issue[] {
  return check.issues.filter((i) => !isTemplateIssue(i));
}

/** What is still to be filled in (a figure, a 报告信息 row, a prompt, a part's sentences): said as 未填写. */
export const TO_FILL: ReadonlySet<string> = new Set([
  "METRIC_VALUE_MISSING",
  "INFO_FIELD_MISSING",
  "FIGURE_NEEDED",
  "PROMPT_UNFILLED",
  "NARRATIVE_TOO_FEW",
  "TABLE_EMPTY",
  "TABLE_CELL_BLANK",
]);

/**
 * The one-line verdict on the workbook (the same in the panel and when announced): 不完整 when
 * something is still to be filled in, else the errors to correct; a faulty template does not make
 * a complete workbook incomplete, but says that the report waits for it.
 */
export function verdictText(check: CheckResult, s: Strings, templateBroken = false): string {
  const issues = workbookIssues(check);
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning").length;
  if (errors.length > 0)
    return errors.some((i) => TO_FILL.has(i.code))
      ? s.incomplete(errors.length, warnings)
      : s.hasErrors(errors.length, warnings);
  if (templateBroken) return s.completeTemplateBroken;
  return warnings ? s.completeWithWarnings(warnings) : s.complete;
}
