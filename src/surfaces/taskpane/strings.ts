/** Every text the pane shows, Chinese first; the compiler demands both languages for each key. */
export type UiLocale = "zh-CN" | "en-US";

const zh = {
  appTitle: "报告助手",
  appSubtitle: "检查指标工作簿，生成年度报告",
  pack: "报告类型",
  workbook: "工作簿",
  currentWorkbook: "当前打开的工作簿",
  openWorkbook: "打开工作簿",
  useSample: "使用示例工作簿",
  noWorkbook: "尚未选择工作簿",
  template: "Word 模板",
  builtinTemplate: "内置的公文格式模板",
  customTemplate: "换用自己的模板",
  templateOk: "模板可用",
  prepare: "补齐标准工作表",
  prepareHint: "添加缺少的标准工作表、指标行和默认表述，已填写的单元格一律不动",
  downloadBlank: "下载空白工作簿",
  blankHint: "空白工作簿已带好各部分的工作表、指标行和默认表述，填入数字即可",
  blankDownloaded: (name: string) =>
    `已下载「${name}」：在 Excel 或 WPS 中填好数字后，点“打开工作簿”选择它`,
  steps: [
    "准备工作簿：下载空白工作簿填写数字，或打开已填好的工作簿",
    "检查：看哪些数字和表述还没填，每个问题都指到单元格",
    "生成报告：得到公文格式的 Word 报告",
  ],
  stepsExcel: [
    "补齐标准工作表：在当前工作簿里添加缺少的工作表和指标行",
    "填好数字后点“检查”：每个问题都指到单元格",
    "生成报告：得到公文格式的 Word 报告",
  ],
  needWorkbook: "请先打开工作簿，或使用示例工作簿",
  blankOnMac:
    "Mac 版 Word 中无法从窗格下载文件：空白工作簿请在 Excel 中打开报告助手，点“补齐标准工作表”生成。",
  cancel: "取消",
  nextYear: "新建下一年度工作簿",
  nextYearHint: "报告年度加一，本年数字移到“上年同期”，表述保留，原工作簿不动",
  nextYearMade: (name: string | null, year: number, moved: number, sentences: number) =>
    `${name ? `已下载「${name}」` : "已在新窗口打开下一年度工作簿"}（${year}年度）：${moved} 项数字移到“上年同期”，${sentences} 句表述沿用上年，检查时会逐句提示核对。`,
  nextYearConverted: "原文件不是 .xlsx，新工作簿只保留了各表的内容，没有保留原来的格式。",
  templateBroken: "所选模板有误，改正模板或换回内置模板后才能生成报告",
  cancelled: "已取消，工作簿没有改动",
  gettingStarted: "三步完成报告",
  check: "检查",
  generate: "生成报告",
  allowIncomplete: "允许生成不完整的草稿（缺失处标记【待补充】）",
  download: "下载 Word 文档",
  insertIntoWord: "插入到当前 Word 文档",
  highlight: "在表格中标记问题单元格",
  clearHighlight: "清除标记",
  working: "正在处理…",
  readingWorkbook: "正在读取工作簿…",
  readingSheets: (done: number, total: number) => `正在读取工作簿：${done}/${total} 个工作表…`,
  loadingEngine: "正在加载…",
  checking: "正在检查…",
  generating: "正在生成报告…",
  complete: "完整：可以生成报告",
  incomplete: (e: number, w: number) => `不完整：${e} 个错误，${w} 个警告`,
  completeWithWarnings: (w: number) => `完整：可以生成报告（另有 ${w} 个警告，建议核对）`,
  categories: "各部分完成情况",
  issues: "问题清单",
  noIssues: "没有发现问题",
  error: "错误",
  warning: "警告",
  note: "提示",
  toFill: "未填写",
  otherSheets: "不属于本报告的工作表",
  sheetName: (sheet: string) => `「${sheet}」表`,
  groupCounts: (e: number, w: number, n: number) =>
    [e && `${e} 个错误`, w && `${w} 个警告`, n && `${n} 个提示`].filter(Boolean).join("，"),
  showAll: (n: number) => `显示全部（共 ${n} 个）`,
  showFewer: "收起",
  general: "整体",
  goToCell: (where: string) => `转到 ${where}`,
  preview: "报告预览",
  generated: (markers: number) =>
    markers
      ? `报告草稿已生成，其中 ${markers} 处标有【待补充】等标记：请下载保存，补齐工作簿后重新生成`
      : "报告已生成：请下载保存",
  fileName: (name: string) => `文件名：${name}`,
  downloaded: (name: string) => `已下载「${name}」`,
  checked: (verdict: string) => `检查完成。${verdict}`,
  refusedIncomplete:
    "工作簿尚不完整，未生成报告：请按下面的问题清单补齐后再生成，或先生成一份草稿（缺失处标记【待补充】）。",
  refusedTemplate: "模板有误，未生成报告：",
  templateProblems: "所选模板有以下问题：",
  prepared: (sheets: number, rows: number) =>
    `已添加 ${sheets} 个工作表、${rows} 行指标，原有内容未改动`,
  preparedSkipped: (names: string) => `以下工作表没有表头，未作改动：${names}`,
  highlighted: (n: number) => `已标记 ${n} 个单元格`,
  cleared: "已清除标记",
  inserted: "报告已插入当前文档",
  askInsertTitle: "当前文档已有内容",
  askInsertText: "报告放在哪里？替换全文会删除文档中现有的内容。",
  replaceBody: "替换全文",
  atCursor: "插入到光标处",
  failed: "出现了意外的问题，操作没有完成：",
  unsupported: (host: string) =>
    `这个版本的 ${host} 太旧，报告助手的部分功能无法使用：请升级到 Office 2021 或 Microsoft 365，或在浏览器中打开本页面。`,
  filled: (f: number, r: number) => `${f}/${r}`,
  partDone: "✓ 完成",
  partLeft: (n: number) => `还差 ${n} 处`,
  hasErrors: (e: number, w: number) => `有 ${e} 个错误需要改正${w ? `，另有 ${w} 个警告` : ""}`,
  completeTemplateBroken: "完整，但所选模板有误，暂不能生成",
  fileChanged: (name: string) =>
    `「${name}」在选择之后又修改过，浏览器不能再读取它：请点“重新读取”，重新选择这个文件。`,
  sameAsBefore: (name: string) =>
    `结果与上次相同。如果刚在 Excel 或 WPS 中改过「${name}」并已保存，请点“重新读取”重新选择它，再点“检查”。`,
  workbookOpened: (name: string) => `已打开「${name}」`,
  templateChosen: (name: string) => `已选用模板「${name}」，模板可用`,
  builtinBack: "已换回内置模板",
  revertTemplate: "换回内置模板",
  selected: (sheet: string, cell: string) => `已选中「${sheet}」表 ${cell}`,
  reread: "重新读取",
  changeWorkbook: "更换",
  readAt: (time: string) => `读取于 ${time}`,
  moreOptions: "更多选项",
  openFilled: "打开已填好的工作簿",
  generateDraft: "生成草稿",
  ignoredSheets: (n: number) => `已忽略 ${n} 个不属于本报告的工作表`,
  blankOf: (title: string) => title,
  stillShowing: (name: string) => `以下仍是「${name}」的结果，所选的文件没有打开。`,
};

type Strings = typeof zh;

const en: Strings = {
  appTitle: "Report Assembler",
  appSubtitle: "Check the metric workbook, generate the annual report",
  pack: "Report type",
  workbook: "Workbook",
  currentWorkbook: "The open workbook",
  openWorkbook: "Open workbook",
  useSample: "Use the sample workbook",
  noWorkbook: "No workbook chosen yet",
  template: "Word template",
  builtinTemplate: "The built-in official-format template",
  customTemplate: "Use my own template",
  templateOk: "Template ready",
  prepare: "Add standard sheets",
  prepareHint:
    "Adds the missing standard sheets, metric rows and default sentences; filled cells are never touched",
  downloadBlank: "Download a blank workbook",
  blankHint:
    "The blank workbook has every part's sheet, the metric rows and default sentences: type in the figures",
  blankDownloaded: (name) =>
    `Downloaded “${name}”: fill in the figures in Excel or WPS, then choose it with “Open workbook”`,
  steps: [
    "The workbook: download a blank one and type in the figures, or open a filled one",
    "Check: see which figures and sentences are missing, each at its cell",
    "Generate: get the report as a Word document in official format",
  ],
  stepsExcel: [
    "Add standard sheets: the missing sheets and metric rows go into this workbook",
    "Fill in the figures, then Check: each problem at its cell",
    "Generate: get the report as a Word document in official format",
  ],
  needWorkbook: "Open a workbook first, or use the sample workbook",
  blankOnMac:
    "Word on Mac cannot download from the pane: for a blank workbook, open Report Assembler in Excel and choose “Add standard sheets”.",
  cancel: "Cancel",
  nextYear: "Next year's workbook",
  nextYearHint:
    "The report year plus one, this year's figures as last year's, the sentences kept; this workbook is not changed",
  nextYearMade: (name, year, moved, sentences) =>
    `${name ? `Downloaded “${name}”` : "Next year's workbook is open in a new window"} (${year}): ${moved} figure(s) moved to last year's column; ${sentences} statement(s) carried over, each flagged by check until edited.`,
  nextYearConverted:
    "The original is not an .xlsx file: the new workbook keeps every sheet's content but not its formatting.",
  templateBroken:
    "The chosen template has errors: fix it, or go back to the built-in template, to generate",
  cancelled: "Cancelled; the workbook was not changed",
  gettingStarted: "The report in three steps",
  check: "Check",
  generate: "Generate report",
  allowIncomplete: "Allow an incomplete draft (gaps marked 【待补充】)",
  download: "Download Word document",
  insertIntoWord: "Insert into this Word document",
  highlight: "Mark problem cells in the sheets",
  clearHighlight: "Clear marks",
  working: "Working…",
  readingWorkbook: "Reading the workbook…",
  readingSheets: (done, total) => `Reading the workbook: ${done} of ${total} sheets…`,
  loadingEngine: "Loading…",
  checking: "Checking…",
  generating: "Generating the report…",
  complete: "Complete: the report can be generated",
  incomplete: (e, w) => `Incomplete: ${e} errors, ${w} warnings`,
  completeWithWarnings: (w) => `Complete (${w} warnings worth a look)`,
  categories: "Completeness by section",
  issues: "Issues",
  noIssues: "No issues found",
  error: "Error",
  warning: "Warning",
  note: "Note",
  toFill: "To fill in",
  otherSheets: "Sheets not part of the report",
  sheetName: (sheet) => `Sheet “${sheet}”`,
  groupCounts: (e, w, n) =>
    [e && `${e} error(s)`, w && `${w} warning(s)`, n && `${n} note(s)`].filter(Boolean).join(", "),
  showAll: (n) => `Show all (${n})`,
  showFewer: "Show fewer",
  general: "General",
  goToCell: (where) => `Go to ${where}`,
  preview: "Preview",
  generated: (markers) =>
    markers
      ? `Draft generated with ${markers} gaps marked 【待补充】: download it, complete the workbook and generate again`
      : "Report generated: download it to keep it",
  fileName: (name) => `File name: ${name}`,
  downloaded: (name) => `Downloaded “${name}”`,
  checked: (verdict) => `Check finished. ${verdict}`,
  refusedIncomplete:
    "The workbook is incomplete, so no report was generated: fill the gaps in the list below and generate again, or generate a draft first (gaps marked 【待补充】).",
  refusedTemplate: "The template has errors, so no report was generated:",
  templateProblems: "The chosen template has these problems:",
  prepared: (sheets, rows) =>
    `Added ${sheets} sheets and ${rows} metric rows; nothing existing was changed`,
  preparedSkipped: (names) => `These sheets have no header and were left alone: ${names}`,
  highlighted: (n) => `Marked ${n} cells`,
  cleared: "Marks cleared",
  inserted: "The report was inserted into this document",
  askInsertTitle: "This document already has text",
  askInsertText: "Where should the report go? Replacing removes what the document holds now.",
  replaceBody: "Replace everything",
  atCursor: "Insert at the cursor",
  failed: "Something unexpected went wrong and the action did not finish: ",
  unsupported: (host) =>
    `This version of ${host} is too old for some of Report Assembler: update to Office 2021 or Microsoft 365, or open this page in a browser.`,
  filled: (f, r) => `${f}/${r}`,
  partDone: "✓ Done",
  partLeft: (n) => `${n} left`,
  hasErrors: (e, w) => `${e} errors to correct${w ? `, and ${w} warnings` : ""}`,
  completeTemplateBroken: "Complete, but the chosen template has errors, so no report yet",
  fileChanged: (name) =>
    `“${name}” changed after it was chosen and the browser can no longer read it: click “Read again” and choose the file once more.`,
  sameAsBefore: (name) =>
    `Same result as before. If you just changed “${name}” in Excel or WPS and saved it, click “Read again”, choose it once more, then “Check”.`,
  workbookOpened: (name) => `Opened “${name}”`,
  templateChosen: (name) => `Using the template “${name}”; it is usable`,
  builtinBack: "Back to the built-in template",
  revertTemplate: "Back to the built-in template",
  selected: (sheet, cell) => `Selected ${cell} on sheet “${sheet}”`,
  reread: "Read again",
  changeWorkbook: "Change",
  readAt: (time) => `read at ${time}`,
  moreOptions: "More options",
  openFilled: "Open a filled-in workbook",
  generateDraft: "Generate a draft",
  ignoredSheets: (n) => `${n} sheets not part of this report were left out`,
  blankOf: (title) => title,
  stillShowing: (name) =>
    `What follows is still “${name}”'s result; the chosen file was not opened.`,
};

export const STRINGS: Readonly<Record<UiLocale, Strings>> = { "zh-CN": zh, "en-US": en };
export type { Strings };

/** Office's display language decides; anything not English gets Chinese, the users' language. */
export function pickLocale(displayLanguage: string | undefined): UiLocale {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en-US" : "zh-CN";
}
