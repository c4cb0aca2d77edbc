import type { IssueArg, IssueArgs, IssueCode } from "../issues/issue.types";
import type { Locale, Surface } from "./locale";
import { cellsText, listItems, namesText, yearsText } from "./lists";
import { q, sheetCell, sheetName } from "./quote";
import { syntaxReasonText } from "./syntaxReasonText";

/** A message in each language; `surface` says where it is read (its way on names that place's buttons). */
type Words = Readonly<Record<Locale, (a: IssueArgs, surface?: Surface) => string>>;

/** A plain value as text (a list, which messages word with lists.ts, as its names). */
const s = (v: IssueArg | undefined): string =>
  v === undefined
    ? ""
    : typeof v === "object"
      ? listItems(v)
          .map((i) =>
            i.kind === "template" ? i.tag : i.kind === "cell" ? (i.name ?? i.cell) : i.name,
          )
          .join(", ")
      : String(v);
const zq = (v: IssueArg | undefined) => q(s(v), "zh-CN");
/** An issue's arguments as plain values (a syntax reason's words read names, never lists). */
const plain = (a: IssueArgs): Readonly<Record<string, string | number>> =>
  // cast: the proxy hides list arguments, so every value it gives is a string or number
  new Proxy(a, {
    get: (target, key) => {
      const v: unknown = Reflect.get(target, key);
      return typeof v === "object" ? undefined : v;
    },
  }) as Readonly<Record<string, string | number>>;
const eq = (v: IssueArg | undefined) => q(s(v), "en-US");

/** A Chinese date from the y/m/d an issue carries: 2023年12月15日 (English keeps ISO order). */
const zhDate = (a: IssueArgs) => `${s(a.y)}年${s(a.m)}月${s(a.d)}日`;
const enDate = (a: IssueArgs) => `${s(a.y)}-${s(a.m)}-${s(a.d)}`;

const FILTER_PROBLEMS: Readonly<Record<string, Words>> = {
  needs_number: {
    "zh-CN": (a) => `“|${s(a.filter)}”只能用于数字，${zq(a.name)}不是数字指标`,
    "en-US": (a) => `“|${s(a.filter)}” works on figures only, and ${eq(a.name)} is not one`,
  },
  needs_date: {
    "zh-CN": (a) => `“|${s(a.filter)}”只能用于日期，${zq(a.name)}不是日期`,
    "en-US": (a) => `“|${s(a.filter)}” works on dates only, and ${eq(a.name)} is not one`,
  },
  needs_metric: {
    "zh-CN": (a) => `“|${s(a.filter)}”要用上年同期数，只能用于指标，${zq(a.name)}不是指标`,
    "en-US": (a) =>
      `“|${s(a.filter)}” needs last year's figure, so it works on metrics only; ${eq(a.name)} is not one`,
  },
  level_range: {
    "zh-CN": (a) => `“|${s(a.filter)}:${s(a.value)}”的层级只能是 1 至 4（一、（一）1.（1））`,
    "en-US": (a) =>
      `the level in “|${s(a.filter)}:${s(a.value)}” must be 1 to 4 (“一、” “（一）” “1.” “（1）”)`,
  },
  digits_range: {
    "zh-CN": (a) => `“|${s(a.filter)}:${s(a.value)}”的小数位数只能是 0 至 6`,
    "en-US": (a) => `the decimals in “|${s(a.filter)}:${s(a.value)}” must be 0 to 6`,
  },
  too_many_args: {
    "zh-CN": (a) => `“|${s(a.filter)}”后的参数太多：最多 ${s(a.max)} 个`,
    "en-US": (a) => `“|${s(a.filter)}” takes at most ${s(a.max)} argument(s)`,
  },
  needs_base: {
    "zh-CN": (a) =>
      /^同比/.test(s(a.filter))
        ? `“|${s(a.filter)}”要写明和哪个指标一起比较，如 {新收案件|同比分别:结案数}`
        : `“|${s(a.filter)}”要写明占哪个指标，如 {诉前调解|占:受理案件}`,
    "en-US": (a) =>
      /^同比/.test(s(a.filter))
        ? `“|${s(a.filter)}” must name the other figure it compares, as in {新收案件|同比分别:结案数}`
        : `“|${s(a.filter)}” must name the whole it is a share of, as in {诉前调解|占:受理案件}`,
  },
  unknown_base: {
    "zh-CN": (a) => `“|${s(a.filter)}:${s(a.value)}”中的${zq(a.value)}不是本报告的数字指标`,
    "en-US": (a) =>
      `${eq(a.value)} in “|${s(a.filter)}:${s(a.value)}” is not a figure of this report`,
  },
};

function filterProblem(a: IssueArgs, locale: Locale): string {
  const w = FILTER_PROBLEMS[s(a.problem)];
  return w ? w[locale](a) : s(a.problem);
}

/** A template part as somebody editing it in Word names it. */
export function templatePartName(file: string, locale: Locale): string {
  const zh = locale === "zh-CN";
  if (/document\.xml$/.test(file)) return zh ? "正文" : "body";
  if (/header\d*\.xml$/.test(file)) return zh ? "页眉" : "header";
  if (/footer\d*\.xml$/.test(file)) return zh ? "页脚" : "footer";
  if (/footnotes\.xml$/.test(file)) return zh ? "脚注" : "footnotes";
  if (/endnotes\.xml$/.test(file)) return zh ? "尾注" : "endnotes";
  return file;
}

const near = (a: IssueArgs, locale: Locale) =>
  a.context
    ? locale === "zh-CN"
      ? `（附近文字：${zq(a.context)}）`
      : ` (near ${eq(a.context)})`
    : "";

/** How many of the places that use a figure a message names; the rest are counted. */
const USES_SHOWN = 3;

/** "「审判执行」表 C7、C9和模板正文中的{新收案件}": where the report uses a figure. */
function useList(a: IssueArgs, locale: Locale): string {
  const uses = listItems(a.uses);
  const zh = locale === "zh-CN";
  const bySheet = new Map<string, string[]>();
  const tags: string[] = [];
  for (const u of uses.slice(0, USES_SHOWN)) {
    if (u.kind === "name") continue;
    if (u.kind === "cell") bySheet.set(u.sheet, [...(bySheet.get(u.sheet) ?? []), u.cell]);
    else
      tags.push(
        zh
          ? `模板${templatePartName(u.file, locale)}中的{${u.tag}}`
          : `{${u.tag}} in the template's ${templatePartName(u.file, locale)}`,
      );
  }
  const cells = [...bySheet].map(([sheet, list]) =>
    zh
      ? `${sheetName(sheet, locale)} ${list.join("、")} 的表述`
      : `the statement${list.length > 1 ? "s" : ""} in ${sheetName(sheet, locale)}, ${list.length > 1 ? "cells" : "cell"} ${list.join(", ")}`,
  );
  const all = [...cells, ...tags];
  const more = uses.length - Math.min(uses.length, USES_SHOWN);
  if (zh) return `${all.join("和")}${more > 0 ? `等 ${uses.length} 处` : ""}`;
  return `${all.join(" and ")}${more > 0 ? ` (${uses.length} places in all)` : ""}`;
}

function figureNeeded(a: IssueArgs, locale: Locale): string {
  const name = s(a.name);
  const uses = useList(a, locale);
  // the workbook's own sentences drop a clause by themselves; only a Word template needs syntax
  const inTemplate =
    typeof a.uses === "object" && listItems(a.uses).some((i) => i.kind === "template");
  if (locale === "zh-CN") {
    const n = zq(name);
    if (a.side === "prior")
      return inTemplate
        ? `${n}的上年同期没有可用的数，但${uses}要和上年比较，报告里会留下“待补充”：请在“上年同期”列填写上年的数；没有上年数的，把模板中比较的文字写成条件 {#${name}|上年}…{/${name}|上年}。`
        : `${n}的上年同期没有可用的数，但${uses}要和上年比较，报告里会留下“待补充”：请在“上年同期”列填写上年的数，或删去这句中与上年比较的文字。`;
    if (a.side === "base")
      return a.reason === "zero"
        ? `${n}是 0，${uses}中“占${name}”的比例无从计算：请核对${n}，或删去这个比例。`
        : `${n}没有可用的数，${uses}中“占${name}”的比例无从计算：请填写${n}。`;
    const state =
      a.reason === "notApplicable"
        ? "填的是“不适用”"
        : a.reason === "invalid"
          ? "填写的内容不是数字"
          : a.reason === "noRow"
            ? "在表中没有这一行"
            : "未填写";
    return inTemplate
      ? `${n}${state}，但${uses}用到了它，报告里会留下“待补充”：请填写${n}；确实没有这个数的，把模板中用到它的文字写成条件 {#${name}}…{/${name}}。`
      : `${n}${state}，但${uses}用到了它，报告里会留下“待补充”：请填写${n}；确实没有这项工作的，填“不适用”，用到它的分句就不写入报告。`;
  }
  const n = eq(name);
  if (a.side === "prior")
    return inTemplate
      ? `${n} has no usable figure for last year, but ${uses} compare${a.useCount === 1 ? "s" : ""} with it, so the report would show a gap: enter last year's figure in the “上年同期” column, or put the template's comparison inside {#${name}|上年}…{/${name}|上年}.`
      : `${n} has no usable figure for last year, but ${uses} compare${a.useCount === 1 ? "s" : ""} with it, so the report would show a gap: enter last year's figure in the “上年同期” column, or delete the comparison from the sentence.`;
  if (a.side === "base")
    return a.reason === "zero"
      ? `${n} is 0, so the share of ${n} in ${uses} cannot be worked out: check ${n}, or remove the share.`
      : `${n} has no usable figure, so the share of ${n} in ${uses} cannot be worked out: enter ${n}.`;
  const state =
    a.reason === "notApplicable"
      ? "is marked “不适用”"
      : a.reason === "invalid"
        ? "does not hold a number"
        : a.reason === "noRow"
          ? "has no row in the sheet"
          : "is blank";
  return inTemplate
    ? `${n} ${state}, but ${uses} use${a.useCount === 1 ? "s" : ""} it, so the report would show a gap: enter ${n}; if there is no such figure, put the template's words that use it inside {#${name}}…{/${name}}.`
    : `${n} ${state}, but ${uses} use${a.useCount === 1 ? "s" : ""} it, so the report would show a gap: enter ${n}; if the unit has no such work, write “不适用” and the clauses that use it are left out.`;
}

/** Every issue code in both languages: what is wrong and what to do, one sentence. */
const TERMS_SHOWN = 4;

/** A relation's side with no terms: 0. */
const isEmptyList = (v: IssueArg | undefined): boolean => listItems(v).length === 0;

/** One side of a table's relation: 新收申请·自然人 D6 + 上年结转·自然人 D7, or the first few and a count. */
function termsText(v: IssueArg | undefined, locale: Locale): string {
  const items = listItems(v);
  const zh = locale === "zh-CN";
  const one = (i: (typeof items)[number]) =>
    i.kind === "name"
      ? zh
        ? i.name
        : q(i.name, locale)
      : i.kind !== "cell"
        ? ""
        : zh
          ? `${i.name ?? ""} ${i.cell}`
          : `${q(i.name ?? "", locale)} (${i.cell})`;
  if (items.length <= TERMS_SHOWN) return items.map(one).join(" + ");
  const shown = items
    .slice(0, TERMS_SHOWN - 1)
    .map(one)
    .join(" + ");
  return zh
    ? `${shown} + …（共 ${items.length} 格）`
    : `${shown} + … (${items.length} cells in all)`;
}

const OP_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  "==": ["应等于", "should equal"],
  "<=": ["不应大于", "should not exceed"],
  ">=": ["不应小于", "should not be less than"],
};

/** How the clerk turns the form's blank cells to 0 at once, when the pack offers it. */
const zeroHint = (a: IssueArgs, locale: Locale) =>
  s(a.zeroKey) === ""
    ? ""
    : locale === "zh-CN"
      ? `；本年各项都没有的，可在「报告信息」表把${zq(a.zeroKey)}填为“是”，空格都按 0 计`
      : `; a unit with nothing to report can set ${eq(a.zeroKey)} to ${eq("是")} in ${sheetName("报告信息", "en-US")} to count every blank cell as 0`;

export const ISSUE_TEXT: Readonly<Record<IssueCode, Words>> = {
  WORKBOOK_NOT_STANDARD: {
    "zh-CN": (a, surface) =>
      `这不是${zq(a.pack)}的标准工作簿：里面既没有${zq(a.infoSheet)}表，也没有报告任何部分的工作表。${
        surface === "excel"
          ? "请先点“补齐标准工作表”，添加报告需要的工作表，再把数字填进去。"
          : surface === "pane"
            ? "请先点“下载空白工作簿”，在其中填好数字，再打开它。"
            : "请先生成空白工作簿（运行 scaffold 命令，或在 Excel 中点“补齐标准工作表”），再把数字填进去。"
      }`,
    "en-US": (a, surface) =>
      `This is not a standard workbook for ${eq(a.pack)}: it has neither the ${eq(a.infoSheet)} sheet nor a sheet for any part of the report. ${
        surface === "excel"
          ? "Click “Add standard sheets” to add the sheets the report needs, then type the figures in."
          : surface === "pane"
            ? "Click “Download a blank workbook”, fill in the figures there, then open it."
            : "Start from a blank workbook (the scaffold command, or “Add standard sheets” in Excel) and type the figures into it."
      }`,
  },
  INFO_SHEET_MISSING: {
    "zh-CN": (a) =>
      `缺少${zq(a.sheet)}表：请新建这张表，表头写“项目”和“内容”两列，再逐行填写单位名称、报告年度和统计截止日期。`,
    "en-US": (a) =>
      `The ${eq(a.sheet)} sheet is missing: add it with two columns titled “项目” and “内容”, and fill in the unit name, report year and cut-off date, one per row.`,
  },
  INFO_FIELD_MISSING: {
    "zh-CN": (a) =>
      a.newRow
        ? `报告信息缺少${zq(a.field)}：请在${sheetCell(s(a.sheet), s(a.cell), "zh-CN")}新增一行，左边写${zq(a.field)}，右边填写内容。`
        : `报告信息中的${zq(a.field)}未填写：请在右边的单元格填写。`,
    "en-US": (a) =>
      a.newRow
        ? `The report information has no ${eq(a.field)} row: add one at ${sheetCell(s(a.sheet), s(a.cell), "en-US")} with ${eq(a.field)} on the left and its content on the right.`
        : `${eq(a.field)} in the report information is blank: fill in the cell to its right.`,
  },
  SIGN_DATE_MISSING: {
    "zh-CN": (a) =>
      `${zq(a.field)}${a.newRow ? "没有这一行" : "未填写"}，报告末尾将没有落款（发文机关署名和成文日期）：需要落款的，${a.newRow ? `新增一行${zq(a.field)}并` : ""}填写成文日期，如 ${s(a.year) || "2025"}年1月20日。`,
    "en-US": (a) =>
      `${eq(a.field)} is ${a.newRow ? "missing" : "blank"}, so the report will end without its signature block (the unit's name and the date): to sign it, ${a.newRow ? `add a ${eq(a.field)} row and ` : ""}enter the date of signing, such as “${s(a.year) || "2025"}年1月20日”.`,
  },
  SIGN_DATE_EARLY: {
    "zh-CN": (a) =>
      `${zq(a.field)}是${zhDate(a)}，早于统计截止日期${s(a.cy)}年${s(a.cm)}月${s(a.cd)}日，像是沿用了往年的日期：请改为本报告实际印发的日期。`,
    "en-US": (a) =>
      `${eq(a.field)} is ${enDate(a)}, before the statistics cut-off date ${s(a.cy)}-${s(a.cm)}-${s(a.cd)}, as if copied from an earlier report: enter the date this report is issued.`,
  },
  LEAD_MISSING: {
    "zh-CN": (a) =>
      `${zq(a.field)}${a.newRow ? "没有这一行" : "未填写"}，报告将从标题直接进入“一、”${a.addressed ? "，而报送主送机关的报告必须有开头段落" : ""}：请${a.newRow ? `新增一行${zq(a.field)}，` : ""}写一段开头，概括本年度工作，以“现将有关情况报告如下：”结尾。`,
    "en-US": (a) =>
      `${eq(a.field)} (the opening paragraph) is ${a.newRow ? "missing" : "blank"}, so the report goes from its title straight to “一、”${a.addressed ? ", and a report sent to an addressee must open with one" : ""}: ${a.newRow ? `add a ${eq(a.field)} row and ` : ""}write an opening paragraph summing up the year, ending “现将有关情况报告如下：”.`,
  },
  REPORT_TYPE_OTHER: {
    "zh-CN": (a) =>
      `这份工作簿的报告类型是${zq(a.typed)}，现在却按${zq(a.pack)}检查：如果选错了，请改选工作簿所写的报告类型；如果工作簿就是为${zq(a.pack)}填的，请把这一格改为${zq(a.expected)}。`,
    "en-US": (a) =>
      `This workbook says its report type is ${eq(a.typed)}, but it is being checked as ${eq(a.pack)}: if that was chosen by mistake, choose the workbook's report type; if the workbook is meant for ${eq(a.pack)}, change this cell to ${eq(a.expected)}.`,
  },
  INFO_FIELD_INVALID: {
    "zh-CN": (a) =>
      `${zq(a.field)}填写的${zq(a.value)}无法识别：请填写${a.kind === "year" ? "四位数的年份，如 2024" : a.kind === "yesNo" ? "“是”或“否”" : "日期，如 2024年12月31日"}。`,
    "en-US": (a) =>
      `${eq(a.field)} holds ${eq(a.value)}, which cannot be read: enter ${a.kind === "year" ? "a four-digit year such as 2024" : a.kind === "yesNo" ? "“是” (yes) or “否” (no)" : "a date such as “2024年12月31日”"}.`,
  },
  SIGN_DATE_LATE: {
    "zh-CN": (a) =>
      `${zq(a.field)}是${zhDate(a)}，晚于${a.government ? "人民政府" : "部门"}年度报告的公布期限${s(a.byY)}年${s(a.byM)}月${s(a.byD)}日：${a.government || !a.govField ? "" : `如果本报告是人民政府的报告，请在${zq(a.govField)}一行填“是”；`}请尽早印发，或核对成文日期。`,
    "en-US": (a) =>
      `${eq(a.field)} is ${enDate(a)}, after the day by which ${a.government ? "a government" : "a department"} publishes this report (${s(a.byY)}-${s(a.byM)}-${s(a.byD)}): ${a.government || !a.govField ? "" : `if this is a government's report, answer “是” on the ${eq(a.govField)} row; `}issue it as soon as possible, or check the date.`,
  },
  INFO_CUTOFF_STALE: {
    "zh-CN": (a) =>
      `统计截止日期${zhDate(a)}不在报告年度${s(a.year)}年内：请确认数字是本年度的，或改正日期。`,
    "en-US": (a) =>
      `The cut-off date ${enDate(a)} is not in the report year ${s(a.year)}: make sure the figures are this year's, or correct the date.`,
  },
  INFO_CUTOFF_NOT_YEAR_END: {
    "zh-CN": (a) =>
      `${zq(a.field)}是 ${zhDate(a)}，而本报告的统计期限是全年（1月1日至12月31日）：请改为 ${s(a.y)}年12月31日，并核对各项数字是否统计到年底。`,
    "en-US": (a) =>
      `${eq(a.field)} is ${enDate(a)}, but this report covers the calendar year (1 January to 31 December): change it to ${s(a.y)}-12-31 and check that every figure runs to the year's end.`,
  },

  SHEET_MISSING: {
    "zh-CN": (a) =>
      `缺少${zq(a.sheet)}表（${s(a.title)}）：请点“补齐标准工作表”添加，或新建一张同名的表。`,
    "en-US": (a) =>
      `The ${eq(a.sheet)} sheet (${eq(a.title)}) is missing: add it with “Add standard sheets”, or add a sheet of that name.`,
  },
  SHEET_HEADER_MISSING: {
    "zh-CN": (a) =>
      `${sheetName(s(a.sheet), "zh-CN")}前 ${s(a.rows)} 行里找不到表头：请在数据上方加一行表头，写上“编码、指标、数值、单位、上年同期、表述”。`,
    "en-US": (a) =>
      `No header row in the first ${s(a.rows)} rows of ${sheetName(s(a.sheet), "en-US")}: add one above the data, titled “编码”, “指标”, “数值”, “单位”, “上年同期”, “表述”.`,
  },
  SHEET_COLUMN_MISSING: {
    "zh-CN": (a) =>
      `${sheetName(s(a.sheet), "zh-CN")}的表头没有“${s(a.column)}”列：请在表头行加上这一列，并在其下填写。`,
    "en-US": (a) =>
      `The header of ${sheetName(s(a.sheet), "en-US")} has no ${eq(a.column)} column: add it to the header row and fill it in.`,
  },
  SHEET_COLUMN_DUPLICATE: {
    "zh-CN": (a) => `表头里有两列都叫“${s(a.column)}”，只读取了前一列：请删除或改名后一列。`,
    "en-US": (a) =>
      `Two header columns are titled ${eq(a.column)} and only the first is read: remove or rename the other.`,
  },
  SHEET_NOT_IN_REPORT: {
    "zh-CN": (a) => `${sheetName(s(a.sheet), "zh-CN")}不属于本报告，已忽略。`,
    "en-US": (a) =>
      `${sheetName(s(a.sheet), "en-US")} is not part of this report and was left aside.`,
  },
  SHEET_HIDDEN_USED: {
    "zh-CN": (a) =>
      `${sheetName(s(a.sheet), "zh-CN")}是隐藏的，因为没有可见的${zq(a.short)}表，报告用了它：如果不是这张，请取消隐藏正确的表，或把它改名为${zq(a.short)}。`,
    "en-US": (a) =>
      `${sheetName(s(a.sheet), "en-US")} is hidden, and was used because no visible sheet is called ${eq(a.short)}: if it is the wrong one, unhide the right sheet or rename it ${eq(a.short)}.`,
  },
  ROWS_HIDDEN: {
    "zh-CN": (a) =>
      `${sheetName(s(a.sheet), "zh-CN")}有 ${s(a.count)} 行被隐藏（从第 ${s(a.first)} 行起），其中的数字和表述不写进报告：需要写入的，请取消隐藏。`,
    "en-US": (a) =>
      `${s(a.count)} row(s) of ${sheetName(s(a.sheet), "en-US")} are hidden (from row ${s(a.first)}), so their figures and statements are left out: unhide any that belong in the report.`,
  },
  METRIC_ROW_MISSING: {
    "zh-CN": (a) =>
      `缺少指标${zq(a.name)}这一行：请在${sheetCell(s(a.sheet), s(a.cell), "zh-CN")}新增一行，编码写 ${s(a.code)}，并填写数值。`,
    "en-US": (a) =>
      `The metric ${eq(a.name)} has no row: add one at ${sheetCell(s(a.sheet), s(a.cell), "en-US")} with the code ${eq(a.code)} and its value.`,
  },
  METRIC_VALUE_MISSING: {
    "zh-CN": (a) =>
      `${zq(a.name)}未填写：请填写数值${a.unit ? `（单位：${s(a.unit)}）` : ""}；${Number(a.always) === 1 ? "没有的填 0" : "确实没有这项工作的，填“不适用”"}。`,
    "en-US": (a) =>
      `${eq(a.name)} is blank: enter its value${a.unit ? ` (unit: ${eq(a.unit)})` : ""}, ${Number(a.always) === 1 ? "0 for none" : "or “不适用” if it does not apply"}.`,
  },
  GOVERNMENT_ANSWER_DOUBTFUL: {
    "zh-CN": (a) =>
      `单位名称是${zq(a.unit)}，但${zq(a.field)}没有填“是”：人民政府的报告请填“是”（报告将写入工作考核、社会评议和责任追究结果，公布期限为3月31日）；如果本报告确是部门的报告，可以不改。`,
    "en-US": (a) =>
      `The unit is ${eq(a.unit)}, but ${eq(a.field)} is not “是”: for a government's report answer “是” (the report then states the results of assessment, public appraisal and accountability, and is due by 31 March); if this is a department's report, leave it.`,
  },
  METRIC_ALWAYS_STATED: {
    "zh-CN": (a) => `${zq(a.name)}每年都要在报告中写明，不能填“不适用”：没有的请填 0。`,
    "en-US": (a) =>
      `${eq(a.name)} is stated in the report every year and cannot be “不适用”: enter 0 for none.`,
  },
  METRIC_NOT_NUMBER: {
    "zh-CN": (a) =>
      `${zq(a.name)}填写的${zq(a.value)}不是数字：请只填数字，如 16742、40余、2000余万元。`,
    "en-US": (a) =>
      `${eq(a.name)} holds ${eq(a.value)}, which is not a figure: enter a number such as 16742, “40余” or “2000余万元”.`,
  },
  METRIC_NOT_WHOLE: {
    "zh-CN": (a) =>
      `${zq(a.name)}${a.side === "prior" ? "的上年同期" : ""}是 ${s(a.value)}，但${s(a.unit)}数应当是整数，报告里不能写成“${s(a.value)}${s(a.unit)}”：请填写整数。`,
    "en-US": (a) =>
      `${eq(a.name)}${a.side === "prior" ? " (last year)" : ""} is ${s(a.value)}, but it counts whole ${eq(a.unit)}: enter a whole number.`,
  },
  METRIC_UNUSED: {
    "zh-CN": (a) =>
      `${zq(a.name)}填了数，但没有哪句表述或模板用到它，这个数不会出现在报告里：要写进报告的，在这一部分的表述里写一句说到它的话，数字处照「使用说明」第三步写它的名称；不写的，清空这个数。`,
    "en-US": (a) =>
      `${eq(a.name)} is filled in, but no statement or template uses it, so it will not appear in the report: to report it, write a sentence about it in this part's statements, naming the figure as step 3 of the “使用说明” sheet shows; otherwise clear the figure.`,
  },
  CLAUSE_DROPPED: {
    "zh-CN": (a) => {
      const why =
        a.reason === "notApplicable"
          ? "填的是“不适用”"
          : a.reason === "zero"
            ? "是 0"
            : a.reason === "noPrior"
              ? "没有上年同期数"
              : "未填写";
      return `${zq(a.name)}${why}，${a.sentence ? "这一句" : `分句${zq(a.text)}`}不写入报告。`;
    },
    "en-US": (a) => {
      const why =
        a.reason === "notApplicable"
          ? "is marked “不适用”"
          : a.reason === "zero"
            ? "is 0"
            : a.reason === "noPrior"
              ? "has no figure for last year"
              : "is blank";
      return `${eq(a.name)} ${why}, so ${a.sentence ? "this sentence is" : `the clause ${eq(a.text)} is`} left out of the report.`;
    },
  },
  METRIC_PRIOR_UNUSED: {
    "zh-CN": (a) =>
      `${zq(a.name)}填了上年同期数，但没有哪句表述和上年比较，这个数不会出现在报告里：要写同比的，照「使用说明」第三步在用到它的句子里加上同比；不比较的，可以不填上年同期。`,
    "en-US": (a) =>
      `${eq(a.name)} has last year's figure, but no sentence compares with it, so it will not appear in the report: to state the change, add the comparison to a sentence that uses it as step 3 of the “使用说明” sheet shows; otherwise last year's figure may stay blank.`,
  },
  FIGURE_TYPED_MISMATCH: {
    "zh-CN": (a) =>
      `句中写的“${s(a.typed)}”与${zq(a.name)}（${sheetCell(s(a.sheet), s(a.cell), "zh-CN")}）的${s(a.value) || "数值"}不符：请核对，改成与表里一致的数（也可照「使用说明」第三步写它的名称，由报告按表填写）。`,
    "en-US": (a) =>
      `The sentence types “${s(a.typed)}”, but ${eq(a.name)} (${sheetCell(s(a.sheet), s(a.cell), "en-US")}) is ${s(a.value) || "another figure"}: check it and type the sheet's figure (or name the figure as step 3 of the “使用说明” sheet shows, and the report fills it in).`,
  },
  ZERO_STATED: {
    "zh-CN": (a) =>
      `${zq(a.name)}是 0，${cellsText(a.uses, "zh-CN")}${Number(a.useCount) > listItems(a.uses).length ? ` 等 ${s(a.useCount)} 句` : Number(a.useCount) > 1 ? " 这几句" : " 这句"}表述会写出“0${s(a.unit)}”：本年确实没有的，删去或改写这句，或把数值改填“不适用”，用到它的分句就不写入报告。`,
    "en-US": (a) =>
      `${eq(a.name)} is 0, and the statement(s) at ${cellsText(a.uses, "en-US")}${Number(a.useCount) > listItems(a.uses).length ? ` (${s(a.useCount)} in all)` : ""} will print “0${s(a.unit)}”: if there really were none this year, delete or reword the sentence, or write “不适用” as the figure and the clauses that use it are left out.`,
  },
  OTHER_UNIT_NAMED: {
    "zh-CN": (a) =>
      `这句表述提到${namesText(a.named, "zh-CN")}，而本单位是${zq(a.unit)}：像是从别的单位的报告里沿用的，请改写成本单位的情况。`,
    "en-US": (a) =>
      `This statement names ${namesText(a.named, "en-US")}, but the reporting unit is ${eq(a.unit)}: it looks copied from another unit's report; rewrite it for your own unit.`,
  },
  YEAR_STALE: {
    "zh-CN": (a) =>
      `这句表述写的是${yearsText(a.years, "zh-CN")}，而报告年度是 ${s(a.year)} 年：像是沿用了往年的表述，请核对年份。`,
    "en-US": (a) =>
      `This statement mentions ${yearsText(a.years, "en-US")}, but the report is for ${s(a.year)}: it looks carried over from an earlier year; check the year.`,
  },
  CARRIED_UNCHANGED: {
    "zh-CN": () =>
      "沿用上年表述，请核对：这句话与上年一字不差，请确认它仍符合本年度的情况，需要时改写。",
    "en-US": () =>
      "Carried over from last year word for word: make sure it still holds for this year, and rewrite it where it does not.",
  },
  UNIT_DOUBLED: {
    "zh-CN": (a) => {
      const typed = s(a.typed) || s(a.unit);
      return a.fix
        ? `${s(a.tag)}本身已带单位“${s(a.unit)}”，后面又写了“${typed}”，报告里会出现“${s(a.unit)}${typed}”：改为 ${s(a.fix)}${typed}，或删去后面的“${typed}”。`
        : `${s(a.tag)}本身已带单位“${s(a.unit)}”，后面又写了“${typed}”，报告里会出现“${s(a.unit)}${typed}”：请删去后面的“${typed}”。`;
    },
    "en-US": (a) => {
      const typed = s(a.typed) || s(a.unit);
      return a.fix
        ? `${eq(a.tag)} already prints its unit ${eq(a.unit)} and the text adds ${eq(typed)}, so the report would show ${eq(`${s(a.unit)}${typed}`)}: write ${eq(`${s(a.fix)}${typed}`)}, or delete ${eq(typed)} after the placeholder.`
        : `${eq(a.tag)} already prints its unit ${eq(a.unit)} and the text adds ${eq(typed)}, so the report would show ${eq(`${s(a.unit)}${typed}`)}: delete ${eq(typed)} after the placeholder.`;
    },
  },

  METRIC_NOT_DATE: {
    "zh-CN": (a) => `${zq(a.name)}填写的${zq(a.value)}不是日期：请按“2024年12月31日”的样子填写。`,
    "en-US": (a) =>
      `${eq(a.name)} holds ${eq(a.value)}, which is not a date: write it like “2024年12月31日”.`,
  },
  METRIC_CELL_ERROR: {
    "zh-CN": (a) =>
      `${zq(a.name)}的单元格显示错误 ${s(a.value)}：请改正这个单元格的公式，或直接填写数字。`,
    "en-US": (a) =>
      `${eq(a.name)} shows the error ${s(a.value)}: correct the cell's formula, or type the figure.`,
  },
  METRIC_FORMULA_UNCALCULATED: {
    "zh-CN": (a) =>
      `${zq(a.name)}是公式，但文件里没有算好的结果：请用 Excel 或 WPS 打开并保存一次，或直接填写数字。`,
    "en-US": (a) =>
      `${eq(a.name)} is a formula with no computed result in the file: open and save the file once in Excel or WPS, or type the figure.`,
  },
  METRIC_UNIT_MISMATCH: {
    "zh-CN": (a) =>
      `${zq(a.name)}的单位写成了“${s(a.typed)}”，而这项指标的单位是“${s(a.unit)}”，已按原数字使用：请换算成${s(a.unit)}后填写。`,
    "en-US": (a) =>
      `${eq(a.name)} is given in ${eq(a.typed)} but the metric is counted in ${eq(a.unit)}; the number was used as typed: convert it.`,
  },
  METRIC_OUT_OF_RANGE: {
    "zh-CN": (a) => {
      const [min, max, unit] = [s(a.min), s(a.max), s(a.unit)];
      const range =
        min === "0" && Number(a.value) < 0
          ? "不应是负数"
          : max === ""
            ? `低于通常的下限 ${min}${unit}`
            : min === ""
              ? `超过通常的上限 ${max}${unit}`
              : `超出通常的范围（${min}～${max}${unit}）`;
      return `${zq(a.name)}是 ${s(a.value)}${unit}，${range}：请核对是否填错。`;
    },
    "en-US": (a) => {
      const [min, max] = [s(a.min), s(a.max)];
      const range =
        min === "0" && Number(a.value) < 0
          ? "which cannot be negative"
          : max === ""
            ? `below its usual minimum of ${min}`
            : min === ""
              ? `above its usual maximum of ${max}`
              : `outside its usual range of ${min} to ${max}`;
      return `${eq(a.name)} is ${s(a.value)} (unit ${eq(a.unit)}), ${range}: check it.`;
    },
  },
  METRIC_DUPLICATE: {
    "zh-CN": (a) =>
      `编码 ${s(a.code)} 出现了两次（第一次在${sheetCell(s(a.sheet), s(a.cell), "zh-CN")}），这一行没有使用：请删除重复的一行。`,
    "en-US": (a) =>
      `The code ${eq(a.code)} appears twice (first at ${sheetCell(s(a.sheet), s(a.cell), "en-US")}) and this row is not used: remove the duplicate.`,
  },
  METRIC_UNKNOWN_CODE: {
    "zh-CN": (a) => `编码${zq(a.code)}不是本报告的指标，这一行的数字不会写进报告：请核对编码。`,
    "en-US": (a) =>
      `${eq(a.code)} is not a metric code of this report, so the row's figure will not be used: check the code.`,
  },
  METRIC_PRIOR_INVALID: {
    "zh-CN": (a) =>
      `${zq(a.name)}的上年同期填的是${zq(a.value)}，不是数字：请改为数字，否则无法计算同比。`,
    "en-US": (a) =>
      `The prior-year figure of ${eq(a.name)} is ${eq(a.value)}, which is not a number: correct it, or the change cannot be computed.`,
  },
  METRIC_FORMULA_MISMATCH: {
    "zh-CN": (a) =>
      `${zq(a.name)}${a.side === "prior" ? "的上年同期" : ""}填的是 ${s(a.typed)}${s(a.unit)}，按${zq(a.formula)}用${cellsText(a.operands, "zh-CN")}算出来是 ${s(a.computed)}${s(a.unit)}，两者不符：请核对这几个数；这一格也可以留空，由报告助手计算。`,
    "en-US": (a) =>
      `${eq(a.name)}${a.side === "prior" ? " (last year)" : ""} is ${eq(`${s(a.typed)}${s(a.unit)}`)}, but ${eq(a.formula)} over ${cellsText(a.operands, "en-US")} gives ${eq(`${s(a.computed)}${s(a.unit)}`)}: check these figures, or leave this cell blank to have it computed.`,
  },
  RULE_VIOLATED: {
    "zh-CN": (a) =>
      `${s(a.message)}：${s(a.left)}为 ${s(a.leftValue)}，${s(a.right)}为 ${s(a.rightValue)}。请核对这几处数字。`,
    "en-US": (a) =>
      `Rule ${eq(a.rule)} fails: ${eq(a.left)} is ${s(a.leftValue)}, ${eq(a.right)} is ${s(a.rightValue)}. Check these figures.`,
  },
  TABLE_OLD_LAYOUT: {
    "zh-CN": (a) =>
      `${sheetName(s(a.sheet), "zh-CN")}是${s(a.layout)}的${zq(a.table)}，与现行格式不同，读不出来：请改用现行格式——新建一个空白标准工作簿，对照其中的这张表，把数字填到现行格式的表中。`,
    "en-US": (a) =>
      `${sheetName(s(a.sheet), "en-US")} holds ${eq(a.table)} in an old layout (${eq(a.layout)}), which cannot be read: use the current layout — make a blank standard workbook and copy the figures into its form.`,
  },
  TABLE_LABEL_MISSING: {
    "zh-CN": (a) =>
      `${sheetName(s(a.sheet), "zh-CN")}里找不到${a.axis === "row" ? "行" : "列"}${zq(a.label)}，其中 ${s(a.count)} 格数字读不出来：请按国家规定的格式恢复这${a.axis === "row" ? "一行" : "一列"}的文字（可对照新建的空白标准工作簿）。`,
    "en-US": (a) =>
      `${sheetName(s(a.sheet), "en-US")} has no ${a.axis === "row" ? "line" : "column"} ${eq(a.label)}, so ${s(a.count)} figure(s) cannot be read: restore its label as the official form prints it (a blank standard workbook shows it).`,
  },
  TABLE_LABEL_TWICE: {
    "zh-CN": (a) =>
      `${zq(a.label)}这${a.axis === "row" ? "一行" : "一列"}在表里出现了不止一次，不知道读哪一处：请删去多余的${a.axis === "row" ? "行" : "列"}。`,
    "en-US": (a) =>
      `The ${a.axis === "row" ? "line" : "column"} ${eq(a.label)} appears more than once, so which one counts is unclear: delete the extra one.`,
  },
  TABLE_EMPTY: {
    "zh-CN": (a) =>
      `${zq(a.table)}（${sheetName(s(a.sheet), "zh-CN")}）${Number(a.carried) === 1 ? "除了从上年结转过来的数，" : ""}还一格都没有填：在白色格子中填写数字，没有的填 0${zeroHint(a, "zh-CN")}。`,
    "en-US": (a) =>
      `${eq(a.table)} (${sheetName(s(a.sheet), "en-US")}) is still empty${Number(a.carried) === 1 ? " but for the figures carried over from last year" : ""}: type a number in each white cell, 0 for none${zeroHint(a, "en-US")}.`,
  },
  TABLE_CELL_BLANK: {
    "zh-CN": (a) =>
      `${zq(a.name)}这一格没有填：表中每格都要填数字，没有的填 0${zeroHint(a, "zh-CN")}。`,
    "en-US": (a) =>
      `${eq(a.name)} is blank: every cell of the form holds a number, 0 for none${zeroHint(a, "en-US")}.`,
  },
  TABLE_CELL_INVALID: {
    "zh-CN": (a) =>
      a.unit
        ? `${zq(a.name)}填的是“${s(a.value)}”：这一格的单位是“${s(a.unit)}”，请填以${s(a.unit)}计的数字，没有的填 0。`
        : `${zq(a.name)}填的是“${s(a.value)}”：表中每格填准确的数字，没有的填 0（不要填“约”“余”、“/”“—”“无”或“不适用”）。`,
    "en-US": (a) =>
      a.unit
        ? `${eq(a.name)} holds “${s(a.value)}”: this cell counts in “${s(a.unit)}”; enter the figure in that unit, 0 for none.`
        : `${eq(a.name)} holds “${s(a.value)}”: each cell of the form holds an exact number, 0 for none (not “约”, “余”, “/”, “—”, “无” or “不适用”).`,
  },
  TABLE_RELATION: {
    "zh-CN": (a) => {
      const other = a.whenIs === "是" ? "否" : "是";
      const because = !a.whenKey
        ? ""
        : a.whenState === "noRow"
          ? `「报告信息」表中没有${zq(a.whenKey)}这一行（按“${s(a.whenIs)}”计），`
          : a.whenState === "blank"
            ? `${zq(a.whenKey)}没有填（按“${s(a.whenIs)}”计），`
            : `${zq(a.whenKey)}填的是“${s(a.whenIs)}”，`;
      const orAnswer = !a.whenKey
        ? ""
        : a.whenState === "noRow"
          ? `；如果本机关不是这样，请在「报告信息」表新增${zq(a.whenKey)}一行并填“${other}”`
          : a.whenState === "blank"
            ? `；如果${zq(a.whenKey)}应为“${other}”，请填上“${other}”`
            : `；如果${zq(a.whenKey)}填错了，请改为“${other}”`;
      if (isEmptyList(a.right))
        return `${because}${termsText(a.left, "zh-CN")} 应为 0，现在是 ${s(a.leftValue)}：请核对这几格${orAnswer}。`;
      return Number(a.totalZero) === 1
        ? `总计 ${termsText(a.right, "zh-CN")} ${Number(a.totalBlank) === 1 ? "空着（按 0 计）" : "填的是 0"}，而各项 ${termsText(a.left, "zh-CN")} 之和是 ${s(a.leftValue)}：总计应填各项之和，请核对这几格。`
        : `${because}${termsText(a.left, "zh-CN")} = ${s(a.leftValue)}，${OP_WORDS[s(a.op)]?.[0] ?? ""} ${termsText(a.right, "zh-CN")} = ${s(a.rightValue)}，相差 ${s(a.diff)}：请核对这几格${Number(a.warn) === 1 ? "；核对无误的可以不改" : ""}${orAnswer}。`;
    },
    "en-US": (a) => {
      const other = a.whenIs === "是" ? "否" : "是";
      const because = !a.whenKey
        ? ""
        : a.whenState === "noRow"
          ? `报告信息 has no ${eq(a.whenKey)} row (read as “${s(a.whenIs)}”), so `
          : a.whenState === "blank"
            ? `${eq(a.whenKey)} is blank (read as “${s(a.whenIs)}”), so `
            : `${eq(a.whenKey)} is “${s(a.whenIs)}”, so `;
      const orAnswer = !a.whenKey
        ? ""
        : a.whenState === "noRow"
          ? `; if that is not so, add a ${eq(a.whenKey)} row to 报告信息 and answer “${other}”`
          : `; if ${eq(a.whenKey)} should be “${other}”, answer that`;
      if (isEmptyList(a.right))
        return `${because}${termsText(a.left, "en-US")} should be 0; it is ${s(a.leftValue)}: check these cells${orAnswer}.`;
      return Number(a.totalZero) === 1
        ? `The total ${termsText(a.right, "en-US")} is ${Number(a.totalBlank) === 1 ? "blank (read as 0)" : "0"}, but its parts ${termsText(a.left, "en-US")} add up to ${s(a.leftValue)}: the total is their sum; check these cells.`
        : `${because}${termsText(a.left, "en-US")} = ${s(a.leftValue)} ${OP_WORDS[s(a.op)]?.[1] ?? ""} ${termsText(a.right, "en-US")} = ${s(a.rightValue)}, a difference of ${s(a.diff)}: check these cells${Number(a.warn) === 1 ? "; figures that are right may stay" : ""}${orAnswer}.`;
    },
  },
  NARRATIVE_TOO_FEW: {
    "zh-CN": (a) =>
      `${sheetName(s(a.sheet), "zh-CN")}至少要有 ${s(a.min)} 条表述，现在只有 ${s(a.count)} 条：请在“表述”列补写本部分的工作情况。`,
    "en-US": (a) =>
      `${sheetName(s(a.sheet), "en-US")} needs at least ${s(a.min)} statements and has ${s(a.count)}: write them in the “表述” column.`,
  },
  PLACEHOLDER_UNKNOWN: {
    "zh-CN": (a) =>
      `表述中的{${s(a.tag)}}找不到叫${zq(a.name)}的指标或项目：请改为指标的名称或编码。`,
    "en-US": (a) =>
      `{${s(a.tag)}} in the statement names nothing called ${eq(a.name)}: use a metric's name or code.`,
  },
  PLACEHOLDER_SYNTAX: {
    "zh-CN": (a) =>
      `表述中的${zq(a.tag)}写法有误：${syntaxReasonText(s(a.reason), plain(a), "zh-CN")}。`,
    "en-US": (a) =>
      `${eq(a.tag)} in the statement is malformed: ${syntaxReasonText(s(a.reason), plain(a), "en-US")}.`,
  },
  PLACEHOLDER_FILTER_MISUSE: {
    "zh-CN": (a) => `表述中的{${s(a.tag)}}用错了：${filterProblem(a, "zh-CN")}。`,
    "en-US": (a) => `{${s(a.tag)}} in the statement is misused: ${filterProblem(a, "en-US")}.`,
  },
  FIGURE_NEEDED: {
    "zh-CN": (a) => figureNeeded(a, "zh-CN"),
    "en-US": (a) => figureNeeded(a, "en-US"),
  },
  PROMPT_UNFILLED: {
    "zh-CN": (a) =>
      /^【请填写/.test(s(a.prompt))
        ? `这里还是提示语${zq(a.prompt)}：请按提示写成本单位的实际情况，并把【】连同其中的提示一起删去。`
        : /^【/.test(s(a.prompt))
          ? `这里有草稿留下的标记${zq(a.prompt)}：请补上实际内容，并删去这个标记。`
          : `这里还留着空白工作簿的提示${zq(a.prompt)}：请删去这段提示，按它的要求写成本单位的实际情况。`,
    "en-US": (a) =>
      /^【请填写/.test(s(a.prompt))
        ? `This still holds the prompt ${eq(a.prompt)}: write what it asks for, about your unit, and delete the 【】 together with the prompt.`
        : /^【/.test(s(a.prompt))
          ? `This holds a marker left from a draft, ${eq(a.prompt)}: write the actual words and delete the marker.`
          : `This still holds the blank workbook's prompt ${eq(a.prompt)}: delete it and write what it asks for, about your unit.`,
  },
  BRACKET_LEFT: {
    "zh-CN": (a) =>
      `这里还留有“【”或“】”（${zq(a.text)}）：正式报告不用方括号，请删去方括号（连同其中的提示语），写成完整的句子。`,
    "en-US": (a) =>
      `A “【” or “】” is left here (${eq(a.text)}): published reports use no such brackets; delete them, with any prompt inside, and write a complete sentence.`,
  },

  TEMPLATE_SYNTAX: {
    "zh-CN": (a) =>
      `模板${templatePartName(s(a.file), "zh-CN")}中的${zq(a.tag)}写法有误${near(a, "zh-CN")}：${syntaxReasonText(s(a.reason), plain(a), "zh-CN")}。`,
    "en-US": (a) =>
      `${eq(a.tag)} in the template's ${templatePartName(s(a.file), "en-US")}${near(a, "en-US")} is malformed: ${syntaxReasonText(s(a.reason), plain(a), "en-US")}.`,
  },
  TEMPLATE_UNKNOWN_NAME: {
    "zh-CN": (a) =>
      `模板${templatePartName(s(a.file), "zh-CN")}中的{${s(a.tag)}}找不到叫${zq(a.name)}的指标或项目${near(a, "zh-CN")}：请改为指标的名称或编码。`,
    "en-US": (a) =>
      `{${s(a.tag)}} in the template's ${templatePartName(s(a.file), "en-US")}${near(a, "en-US")} names nothing called ${eq(a.name)}: use a metric's name or code.`,
  },
  TEMPLATE_FILTER_MISUSE: {
    "zh-CN": (a) =>
      `模板${templatePartName(s(a.file), "zh-CN")}中的{${s(a.tag)}}用错了${near(a, "zh-CN")}：${filterProblem(a, "zh-CN")}。`,
    "en-US": (a) =>
      `{${s(a.tag)}} in the template's ${templatePartName(s(a.file), "en-US")}${near(a, "en-US")} is misused: ${filterProblem(a, "en-US")}.`,
  },
};
