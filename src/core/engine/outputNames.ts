/**
 * The names the product gives what it writes, the same from the CLI and the pane: a file name in,
 * a file name out (no folders).
 */

/** 东营区法院2023.xlsx → 东营区法院2023 (the extension, whatever the program saved) */
export function workbookBase(workbookName: string): string {
  return workbookName.replace(/\.[A-Za-z0-9]{1,5}$/, "");
}

/**
 * The report of a workbook: 工作簿.xlsx → 工作簿-报告.docx; a draft (made while errors remain)
 * → 工作簿-报告（草稿）.docx, so that it never takes a final report's name.
 */
export function reportFileName(workbookName: string, draft = false): string {
  return `${workbookBase(workbookName)}-报告${draft ? "（草稿）" : ""}.docx`;
}

/** Next year's workbook: 东营区法院2023.xlsx → 东营区法院2024.xlsx; without the year, 工作簿-2024年度.xlsx. */
export function nextYearFileName(workbookName: string, year: number): string {
  const base = workbookBase(workbookName);
  const last = String(year - 1);
  return base.includes(last)
    ? `${base.split(last).join(String(year))}.xlsx`
    : `${base}-${year}年度.xlsx`;
}
