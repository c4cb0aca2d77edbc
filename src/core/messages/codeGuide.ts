import type { FailureCode } from "../errors/userError";
import type { IssueCode } from "../issues/issue.types";

/**
 * What each code means and how a clerk clears it, for docs/issues.md (the page `check --json`
 * codes link to). The messages themselves (issueText.ts, failureText.ts) already say what to do at
 * the cell; this says it once for the code, in general words. Typed by the code unions, so a new
 * code without its entry does not compile.
 */
export interface CodeGuide {
  readonly means: readonly [zh: string, en: string];
  readonly fix: readonly [zh: string, en: string];
}

export const ISSUE_GUIDE: Readonly<Record<IssueCode, CodeGuide>> = {
  WORKBOOK_NOT_STANDARD: {
    means: [
      "所选工作簿既没有「报告信息」表，也没有报告任何部分的工作表，不是本报告类型的标准工作簿。",
      "The workbook has neither the 报告信息 sheet nor any sheet of the report's parts.",
    ],
    fix: [
      "先生成空白标准工作簿（Excel 中点“补齐标准工作表”，或运行 scaffold 命令），再把数字抄进去。",
      "Make a blank standard workbook (补齐标准工作表 in Excel, or the scaffold command) and copy the figures into it.",
    ],
  },
  INFO_SHEET_MISSING: {
    means: [
      "缺少「报告信息」表：单位名称、报告年度等无处读取。",
      "The 报告信息 sheet (unit name, report year, …) is missing.",
    ],
    fix: [
      "补齐标准工作表，或新建「报告信息」表，表头写“项目”“内容”。",
      "Add it with 补齐标准工作表, or create it with the headers 项目 and 内容.",
    ],
  },
  INFO_FIELD_MISSING: {
    means: ["「报告信息」中必填的一项没有填写。", "A required item of 报告信息 is blank."],
    fix: ["在该项右边的“内容”格里填写。", "Fill in the 内容 cell to its right."],
  },
  INFO_FIELD_INVALID: {
    means: [
      "「报告信息」中的年份、日期或“是/否”无法识别。",
      "A year, date or 是/否 answer in 报告信息 cannot be read.",
    ],
    fix: [
      "年份写四位数字（2024），日期写成“2024年12月31日”或用 Excel 的日期格式。",
      "Write years as four digits (2024) and dates as 2024年12月31日 or an Excel date.",
    ],
  },
  INFO_CUTOFF_STALE: {
    means: [
      "统计截止日期不在报告年度内，数字可能是往年的。",
      "The statistics cut-off date is outside the report year: the figures may be last year's.",
    ],
    fix: [
      "核对数字属于本年度，再改正截止日期。",
      "Check that the figures are this year's, then correct the date.",
    ],
  },
  INFO_CUTOFF_NOT_YEAR_END: {
    means: [
      "本报告的统计期限是全年，统计截止日期却不是12月31日。",
      "The report covers the calendar year, but its cut-off date is not 31 December.",
    ],
    fix: [
      "把统计截止日期改为当年12月31日，并核对数字是否统计到年底。",
      "Set the cut-off date to 31 December and check that the figures run to the year's end.",
    ],
  },

  REPORT_TYPE_OTHER: {
    means: [
      "工作簿是为另一种报告类型生成的，却按当前报告类型检查。",
      "The workbook was made for another report pack than the one chosen.",
    ],
    fix: [
      "改选工作簿所写的报告类型；若工作簿确实为当前类型填写，改正「报告类型」一格。",
      "Choose the pack the workbook names, or correct its 报告类型 cell if it was meant for this one.",
    ],
  },
  SIGN_DATE_MISSING: {
    means: [
      "没有成文日期，报告末尾不会有落款（署名和日期）。",
      "No date of issue: the report ends without its signature block.",
    ],
    fix: [
      "需要落款的，在「报告信息」填写成文日期。",
      "Fill in 成文日期 on 报告信息 if the report needs one.",
    ],
  },
  SIGN_DATE_EARLY: {
    means: [
      "成文日期早于统计截止日期，像是沿用了往年报告的日期。",
      "The date of issue is before the statistics cut-off date, as if copied from an earlier report.",
    ],
    fix: ["改为本报告实际印发的日期。", "Enter the date this report is issued."],
  },
  SIGN_DATE_LATE: {
    means: [
      "成文日期晚于条例规定的公布期限（部门1月31日前，人民政府3月31日前）。",
      "The date of issue is after the statutory deadline (departments by 31 January, governments by 31 March).",
    ],
    fix: [
      "尽早印发；人民政府的报告在“本机关为人民政府”一行填“是”。",
      "Issue it as soon as possible; for a government's report answer 是 on the 本机关为人民政府 row.",
    ],
  },
  LEAD_MISSING: {
    means: [
      "没有导语，报告从标题直接进入“一、”；报送主送机关的报告必须有开头段落。",
      "No opening paragraph: the report goes from its title straight to 一、 (required when it has an addressee).",
    ],
    fix: [
      "在「报告信息」的导语一格写一段开头，以“现将有关情况报告如下：”结尾。",
      "Write an opening paragraph in the 导语 row, ending 现将有关情况报告如下：.",
    ],
  },
  SHEET_MISSING: {
    means: ["报告某一部分的工作表不存在。", "The sheet of one of the report's parts is missing."],
    fix: [
      "点“补齐标准工作表”添加，或新建同名工作表。",
      "Add it with 补齐标准工作表, or create a sheet of that name.",
    ],
  },
  SHEET_HEADER_MISSING: {
    means: [
      "工作表前 30 行里找不到“编码、指标、数值…”这样的表头行。",
      "No header row (编码, 指标, 数值, …) in the sheet's first 30 rows.",
    ],
    fix: ["在数据上方加一行表头。", "Add a header row above the data."],
  },
  SHEET_COLUMN_MISSING: {
    means: [
      "表头缺少必需的一列（如“数值”）。",
      "The header lacks a required column (such as 数值).",
    ],
    fix: ["在表头行加上这一列，并在其下填写。", "Add the column to the header row and fill it in."],
  },
  SHEET_COLUMN_DUPLICATE: {
    means: [
      "表头里两列同名，只读取了前一列。",
      "Two header columns have the same name; only the first is read.",
    ],
    fix: ["删除或改名后一列。", "Delete or rename the second."],
  },
  SHEET_NOT_IN_REPORT: {
    means: [
      "这张工作表不属于本报告，内容不会写进报告。",
      "The sheet belongs to no part of the report and is left out.",
    ],
    fix: [
      "无需处理；若它本应是报告的一部分，请改成该部分的表名。",
      "Nothing to do, unless it was meant to be a part: then rename it.",
    ],
  },
  SHEET_HIDDEN_USED: {
    means: [
      "报告用了一张隐藏的工作表，因为没有同名的可见表。",
      "The report uses a hidden sheet, as no visible sheet has the name.",
    ],
    fix: [
      "确认是这张表；不是的，取消隐藏正确的表或改名。",
      "Make sure it is the right sheet; otherwise unhide or rename the right one.",
    ],
  },
  ROWS_HIDDEN: {
    means: [
      "工作表中有隐藏的行，其中的数字和表述不写进报告。",
      "Hidden rows: their figures and sentences stay out of the report.",
    ],
    fix: ["需要写入的，取消隐藏。", "Unhide the rows that belong in the report."],
  },
  METRIC_ROW_MISSING: {
    means: ["必填指标在工作表中没有对应的行。", "A required metric has no row in its sheet."],
    fix: [
      "新增一行，写上该指标的编码并填写数值。",
      "Add a row with the metric's code and its figure.",
    ],
  },
  METRIC_VALUE_MISSING: {
    means: ["必填指标的“数值”是空的。", "A required metric's 数值 is blank."],
    fix: [
      "填写数值；确实没有这项工作的，填“不适用”。",
      "Fill it in; write 不适用 if the unit has no such work.",
    ],
  },
  METRIC_NOT_NUMBER: {
    means: ["数字指标里填的不是数字。", "A figure's cell holds something that is not a number."],
    fix: [
      "只填数字，可带“余”“万”等，如 40余、2000余万元。",
      "Type a number, optionally with 余 or 万 (40余, 2000余万元).",
    ],
  },
  METRIC_NOT_DATE: {
    means: ["日期指标里填的不是日期。", "A date metric's cell holds something that is not a date."],
    fix: ["按“2024年12月31日”的样子填写。", "Write it as 2024年12月31日."],
  },
  METRIC_CELL_ERROR: {
    means: [
      "单元格显示 Excel 错误（#REF!、#DIV/0! 等）。",
      "The cell shows an Excel error (#REF!, #DIV/0!, …).",
    ],
    fix: ["改正公式，或直接填写数字。", "Correct the formula or type the figure."],
  },
  METRIC_FORMULA_UNCALCULATED: {
    means: [
      "单元格是公式，但文件里没有算好的结果（常见于程序生成的文件）。",
      "The cell is a formula with no calculated result saved (common in generated files).",
    ],
    fix: [
      "用 Excel 或 WPS 打开并保存一次，或直接填写数字。",
      "Open and save the file once in Excel or WPS, or type the figure.",
    ],
  },
  METRIC_UNIT_MISMATCH: {
    means: [
      "“单位”列写的单位与指标规定的不同，数字按原样使用。",
      "The 单位 typed differs from the metric's unit; the figure is used as it is.",
    ],
    fix: ["换算成规定的单位后填写。", "Convert the figure to the metric's unit."],
  },
  GOVERNMENT_ANSWER_DOUBTFUL: {
    means: [
      "单位名称是某某人民政府，但“本机关为人民政府”没有填“是”。",
      "The unit is named …人民政府, but 本机关为人民政府 is not 是.",
    ],
    fix: [
      "人民政府的报告在“本机关为人民政府”一行填“是”。",
      "For a government's report answer 是 on the 本机关为人民政府 row.",
    ],
  },
  METRIC_ALWAYS_STATED: {
    means: [
      "这项数字每年都要在报告中写明（如信息处理费），填了“不适用”。",
      "A figure the report states every year (such as 信息处理费) holds 不适用.",
    ],
    fix: ["没有的填 0。", "Enter 0 for none."],
  },
  METRIC_OUT_OF_RANGE: {
    means: [
      "数字超出这项指标通常的范围，可能填错。",
      "The figure is outside the metric's usual range and may be mistyped.",
    ],
    fix: ["核对数字；确实如此的可以不改。", "Check it; leave it if it is right."],
  },
  METRIC_DUPLICATE: {
    means: [
      "同一编码出现两次，只用了第一次的一行。",
      "A code appears twice; only its first row is used.",
    ],
    fix: ["删除重复的一行。", "Delete the repeated row."],
  },
  METRIC_UNKNOWN_CODE: {
    means: [
      "这一行的编码不是本报告的指标，数字不会写进报告。",
      "The row's code is no metric of this report; its figure stays out.",
    ],
    fix: ["核对编码。", "Check the code."],
  },
  METRIC_PRIOR_INVALID: {
    means: [
      "“上年同期”填的不是数字，无法计算同比。",
      "The 上年同期 cell is not a number, so no year-on-year change can be worked out.",
    ],
    fix: ["改为数字，或留空。", "Type a number or leave it blank."],
  },
  METRIC_FORMULA_MISMATCH: {
    means: [
      "填写的比率与按公式从其他指标算出的不一致。",
      "A typed rate differs from the one its formula gives from the other figures.",
    ],
    fix: [
      "核对几个相关的数；这一格也可以留空，由报告助手计算。",
      "Check the figures involved, or leave the cell blank to have it worked out.",
    ],
  },
  METRIC_NOT_WHOLE: {
    means: [
      "按件、次、期计的指标填了小数。",
      "A figure counted in whole things (件, 次, 期) has decimals.",
    ],
    fix: ["填写整数。", "Type a whole number."],
  },
  METRIC_UNUSED: {
    means: [
      "填了数，但没有哪句表述或模板用到它，不会出现在报告里。",
      "A figure no sentence or template uses: it will not appear in the report.",
    ],
    fix: [
      "要写进报告的，在这一部分的表述里用 {指标名称} 引用它。",
      "Use it in a sentence of its part, as {name}, if it belongs in the report.",
    ],
  },
  ZERO_STATED: {
    means: [
      "数值为 0，而表述会原样写出“0件”“0次”。",
      "The figure is 0 and a sentence would print “0件”.",
    ],
    fix: [
      "本年确实没有的，把这段文字写成条件 {#名称}…{/名称}，为 0 时不写入。",
      "Wrap the words in {#name}…{/name} so they are left out when it is 0.",
    ],
  },
  METRIC_PRIOR_UNUSED: {
    means: [
      "填了上年同期数，但没有哪句表述与上年比较，这个数不会出现在报告里。",
      "Last year's figure is filled in, but no sentence compares with it.",
    ],
    fix: [
      "需要写同比的，在用到该指标的句子里加上 {名称|同比}；不需要的可以不管。",
      "Add {name|同比} to a sentence if the change belongs in the report; otherwise leave it.",
    ],
  },
  FIGURE_TYPED_MISMATCH: {
    means: [
      "表述中直接写的数字与表中该指标的数值（或上年同期）不符，或与表中某个数只差一位、两位颠倒。",
      "A figure typed into a sentence contradicts the metric's 数值 (or 上年同期), or is one slip away from a figure of the sheet.",
    ],
    fix: [
      "核对后改正；要写表中的数，改用占位符 {指标名称}，数字就始终与表一致。",
      "Correct it; to state the sheet's figure, use the placeholder {name} so the two never differ.",
    ],
  },
  CLAUSE_DROPPED: {
    means: [
      "表述中某个分句（或整句）用到的数未填写、填了“不适用”、为 0（报告类型规定为 0 时不写）或没有上年同期数，这一分句自动不写入报告。",
      "A clause (or a whole sentence) whose figure is blank, 不适用, 0 where the pack drops zeros, or lacks last year's figure leaves the report by itself.",
    ],
    fix: [
      "无需处理；要写入的，填上这个数。",
      "Nothing to do; fill in the figure if the clause belongs in the report.",
    ],
  },
  OTHER_UNIT_NAMED: {
    means: [
      "表述提到别的单位，像是从其他单位的报告里沿用的。",
      "A sentence names another unit, as if copied from its report.",
    ],
    fix: ["改写成本单位的情况。", "Rewrite it for your own unit."],
  },
  YEAR_STALE: {
    means: [
      "表述写的是往年的年份，像是沿用了旧表述。",
      "A sentence names an earlier year, as if carried over from an old report.",
    ],
    fix: ["核对年份。", "Check the year."],
  },
  UNIT_DOUBLED: {
    means: [
      "占位符已带单位，后面又写了一遍（或写了“余件”“元”），报告里会出现“件件”“件余件”“万元元”。",
      "The placeholder already prints its unit and the sentence repeats it (“件件”, “件余件”, “万元元”).",
    ],
    fix: [
      "改用 {名称|数} 只写数字，或删去后面的单位。",
      "Use {name|数} for the bare number, or delete the repeated unit.",
    ],
  },
  CARRIED_UNCHANGED: {
    means: [
      "这句表述与上年一字不差（下一年度工作簿沿用而来）。",
      "The sentence is word for word last year's (carried into next year's workbook).",
    ],
    fix: [
      "确认仍符合本年度情况，需要时改写。",
      "Make sure it still holds this year; rewrite it if not.",
    ],
  },
  RULE_VIOLATED: {
    means: [
      "几个数字之间应有的关系不成立（如结案数超过受理数）。",
      "Figures break a relation they must keep (more cases closed than received, …).",
    ],
    fix: ["核对所列各格的数字。", "Check the figures in the cells named."],
  },
  TABLE_OLD_LAYOUT: {
    means: [
      "表格工作表是上一版格式（如2019年格式）的表，与现行格式的行列不同。",
      "A table's sheet holds the form's previous layout (the 2019 one), whose lines and columns differ.",
    ],
    fix: [
      "新建空白标准工作簿，把数字填到现行格式的表中。",
      "Make a blank standard workbook and copy the figures into the current form.",
    ],
  },
  TABLE_LABEL_MISSING: {
    means: [
      "表格工作表上找不到格式规定的某一行或某一列的文字，这一行（列）的数字读不出来。",
      "A line or column label of the official form is not on the table's sheet, so its figures cannot be read.",
    ],
    fix: [
      "按国家规定的格式恢复这一行（列）的文字；可对照新建的空白标准工作簿。",
      "Restore the label as the form prints it; a blank standard workbook shows it.",
    ],
  },
  TABLE_LABEL_TWICE: {
    means: [
      "同一行（列）的文字在表里出现了不止一次，无法确定读哪一处。",
      "A line or column label appears more than once, so which one counts is unclear.",
    ],
    fix: ["删去多余的行或列。", "Delete the extra line or column."],
  },
  TABLE_EMPTY: {
    means: ["整张表还一格都没有填。", "No cell of the table is filled yet."],
    fix: [
      "在白色格子中填写数字，没有的填 0；本年各项都没有的，可把「报告信息」中的“表格空白格按0计”填为“是”。",
      "Type a number in each white cell, 0 for none; with nothing to report, set 表格空白格按0计 to 是 in 报告信息.",
    ],
  },
  TABLE_CELL_BLANK: {
    means: [
      "表中这一格没有填；年度报告的表每格都要有数字。",
      "A cell of the table is blank; every cell of the form holds a number.",
    ],
    fix: ["填写数字，没有的填 0。", "Type the number, 0 for none."],
  },
  TABLE_CELL_INVALID: {
    means: [
      "表中这一格填的不是数字（如“/”“—”“无”）。",
      "A cell of the table holds something other than a number (“/”, “—”, “无”).",
    ],
    fix: ["改填数字，没有的填 0。", "Type the number instead, 0 for none."],
  },
  TABLE_RELATION: {
    means: [
      "表中的数字不满足格式规定的勾稽关系（如本年新收加上年结转应等于办理结果总计加结转下年度，各项之和应等于总计）。",
      "The table's figures break a relation the form prints or implies (received + carried over = handled + carried forward; parts add up to the total).",
    ],
    fix: [
      "核对所列各格的数字；总计应等于各项之和。",
      "Check the cells named; a total is the sum of its parts.",
    ],
  },
  NARRATIVE_TOO_FEW: {
    means: [
      "这一部分写出的表述少于报告类型要求的条数。",
      "The part has fewer sentences than the report pack asks for.",
    ],
    fix: ["在“表述”列补写本部分的工作情况。", "Write more sentences in the 表述 column."],
  },
  PLACEHOLDER_UNKNOWN: {
    means: [
      "表述中 {…} 里的名称不是任何指标或报告信息项。",
      "A {…} in a sentence names no metric or report-information item.",
    ],
    fix: ["改为指标的名称或编码。", "Use a metric's name or code."],
  },
  PLACEHOLDER_SYNTAX: {
    means: [
      "表述中的花括号写法有误（不配对、条件未闭合等）。",
      "A sentence's braces are malformed (unpaired, an unclosed condition, …).",
    ],
    fix: ["按消息所说补全或删去花括号。", "Complete or remove the braces as the message says."],
  },
  PLACEHOLDER_FILTER_MISUSE: {
    means: [
      "表述中“|”后的写法不适用于这个名称（如对文字用“|万”）。",
      "A “|” option in a sentence does not apply to that name (|万 on text, …).",
    ],
    fix: ["去掉该写法，或换成适用的。", "Remove the option or use one that applies."],
  },
  FIGURE_NEEDED: {
    means: [
      "报告要写出的数字没有填（或填了“不适用”），报告里会留下“待补充”。",
      "A figure the report states is blank (or 不适用): the report would show a gap.",
    ],
    fix: [
      "填写这个数；确实没有的，把用到它的文字写成条件，没有数时不写入。",
      "Fill it in, or make the words that use it conditional so they drop out.",
    ],
  },
  PROMPT_UNFILLED: {
    means: [
      "表述里还是空白工作簿的提示语（【请填写：…】）。",
      "A sentence still holds the blank workbook's prompt (【请填写：…】).",
    ],
    fix: [
      "按提示写成本单位的实际情况，删去【】和其中的提示。",
      "Write what the prompt asks for and delete the 【】 with the prompt.",
    ],
  },
  BRACKET_LEFT: {
    means: [
      "文字里还留有“【”或“】”；正式报告不用方括号，留下的往往是没删干净的提示。",
      "A 【 or 】 is left in the text: published reports use none; it is usually a prompt half deleted.",
    ],
    fix: [
      "删去方括号（连同其中的提示语），写成完整的句子。",
      "Delete the brackets, with any prompt inside, and write a complete sentence.",
    ],
  },
  TEMPLATE_SYNTAX: {
    means: ["Word 模板中花括号写法有误。", "Braces in the Word template are malformed."],
    fix: [
      "在 Word 中按消息所说改正，或改回内置模板。",
      "Correct them in Word as the message says, or go back to the built-in template.",
    ],
  },
  TEMPLATE_UNKNOWN_NAME: {
    means: [
      "Word 模板中 {…} 里的名称不是任何指标或报告信息项。",
      "A {…} in the Word template names nothing the report has.",
    ],
    fix: ["改为指标的名称或编码。", "Use a metric's name or code."],
  },
  TEMPLATE_FILTER_MISUSE: {
    means: [
      "Word 模板中“|”后的写法不适用于这个名称。",
      "A “|” option in the Word template does not apply to that name.",
    ],
    fix: ["去掉该写法，或换成适用的。", "Remove the option or use one that applies."],
  },
};

export const FAILURE_GUIDE: Readonly<Record<FailureCode, CodeGuide>> = {
  FILE_NOT_FOUND: {
    means: ["给出的文件不存在。", "The file named does not exist."],
    fix: ["检查文件名和所在文件夹。", "Check the name and the folder."],
  },
  FILE_IS_FOLDER: {
    means: ["给出的是文件夹，不是文件。", "A folder was given where a file was expected."],
    fix: ["写出文件本身的名称。", "Name the file itself."],
  },
  FILE_NO_PERMISSION: {
    means: ["没有读取这个文件的权限。", "The file cannot be read for lack of permission."],
    fix: ["复制到自己的文件夹后再试。", "Copy it to your own folder and retry."],
  },
  FILE_EMPTY: {
    means: ["文件是 0 字节。", "The file is empty (0 bytes)."],
    fix: ["选择已保存内容的文件。", "Choose a file that was saved with content."],
  },
  FILE_TOO_LARGE: {
    means: ["文件超出可处理的大小。", "The file is larger than can be processed."],
    fix: ["删除无关的工作表或图片后再试。", "Remove unrelated sheets or pictures."],
  },
  FILE_ENCRYPTED: {
    means: ["文件设置了打开密码。", "The file is password-protected."],
    fix: ["取消密码后另存一份。", "Remove the password and save a copy."],
  },
  FILE_LEGACY_FORMAT: {
    means: [
      "文件是无法直接读取的旧格式（如 .et、.wps）。",
      "An old format that cannot be read here.",
    ],
    fix: ["在 Excel 或 WPS 中另存为 .xlsx。", "Save it as .xlsx from Excel or WPS."],
  },
  FILE_NOT_ZIP: {
    means: [
      "文件不是 Excel 工作簿或 Word 文档（可能只是改了扩展名）。",
      "The file is no workbook or Word document (perhaps only renamed).",
    ],
    fix: ["选择用 Excel、WPS 或 Word 保存的文件。", "Choose a file saved by Excel, WPS or Word."],
  },
  FILE_TRUNCATED: {
    means: ["文件不完整，下载或复制时中断了。", "The file is cut short (an interrupted copy)."],
    fix: ["重新保存或复制一份。", "Save or copy it again."],
  },
  FILE_WRONG_KIND: {
    means: [
      "文件类型与用途不符（如把 Word 文档当作工作簿）。",
      "The file is of the wrong kind (a Word document given as a workbook, …).",
    ],
    fix: ["选择正确的文件。", "Choose the right file."],
  },
  FILE_MISSING_PART: {
    means: ["文件缺少必要的组成部分。", "The file lacks a part every such file has."],
    fix: [
      "用 Excel、WPS 或 Word 打开后另存一份。",
      "Open it in Excel, WPS or Word and save a copy.",
    ],
  },
  FILE_BOMB: {
    means: [
      "文件解压后异常巨大（压缩炸弹），为保护电脑已拒绝。",
      "The file would unpack to an abnormal size (a zip bomb) and was refused.",
    ],
    fix: [
      "确认文件来源，或让发送人重新保存。",
      "Check its origin, or ask the sender to save it again.",
    ],
  },
  FILE_DTD: {
    means: [
      "文件含有不允许的 XML 文档类型声明。",
      "The file carries an XML document type declaration, which is refused.",
    ],
    fix: ["用 Excel、WPS 或 Word 另存一份。", "Save a copy from Excel, WPS or Word."],
  },
  FILE_CORRUPT: {
    means: ["文件已损坏。", "The file is damaged."],
    fix: ["用 Excel、WPS 或 Word 打开后另存一份。", "Open it and save a copy."],
  },
  FILE_TOO_MANY_CELLS: {
    means: ["单元格太多，超出可处理的范围。", "The workbook has more cells than can be processed."],
    fix: ["删除无关的工作表或大片空行。", "Remove unrelated sheets or blank rows."],
  },
  FILE_NO_SHEETS: {
    means: ["工作簿里没有任何工作表。", "The workbook has no sheet."],
    fix: ["选择填写好的工作簿。", "Choose the filled-in workbook."],
  },
  OUTPUT_EXISTS: {
    means: ["要写出的文件已经存在，没有覆盖。", "The output file exists and was kept."],
    fix: ["换一个文件名；确需覆盖的加 --force。", "Choose another name, or add --force."],
  },
  OUTPUT_EDITED: {
    means: [
      "已有的报告在生成后被修改过（或不是本工具生成的），为免丢失改动没有覆盖。",
      "The existing report was edited after it was generated (or not made here), so it was kept.",
    ],
    fix: ["另存为新文件名；确需覆盖的加 --force。", "Write to a new name, or add --force."],
  },
  OUTPUT_IS_FOLDER: {
    means: ["-o 给的是文件夹。", "The -o path is a folder."],
    fix: ["在 -o 后写出文件名。", "Give a file name after -o."],
  },
  OUTPUT_FOLDER_MISSING: {
    means: ["要写入的文件夹不存在。", "The output folder does not exist."],
    fix: ["先建好文件夹，或换一个位置。", "Create it or choose another place."],
  },
  OUTPUT_NOT_WRITABLE: {
    means: [
      "无法写入：文件夹只读或文件正被打开。",
      "Cannot write: the folder is read-only or the file is open.",
    ],
    fix: ["关闭该文件，或换一个文件夹。", "Close the file or choose another folder."],
  },
  OUTPUT_DISK_FULL: {
    means: ["磁盘空间不足，文件没有写出。", "The disk is full; nothing was written."],
    fix: ["清理磁盘后再试。", "Free some space and retry."],
  },
  OUTPUT_EXTENSION: {
    means: ["输出文件的扩展名不对。", "The output name has the wrong extension."],
    fix: ["按消息所示改用正确的扩展名。", "Use the extension the message names."],
  },
  PACK_NOT_FOUND: {
    means: ["没有这个报告类型，也没有这个文件夹。", "No built-in pack or folder by that name."],
    fix: [
      "改用内置的报告类型名，或写出报告类型文件夹的路径。",
      "Use a built-in pack or a pack folder's path.",
    ],
  },
  PACK_NOT_JSON: {
    means: ["pack.json 不是有效的 JSON。", "pack.json is not valid JSON."],
    fix: ["用文本编辑器改正消息所指之处。", "Correct it where the message points."],
  },
  PACK_INVALID: {
    means: ["pack.json 不符合报告类型的格式。", "pack.json breaks the pack schema."],
    fix: ["按消息列出的每一处（JSON 路径）改正。", "Correct each fault listed by its JSON path."],
  },
  PACK_TEMPLATE_MISSING: {
    means: [
      "pack.json 指定的模板不在报告类型文件夹里。",
      "The template pack.json names is not in its folder.",
    ],
    fix: [
      '放入模板，或从 pack.json 删去 "template"。',
      'Add it, or remove "template" from pack.json.',
    ],
  },
  USAGE_UNKNOWN_COMMAND: {
    means: ["命令行里没有这个命令。", "No such command."],
    fix: ["用消息列出的命令之一。", "Use one of the commands listed."],
  },
  USAGE_UNKNOWN_OPTION: {
    means: ["这个命令没有该选项。", "The command takes no such option."],
    fix: ["用消息列出的选项之一。", "Use one of the options listed."],
  },
  USAGE_NEEDS_VALUE: {
    means: ["选项后面缺少内容。", "An option is missing its value."],
    fix: ["在选项后写上内容。", "Give the value after the option."],
  },
  USAGE_NEEDS_FILE: {
    means: ["命令缺少工作簿文件。", "The command needs a workbook file."],
    fix: ["在命令后写上工作簿文件名。", "Name the workbook after the command."],
  },
  USAGE_NO_FILE: {
    means: ["命令不需要文件参数。", "The command takes no file argument."],
    fix: ["输出文件用 -o 指定。", "Name the output with -o."],
  },
  TIME_LIMIT: {
    means: ["处理超过时限，已停止。", "Processing ran past the time limit and was stopped."],
    fix: ["检查工作簿是否过大或损坏。", "Check whether the workbook is too large or damaged."],
  },
  PDF_NO_LIBREOFFICE: {
    means: [
      "生成 PDF 需要 LibreOffice，本机没有。",
      "PDF output needs LibreOffice, which is missing.",
    ],
    fix: ["安装 LibreOffice，或去掉 --pdf。", "Install LibreOffice, or leave out --pdf."],
  },
  PDF_FAILED: {
    means: [
      "LibreOffice 未能转换 PDF；Word 报告已生成。",
      "LibreOffice could not make the PDF; the Word report was written.",
    ],
    fix: ["在 Word 或 WPS 中另存为 PDF。", "Save it as PDF from Word or WPS."],
  },
  NEXT_YEAR_NO_YEAR: {
    means: [
      "报告年度未填写或无法识别，不知道下一年度是哪一年。",
      "The report year is blank or unreadable.",
    ],
    fix: ["先在「报告信息」填写报告年度。", "Fill in 报告年度 on 报告信息 first."],
  },
  NEXT_YEAR_SAME_FILE: {
    means: [
      "下一年度工作簿不能写回原文件。",
      "Next year's workbook cannot replace this year's file.",
    ],
    fix: ["用 -o 另起一个文件名。", "Choose another name with -o."],
  },
  NEXT_YEAR_CANNOT_EDIT: {
    means: [
      "要改动的单元格在数组公式或模拟运算表之中，无法单独改动。",
      "A cell to change lies inside an array formula or data table.",
    ],
    fix: [
      "把该区域改为普通公式或数值后再试。",
      "Turn that range into plain formulas or values and retry.",
    ],
  },
  WORD_REPORT_TOO_LARGE: {
    means: [
      "报告超过 Word 一次能插入的 4 MB。",
      "The report exceeds the 4 MB Word can insert at once.",
    ],
    fix: ["改用“下载 Word 文档”。", "Use “Download Word document”."],
  },
  OFFICE_BUSY: {
    means: ["Excel 正在编辑单元格，暂时无法读取。", "Excel is in cell-edit mode."],
    fix: ["按 Enter 或 Esc 结束编辑，再点一次。", "Press Enter or Esc, then click again."],
  },
  OFFICE_FAILED: {
    means: ["Office 没有完成这一步。", "Office did not finish the step."],
    fix: [
      "保存文档后重试；仍不行的，重新打开窗格。",
      "Save and retry; reopen the pane if it persists.",
    ],
  },
  SHEET_PASSWORD_PROTECTED: {
    means: [
      "要写入的工作表设置了密码保护（报告助手生成的工作簿只有不带密码的保护）。",
      "A sheet to write into is protected with a password (the add-in's own protection has none).",
    ],
    fix: [
      "在 Excel 中“审阅 → 撤销工作表保护”，输入密码后再试。",
      "In Excel, Review → Unprotect Sheet with the password, then retry.",
    ],
  },
};
