import type { IssueArgs, IssueCode } from "./issue.types";

export type Locale = "zh-CN" | "en-US";

interface CatalogEntry {
  /** what is wrong and how to put it right, one sentence each language */
  readonly "zh-CN": (a: IssueArgs) => string;
  readonly "en-US": (a: IssueArgs) => string;
}

/** Every issue code has text in both languages: a missing entry fails to compile. */
export const issueCatalog: Readonly<Record<IssueCode, CatalogEntry>> = {
  WORKBOOK_NOT_STANDARD: {
    "zh-CN": (a) =>
      `这不是「${a.pack}」的标准工作簿：既没有“报告信息”表，也没有任何部分的工作表。请用“准备”或 scaffold 命令生成标准工作簿后填写。`,
    "en-US": (a) =>
      `This is not a standard workbook for "${a.pack}": it has neither the 报告信息 sheet nor any section's sheet. Create one with Prepare or the scaffold command.`,
  },
  INFO_SHEET_MISSING: {
    "zh-CN": () =>
      "缺少「报告信息」工作表：请新建该表，表头为“项目 | 内容”，填写单位名称、报告年度和统计截止日期。",
    "en-US": () =>
      'The "报告信息" sheet is missing: add it with the header "项目 | 内容" and fill in the unit name, report year and cut-off date.',
  },
  INFO_FIELD_MISSING: {
    "zh-CN": (a) => `报告信息缺少「${a.field}」：请在${a.where}填写。`,
    "en-US": (a) => `Report information lacks "${a.field}": fill it in at ${a.where}.`,
  },
  INFO_FIELD_INVALID: {
    "zh-CN": (a) => `「${a.field}」的内容“${a.value}”无法识别：请填写${a.expected}。`,
    "en-US": (a) => `"${a.field}" holds "${a.value}", which cannot be read: enter ${a.expectedEn}.`,
  },
  INFO_CUTOFF_STALE: {
    "zh-CN": (a) => `统计截止日期${a.date}不在报告年度${a.year}年内：请确认是否为本年度数据。`,
    "en-US": (a) =>
      `The cut-off date ${a.date} is not in the report year ${a.year}: check the figures are this year's.`,
  },
  SHEET_MISSING: {
    "zh-CN": (a) => `缺少工作表「${a.sheet}」（${a.title}）：请点击“准备”生成，或新建同名工作表。`,
    "en-US": (a) =>
      `Sheet "${a.sheet}" (${a.title}) is missing: use Prepare to create it, or add a sheet with that name.`,
  },
  SHEET_HEADER_MISSING: {
    "zh-CN": (a) =>
      `工作表「${a.sheet}」前${a.rows}行中找不到表头：请加入含“编码、指标、数值、单位、表述”的表头行。`,
    "en-US": (a) =>
      `No header row in the first ${a.rows} rows of "${a.sheet}": add a row titled 编码, 指标, 数值, 单位, 表述.`,
  },
  SHEET_COLUMN_MISSING: {
    "zh-CN": (a) => `工作表「${a.sheet}」的表头缺少“${a.column}”列：请在表头行中加上该列。`,
    "en-US": (a) =>
      `The header of "${a.sheet}" has no "${a.column}" column: add it to the header row.`,
  },
  SHEET_COLUMN_DUPLICATE: {
    "zh-CN": (a) => `表头中“${a.column}”出现了两次，将使用第一列：请删除或改名多余的一列。`,
    "en-US": (a) =>
      `The header has "${a.column}" twice; the first is used: remove or rename the other.`,
  },
  METRIC_ROW_MISSING: {
    "zh-CN": (a) => `缺少指标「${a.name}」（编码 ${a.code}）：请在${a.where}起新增一行并填写数值。`,
    "en-US": (a) =>
      `Metric "${a.name}" (${a.code}) has no row: add one at ${a.where} and fill in its value.`,
  },
  METRIC_VALUE_MISSING: {
    "zh-CN": (a) =>
      `「${a.name}」未填写数值：请填写${a.unit ? `（单位：${a.unit}）` : ""}，确实不涉及的填“不适用”。`,
    "en-US": (a) =>
      `"${a.name}" has no value: fill it in${a.unit ? ` (unit: ${a.unit})` : ""}, or enter 不适用 if it does not apply.`,
  },
  METRIC_NOT_NUMBER: {
    "zh-CN": (a) =>
      `「${a.name}」的数值“${a.value}”不是数字：请只填写数字（如 16742、40余、2000余万元）。`,
    "en-US": (a) =>
      `"${a.name}" holds "${a.value}", which is not a number: enter a figure (16742, 40余, 2000余万元).`,
  },
  METRIC_NOT_DATE: {
    "zh-CN": (a) => `「${a.name}」的“${a.value}”不是日期：请按“2023年12月15日”的格式填写。`,
    "en-US": (a) =>
      `"${a.name}" holds "${a.value}", which is not a date: write it as 2023年12月15日.`,
  },
  METRIC_CELL_ERROR: {
    "zh-CN": (a) => `「${a.name}」的单元格是错误值 ${a.value}：请修正公式或直接填写数值。`,
    "en-US": (a) => `"${a.name}" shows the error ${a.value}: fix the formula or type the value.`,
  },
  METRIC_FORMULA_UNCALCULATED: {
    "zh-CN": (a) =>
      `「${a.name}」是公式，但文件里没有它的计算结果：请在 Excel 中打开并保存一次，或直接填写数值。`,
    "en-US": (a) =>
      `"${a.name}" is a formula with no computed result in the file: open and save it in Excel once, or type the value.`,
  },
  METRIC_UNIT_MISMATCH: {
    "zh-CN": (a) =>
      `「${a.name}」填写的单位“${a.typed}”与指标单位“${a.unit}”不一致，已按原数字使用：请核对后改为${a.unit}。`,
    "en-US": (a) =>
      `"${a.name}" is given in "${a.typed}" but the metric is in "${a.unit}"; the number was used as is: check it.`,
  },
  METRIC_OUT_OF_RANGE: {
    "zh-CN": (a) => `「${a.name}」为${a.value}，超出通常范围（${a.range}）：请核对是否填错。`,
    "en-US": (a) => `"${a.name}" is ${a.value}, outside its usual range (${a.range}): check it.`,
  },
  METRIC_DUPLICATE: {
    "zh-CN": (a) =>
      `指标编码 ${a.code} 重复出现（首次在 ${a.first}），这一行被忽略：请删除重复行。`,
    "en-US": (a) =>
      `Metric code ${a.code} appears again (first at ${a.first}); this row is ignored: remove it.`,
  },
  METRIC_UNKNOWN_CODE: {
    "zh-CN": (a) => `编码“${a.code}”不是本报告的指标，该行数值不会进入报告：请核对编码。`,
    "en-US": (a) =>
      `"${a.code}" is not a metric of this report; its value will not be used: check the code.`,
  },
  METRIC_PRIOR_INVALID: {
    "zh-CN": (a) => `「${a.name}」的上年同期“${a.value}”不是数字：同比将无法计算，请修正。`,
    "en-US": (a) =>
      `The prior-year value of "${a.name}" ("${a.value}") is not a number: the year-on-year change cannot be computed.`,
  },
  RULE_VIOLATED: {
    "zh-CN": (a) =>
      `${a.message}：${a.left} = ${a.leftValue}，${a.right} = ${a.rightValue}，请核对这两处数字。`,
    "en-US": (a) =>
      `Rule "${a.rule}" fails: ${a.leftCodes} = ${a.leftValue}, ${a.rightCodes} = ${a.rightValue}: check both figures.`,
  },
  NARRATIVE_TOO_FEW: {
    "zh-CN": (a) =>
      `「${a.sheet}」至少需要${a.min}条表述，现有${a.count}条：请在“表述”列补充工作情况。`,
    "en-US": (a) =>
      `"${a.sheet}" needs at least ${a.min} statements and has ${a.count}: add them in the 表述 column.`,
  },
  NARRATIVE_ORPHAN: {
    "zh-CN": (a) =>
      `工作表「${a.sheet}」不属于报告的任何部分，其中的表述不会写入报告：请移到对应的工作表。`,
    "en-US": (a) =>
      `Sheet "${a.sheet}" belongs to no part of the report; its statements will not be used: move them.`,
  },
  PLACEHOLDER_UNKNOWN: {
    "zh-CN": (a) => `表述中的{${a.tag}}找不到名为「${a.name}」的指标或字段：请改为指标名称或编码。`,
    "en-US": (a) =>
      `{${a.tag}} names no metric or field called "${a.name}": use a metric's name or code.`,
  },
  PLACEHOLDER_SYNTAX: {
    "zh-CN": (a) => `表述中的占位符“${a.tag}”有误：${a.reason}。`,
    "en-US": (a) => `The placeholder "${a.tag}" is malformed: ${a.reason}.`,
  },
  TEMPLATE_UNREADABLE: {
    "zh-CN": (a) => `模板文件无法打开（${a.reason}）：请选择用 Word 保存的 .docx 文件。`,
    "en-US": (a) => `The template cannot be opened (${a.reason}): choose a .docx saved by Word.`,
  },
  TEMPLATE_SYNTAX: {
    "zh-CN": (a) =>
      `模板${a.part}中的标签“${a.tag}”有误：${a.reason}（附近文字：“${a.context}”）。`,
    "en-US": (a) =>
      `Tag "${a.tag}" in the template ${a.partEn} is wrong: ${a.reasonEn} (near "${a.context}").`,
  },
  TEMPLATE_UNKNOWN_NAME: {
    "zh-CN": (a) =>
      `模板${a.part}中的{${a.tag}}找不到名为「${a.name}」的指标或字段：请改为指标名称或编码。`,
    "en-US": (a) =>
      `{${a.tag}} in the template ${a.partEn} names no metric or field called "${a.name}".`,
  },
};
