import type { CheckResult } from "../../core/check/checkResult.types";
import type { Strings } from "./strings";

/** The one-line verdict of a check, in the pane's words (the same in the panel and when announced). */
export function verdictText(check: CheckResult, s: Strings): string {
  const { errors, warnings } = check.summary;
  if (!check.complete) return s.incomplete(errors, warnings);
  return warnings ? s.completeWithWarnings(warnings) : s.complete;
}
