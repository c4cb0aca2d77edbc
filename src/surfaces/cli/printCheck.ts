import type { CheckResult } from "../../core/check/checkResult.types";
import { issueMessage, issueWhere } from "../../core/issues/formatIssue";

/** The `check --json` contract object (PRODUCT.md §5). */
export function checkJson(result: CheckResult): object {
  return {
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
      message: issueMessage(i),
      category: i.category ?? null,
      metric: i.metric ?? null,
      sheet: i.location.kind === "cell" || i.location.kind === "sheet" ? i.location.sheet : null,
      cell: i.location.kind === "cell" ? i.location.cell : null,
    })),
  };
}

/** The human report: completeness per category, then every issue with where it is. */
export function checkText(result: CheckResult, workbook: string): string {
  const lines: string[] = [`工作簿 ${workbook} · 报告类型 ${result.pack}`, ""];
  for (const c of result.categories) {
    lines.push(
      `${c.complete ? "✓" : "✗"} ${c.short.padEnd(6, "　")} ${c.filled}/${c.required}  ${c.title}`,
    );
  }
  if (result.issues.length) lines.push("");
  for (const i of result.issues) {
    const where = issueWhere(i);
    lines.push(
      `${i.severity === "error" ? "错误" : "警告"}  ${where ? `${where}  ` : ""}${issueMessage(i)}  [${i.code}]`,
    );
  }
  lines.push("");
  const { errors, warnings } = result.summary;
  lines.push(
    result.complete
      ? `完整：可以生成报告${warnings ? `（另有 ${warnings} 个警告，建议核对）` : ""}。`
      : `不完整：${errors} 个错误，${warnings} 个警告。`,
  );
  return lines.join("\n");
}
