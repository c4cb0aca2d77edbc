import { qualifiedAddress } from "../grid/a1";
import type { Issue } from "./issue.types";
import { issueCatalog, type Locale } from "./issueCatalog";

export function issueMessage(issue: Issue, locale: Locale = "zh-CN"): string {
  return issueCatalog[issue.code][locale](issue.args);
}

/** "审判执行!C7" for a cell, the sheet name for a sheet, "" otherwise. */
export function issueWhere(issue: Issue): string {
  const l = issue.location;
  if (l.kind === "cell") return qualifiedAddress(l.sheet, l.cell);
  if (l.kind === "sheet") return l.sheet;
  if (l.kind === "template") return `模板 ${l.part}`;
  return "";
}
