import type { UserError } from "../errors/userError";
import { PackError } from "../packs/packProblem";
import type { Issue, Severity } from "../issues/issue.types";
import { FAILURE_TEXT } from "./failureText";
import { ISSUE_TEXT, templatePartName } from "./issueText";
import type { Locale, Surface } from "./locale";
import { packProblemText } from "./packProblemText";
import { q, sheetCell, sheetName } from "./quote";

export function issueMessage(
  issue: Issue,
  locale: Locale = "zh-CN",
  surface: Surface = "cli",
): string {
  return ISSUE_TEXT[issue.code][locale](issue.args, surface);
}

/** Where an issue is, as a clerk reads it: 「审判执行」表 C7, 「审判执行」表, 模板页脚; "" for the whole workbook. */
export function issueWhere(issue: Issue, locale: Locale = "zh-CN"): string {
  const l = issue.location;
  switch (l.kind) {
    case "cell":
      return sheetCell(l.sheet, l.cell, locale);
    case "sheet":
      return sheetName(l.sheet, locale);
    case "template":
      return locale === "zh-CN"
        ? `模板${templatePartName(l.file, locale)}`
        : `template ${templatePartName(l.file, locale)}`;
    case "workbook":
      return "";
  }
}

export function severityWord(severity: Severity, locale: Locale = "zh-CN"): string {
  const words = { error: ["错误", "error"], warning: ["警告", "warning"], note: ["提示", "note"] };
  return words[severity][locale === "zh-CN" ? 0 : 1] ?? "";
}

/** How many of a pack's faults one message lists; the count says how many there are in all. */
const PACK_PROBLEMS_SHOWN = 20;

export function failureMessage(error: UserError, locale: Locale = "zh-CN"): string {
  if (error instanceof PackError) {
    const shown = error.problems
      .slice(0, PACK_PROBLEMS_SHOWN)
      .map((p) => packProblemText(p, locale));
    const more =
      error.problems.length > PACK_PROBLEMS_SHOWN ? (locale === "zh-CN" ? "；……" : "; …") : "";
    return sentence(
      FAILURE_TEXT.PACK_INVALID[locale]({
        ...error.args,
        problems: `${shown.join(locale === "zh-CN" ? "；" : "; ")}${more}`,
      }),
    );
  }
  return sentence(FAILURE_TEXT[error.code][locale](error.args));
}

/** An English message that opens with "the workbook …" starts its sentence with a capital. */
const sentence = (text: string) =>
  /^[a-z]/.test(text) && /^the /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;

/** Our own bug: said as such, with what to send, never blamed on the user's file. */
export function internalErrorMessage(
  detail: string,
  version: string,
  locale: Locale = "zh-CN",
): string {
  return locale === "zh-CN"
    ? `内部错误（报告助手 ${version}）：${detail}。这不是您文件的问题；请把这条信息、所用的命令和文件发给维护人员。`
    : `Internal error (Report Assembler ${version}): ${detail}. This is not a fault in your file; please send this message, the command and the files to the maintainers.`;
}

/** The one-line verdict of a check, the same words in the pane and the CLI. */
export function checkVerdict(
  summary: { errors: number; warnings: number; notes: number },
  locale: Locale = "zh-CN",
): string {
  const { errors, warnings } = summary;
  if (locale === "zh-CN") {
    if (errors > 0)
      return `不完整：${errors} 个错误${warnings ? `，${warnings} 个警告` : ""}，改正后才能生成报告。`;
    return `完整：可以生成报告${warnings ? `（另有 ${warnings} 个警告，建议核对）` : ""}。`;
  }
  if (errors > 0)
    return `Incomplete: ${errors} error(s)${warnings ? ` and ${warnings} warning(s)` : ""} to correct before the report can be generated.`;
  return `Complete: the report can be generated${warnings ? ` (${warnings} warning(s) worth a look)` : ""}.`;
}

export { q };
