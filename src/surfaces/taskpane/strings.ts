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
  builtinTemplate: "内置模板（公文格式）",
  customTemplate: "自选模板…",
  templateOk: "模板可用",
  prepare: "准备",
  prepareHint: "添加缺少的标准工作表和指标行，不改动已有内容",
  check: "检查",
  generate: "生成报告",
  allowIncomplete: "允许生成不完整的草稿（缺失处标记【待补充】）",
  download: "下载 Word 文档",
  insertIntoWord: "插入到当前 Word 文档",
  highlight: "在表格中标记问题单元格",
  clearHighlight: "清除标记",
  working: "正在处理…",
  readingWorkbook: "正在读取工作簿…",
  loadingEngine: "正在加载…",
  checking: "正在检查…",
  generating: "正在生成报告…",
  complete: "完整：可以生成报告",
  incomplete: (e: number, w: number) => `不完整：${e} 个错误，${w} 个警告`,
  completeWithWarnings: (w: number) => `完整：可以生成报告（另有 ${w} 个警告，建议核对）`,
  categories: "各部分完成情况",
  issues: "问题清单",
  noIssues: "没有发现问题",
  moreIssues: (n: number) => `另有 ${n} 个问题未列出，请先处理以上问题后重新检查`,
  error: "错误",
  warning: "警告",
  general: "整体",
  goToCell: (where: string) => `转到 ${where}`,
  preview: "报告预览",
  generated: (markers: number) =>
    markers ? `已生成报告，其中 ${markers} 处标有【待补充】` : "已生成报告",
  refusedIncomplete: "工作簿尚不完整，未生成报告。请补齐后再生成，或勾选“允许生成不完整的草稿”。",
  refusedTemplate: "模板有误，未生成报告：",
  prepared: (sheets: number, rows: number) =>
    `已添加 ${sheets} 个工作表、${rows} 行指标，原有内容未改动`,
  preparedSkipped: (names: string) => `以下工作表没有表头，未作改动：${names}`,
  highlighted: (n: number) => `已标记 ${n} 个单元格`,
  cleared: "已清除标记",
  inserted: "报告已插入当前文档",
  failed: "操作未完成：",
  standalone: "独立模式（未连接 Office）",
  filled: (f: number, r: number) => `${f}/${r}`,
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
  builtinTemplate: "Built-in template (official format)",
  customTemplate: "Choose a template…",
  templateOk: "Template ready",
  prepare: "Prepare",
  prepareHint:
    "Adds the missing standard sheets and metric rows without changing anything already there",
  check: "Check",
  generate: "Generate report",
  allowIncomplete: "Allow an incomplete draft (gaps marked 【待补充】)",
  download: "Download Word document",
  insertIntoWord: "Insert into this Word document",
  highlight: "Mark problem cells in the sheets",
  clearHighlight: "Clear marks",
  working: "Working…",
  readingWorkbook: "Reading the workbook…",
  loadingEngine: "Loading…",
  checking: "Checking…",
  generating: "Generating the report…",
  complete: "Complete: the report can be generated",
  incomplete: (e, w) => `Incomplete: ${e} errors, ${w} warnings`,
  completeWithWarnings: (w) => `Complete (${w} warnings worth a look)`,
  categories: "Completeness by section",
  issues: "Issues",
  noIssues: "No issues found",
  moreIssues: (n) => `${n} more not listed: deal with those above and check again`,
  error: "Error",
  warning: "Warning",
  general: "General",
  goToCell: (where) => `Go to ${where}`,
  preview: "Preview",
  generated: (markers) =>
    markers ? `Report generated; ${markers} gaps marked 【待补充】` : "Report generated",
  refusedIncomplete:
    "The workbook is incomplete, so no report was generated. Fill the gaps, or allow an incomplete draft.",
  refusedTemplate: "The template has errors, so no report was generated:",
  prepared: (sheets, rows) =>
    `Added ${sheets} sheets and ${rows} metric rows; nothing existing was changed`,
  preparedSkipped: (names) => `These sheets have no header and were left alone: ${names}`,
  highlighted: (n) => `Marked ${n} cells`,
  cleared: "Marks cleared",
  inserted: "The report was inserted into this document",
  failed: "Could not finish: ",
  standalone: "Standalone (no Office host)",
  filled: (f, r) => `${f}/${r}`,
};

export const STRINGS: Readonly<Record<UiLocale, Strings>> = { "zh-CN": zh, "en-US": en };
export type { Strings };

/** Office's display language decides; anything not English gets Chinese, the users' language. */
export function pickLocale(displayLanguage: string | undefined): UiLocale {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en-US" : "zh-CN";
}
