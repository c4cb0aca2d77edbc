import type { CheckResult } from "../../core/check/checkResult.types";
import type { Locale } from "../../core/messages/locale";
import { checkVerdict, issueMessage, issueWhere, severityWord } from "../../core/messages/render";

/** The `check --json` contract object (PRODUCT.md §5, schemaVersion 2). */
export function checkJson(result: CheckResult, locale: Locale): object {
  return {
    schemaVersion: 2,
    pack: result.pack,
    complete: result.complete,
    summary: result.summary,
    categories: result.categories.map((c) => ({
      id: c.id,
      title: c.title,
      required: c.required,
      filled: c.filled,
      complete: c.complete,
    })),
    issues: result.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      message: issueMessage(i, locale),
      category: i.category ?? null,
      metric: i.metric ?? null,
      sheet: i.location.kind === "cell" || i.location.kind === "sheet" ? i.location.sheet : null,
      cell: i.location.kind === "cell" ? i.location.cell : null,
    })),
  };
}

/** The human report: completeness per category, then every issue with where it is, then the verdict. */
export function checkText(result: CheckResult, workbook: string, locale: Locale): string {
  const zh = locale === "zh-CN";
  const lines: string[] = [
    zh
      ? `工作簿 ${workbook} · 报告类型 ${result.pack}`
      : `Workbook ${workbook} · pack ${result.pack}`,
    "",
  ];
  for (const c of result.categories) {
    lines.push(
      `${c.complete ? "✓" : "✗"} ${c.short.padEnd(6, "　")} ${c.filled}/${c.required}  ${c.title}`,
    );
  }
  if (result.issues.length) lines.push("");
  for (const i of result.issues) {
    const where = issueWhere(i, locale);
    lines.push(
      `${severityWord(i.severity, locale)}  ${where ? `${where}  ` : ""}${issueMessage(i, locale)}  [${i.code}]`,
    );
  }
  lines.push("", checkVerdict(result.summary, locale));
  return lines.join("\n");
}
