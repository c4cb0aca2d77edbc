import type { IssueArg, ListItem } from "../issues/issue.types";
import type { Locale } from "./locale";
import { q, sheetName } from "./quote";

/**
 * Lists in a message, joined the way each language joins them: 「甲」、「乙」 in Chinese, “A”,
 * “B” in English. An issue carries a list as data (ListItem[]); a plain value counts as a list
 * of one name.
 */
export function listItems(v: IssueArg | undefined): readonly ListItem[] {
  if (v === undefined) return [];
  if (typeof v === "string" || typeof v === "number") return [{ kind: "name", name: String(v) }];
  return v;
}

function joinParts(parts: readonly string[], locale: Locale): string {
  return parts.join(locale === "zh-CN" ? "、" : ", ");
}

/** The names of a list, each quoted: 「甲法院」、「乙法院」. */
export function namesText(v: IssueArg | undefined, locale: Locale): string {
  return joinParts(
    listItems(v).map((i) => q(i.kind === "template" ? i.tag : (i.name ?? ""), locale)),
    locale,
  );
}

/** Years, as a sentence says them: 2021年、2022年 / 2021, 2022. */
export function yearsText(v: IssueArg | undefined, locale: Locale): string {
  return joinParts(
    listItems(v).map((i) => {
      const y = i.kind === "name" ? i.name : "";
      return locale === "zh-CN" ? `${y}年` : y;
    }),
    locale,
  );
}

/**
 * Cells, grouped by sheet: 「审判执行」表 C4、C7 / sheet “审判执行”, cells C4, C7 — each with the name
 * of what it holds when the list gives one: 结案数 C4 / “结案数” (C4).
 */
export function cellsText(v: IssueArg | undefined, locale: Locale): string {
  const bySheet = new Map<string, string[]>();
  for (const i of listItems(v)) {
    if (i.kind !== "cell") continue;
    const label =
      i.name === undefined
        ? i.cell
        : locale === "zh-CN"
          ? `${i.name} ${i.cell}`
          : `${q(i.name, locale)} (${i.cell})`;
    bySheet.set(i.sheet, [...(bySheet.get(i.sheet) ?? []), label]);
  }
  const zh = locale === "zh-CN";
  return [...bySheet]
    .map(([sheet, cells]) =>
      zh
        ? `${sheetName(sheet, locale)} ${joinParts(cells, locale)}`
        : `${sheetName(sheet, locale)}, ${cells.length > 1 ? "cells" : "cell"} ${joinParts(cells, locale)}`,
    )
    .join(zh ? "，" : "; ");
}
