import type { FailureArgs, FailureCode } from "../errors/userError";
import type { Locale } from "./locale";
import { qp } from "./quote";

type Words = Readonly<Record<Locale, (a: FailureArgs) => string>>;

const s = (v: FailureArgs[string] | undefined) =>
  v === undefined ? "" : Array.isArray(v) ? v.join("、") : String(v);

/** What a file is called in a sentence: 工作簿 / 模板 / 报告类型定义 / 报告. */
const ROLE: Readonly<Record<string, readonly [string, string]>> = {
  workbook: ["工作簿", "workbook"],
  template: ["模板", "template"],
  pack: ["报告类型定义", "report pack"],
  report: ["报告", "report"],
};
const zr = (a: FailureArgs) => ROLE[s(a.role)]?.[0] ?? "文件";
const er = (a: FailureArgs) => ROLE[s(a.role)]?.[1] ?? "file";
/** "the workbook “x.xlsx”" — the file named when there is one. */
const zf = (a: FailureArgs) => `${zr(a)}${a.path ? qp(s(a.path), "zh-CN") : ""}`;
const ef = (a: FailureArgs) => `the ${er(a)}${a.path ? ` ${qp(s(a.path), "en-US")}` : ""}`;
/** How to get a readable copy: Excel/WPS for workbooks, Word/WPS for templates. */
const zSaveAs = (a: FailureArgs) =>
  a.role === "template"
    ? "请用 Word 或 WPS 打开后另存为 .docx 再试"
    : "请用 Excel 或 WPS 打开后另存为 .xlsx 再试";
const eSaveAs = (a: FailureArgs) =>
  a.role === "template"
    ? "open it in Word or WPS, save it as .docx and try again"
    : "open it in Excel or WPS, save it as .xlsx and try again";

/** What each option's value looks like, in each language. */
const VALUE_EXAMPLES: Readonly<Record<string, readonly [string, string]>> = {
  "-o": ["报告.docx", "report.docx"],
  "--output": ["报告.docx", "report.docx"],
  "--pack": ["gov-annual", "gov-annual"],
  "--template": ["模板.docx", "template.docx"],
};

const listOf = (v: FailureArgs[string] | undefined): readonly string[] =>
  typeof v === "string" ? [v] : typeof v === "number" || v === undefined ? [] : v;

/** Sheets named in a sentence: 「审判执行」表、「党的领导」表; the sheet “审判执行”, … */
function sheetList(v: FailureArgs[string] | undefined, locale: "zh-CN" | "en-US"): string {
  const names = listOf(v);
  if (locale === "zh-CN") return names.map((n) => `「${n}」表`).join("、");
  const quoted = names.map((n) => qp(n, locale)).join(", ");
  return names.length === 1 ? `The sheet ${quoted}` : `The sheets ${quoted}`;
}

export const FAILURE_TEXT: Readonly<Record<FailureCode, Words>> = {
  FILE_NOT_FOUND: {
    "zh-CN": (a) => `找不到${zf(a)}：请检查文件名和所在文件夹。`,
    "en-US": (a) => `Cannot find ${ef(a)}: check the file name and folder.`,
  },
  FILE_IS_FOLDER: {
    "zh-CN": (a) => `${qp(s(a.path), "zh-CN")}是文件夹，不是${zr(a)}：请写出文件本身的名称。`,
    "en-US": (a) => `${qp(s(a.path), "en-US")} is a folder, not a ${er(a)}: name the file itself.`,
  },
  FILE_NO_PERMISSION: {
    "zh-CN": (a) => `没有权限读取${zf(a)}：请检查文件权限，或复制到自己的文件夹后再试。`,
    "en-US": (a) =>
      `No permission to read ${ef(a)}: check its permissions, or copy it to your own folder.`,
  },
  FILE_EMPTY: {
    "zh-CN": (a) => `${zf(a)}是空文件（0 字节）：请选择已保存内容的文件。`,
    "en-US": (a) => `${ef(a)} is empty (0 bytes): choose a saved file.`,
  },
  FILE_TOO_LARGE: {
    "zh-CN": (a) => `${zf(a)}过大，超出可处理的范围：请删除无关的工作表或图片后再试。`,
    "en-US": (a) =>
      `${ef(a)} is too large to process: remove unrelated sheets or pictures and try again.`,
  },
  FILE_ENCRYPTED: {
    "zh-CN": (a) => `${zf(a)}设置了打开密码：请取消密码后另存一份再试。`,
    "en-US": (a) =>
      `${ef(a)} is password-protected: remove the password, save a copy and try again.`,
  },
  FILE_LEGACY_FORMAT: {
    "zh-CN": (a) => `${zf(a)}是${s(a.format)}格式，这里无法直接读取：${zSaveAs(a)}。`,
    "en-US": (a) =>
      `${ef(a)} is in ${s(a.format)} format, which cannot be read here: ${eSaveAs(a)}.`,
  },
  FILE_NOT_ZIP: {
    "zh-CN": (a) =>
      a.role === "template"
        ? `${zf(a)}不是 Word 文档（.docx）：请选择用 Word 或 WPS 保存的 .docx 文件。`
        : `${zf(a)}不是 Excel 工作簿：请选择 .xlsx、.xls 或 .ods 文件；WPS 的 .et 文件请先另存为 .xlsx。`,
    "en-US": (a) =>
      a.role === "template"
        ? `${ef(a)} is not a Word document (.docx): choose a .docx saved by Word or WPS.`
        : `${ef(a)} is not a spreadsheet: choose an .xlsx, .xls or .ods file; save WPS .et files as .xlsx first.`,
  },
  FILE_TRUNCATED: {
    "zh-CN": (a) => `${zf(a)}不完整，可能是下载或复制时中断了：请重新保存或复制一份再试。`,
    "en-US": (a) =>
      `${ef(a)} is incomplete (an interrupted download or copy?): save or copy it again and retry.`,
  },
  FILE_WRONG_KIND: {
    "zh-CN": (a) =>
      a.found === "document"
        ? `${a.path ? qp(s(a.path), "zh-CN") : "所选文件"}是 Word 文档，不是工作簿：请选择 Excel 工作簿（.xlsx、.xls 或 .ods）。`
        : a.found === "workbook"
          ? `${zf(a)}是 Excel 工作簿，不是 Word 模板：请选择 .docx 文件。`
          : `${zf(a)}的类型不对：请选择${a.role === "template" ? " .docx 文件" : " .xlsx 文件"}。`,
    "en-US": (a) =>
      a.found === "document"
        ? `${a.path ? qp(s(a.path), "en-US") : "The file"} is a Word document, not a workbook: choose an Excel workbook (.xlsx, .xls or .ods).`
        : a.found === "workbook"
          ? `${ef(a)} is an Excel workbook, not a Word template: choose a .docx file.`
          : `${ef(a)} is of the wrong kind: choose ${a.role === "template" ? "a .docx" : "an .xlsx"} file.`,
  },
  FILE_MISSING_PART: {
    "zh-CN": (a) => `${zf(a)}缺少必要的内容，无法读取：${zSaveAs(a)}。`,
    "en-US": (a) => `${ef(a)} lacks a part it needs and cannot be read: ${eSaveAs(a)}.`,
  },
  FILE_BOMB: {
    "zh-CN": (a) =>
      `${zf(a)}解压后异常巨大，为保护电脑已拒绝读取：请确认文件来源，或让发送人重新保存一份。`,
    "en-US": (a) =>
      `${ef(a)} would unpack to an abnormal size and was refused to protect the computer: check where it came from.`,
  },
  FILE_DTD: {
    "zh-CN": (a) => `${zf(a)}含有不允许的 XML 文档类型声明，已拒绝读取：${zSaveAs(a)}。`,
    "en-US": (a) =>
      `${ef(a)} contains an XML document type declaration, which is not allowed: ${eSaveAs(a)}.`,
  },
  FILE_CORRUPT: {
    "zh-CN": (a) => `${zf(a)}已损坏，无法读取：${zSaveAs(a)}。`,
    "en-US": (a) => `${ef(a)} is damaged and cannot be read: ${eSaveAs(a)}.`,
  },
  FILE_TOO_MANY_CELLS: {
    "zh-CN": (a) => `${zf(a)}的单元格太多，超出可处理的范围：请删除无关的工作表或大片空行后再试。`,
    "en-US": (a) =>
      `${ef(a)} has too many cells to process: remove unrelated sheets or blank rows and try again.`,
  },
  FILE_NO_SHEETS: {
    "zh-CN": (a) => `${zf(a)}里没有任何工作表：请选择填写好的工作簿。`,
    "en-US": (a) => `${ef(a)} has no sheets: choose a filled-in workbook.`,
  },
  NEXT_YEAR_NO_YEAR: {
    "zh-CN": (a) =>
      `工作簿的报告年度未填写或无法识别，不知道下一年度是哪一年：请先在「${s(a.sheet)}」表填写报告年度（如 2024），再新建下一年度工作簿。`,
    "en-US": (a) =>
      `The workbook's report year (“报告年度”) is blank or unreadable, so the next year is unknown: fill it in on the ${qp(s(a.sheet), "en-US")} sheet (e.g. 2024) and try again.`,
  },
  NEXT_YEAR_SAME_FILE: {
    "zh-CN": (a) =>
      `下一年度工作簿不能写回原文件${qp(s(a.path), "zh-CN")}（本年度的数据会丢失）：请用 -o 另起一个文件名，如 ${s(a.suggestion)}。`,
    "en-US": (a) =>
      `Next year's workbook cannot replace ${qp(s(a.path), "en-US")} itself (this year's figures would be lost): choose another name with -o, such as ${qp(s(a.suggestion), "en-US")}.`,
  },
  NEXT_YEAR_CANNOT_EDIT: {
    "zh-CN": (a) =>
      `「${s(a.sheet)}」表 ${s(a.cell)} 在${a.construct === "dataTable" ? "模拟运算表" : "数组公式"}（${s(a.range)}）之中，无法单独改动，下一年度工作簿没有生成：请在 Excel 或 WPS 里把这个区域改为普通数值或普通公式，保存后再试。`,
    "en-US": (a) =>
      `${qp(s(a.cell), "en-US")} on the ${qp(s(a.sheet), "en-US")} sheet lies inside ${a.construct === "dataTable" ? "a data table" : "an array formula"} (${qp(s(a.range), "en-US")}) and cannot be changed on its own, so next year's workbook was not written: in Excel or WPS, turn that range into plain values or plain formulas, save, and try again.`,
  },
  OUTPUT_EXISTS: {
    "zh-CN": (a) =>
      `${qp(s(a.path), "zh-CN")}已经存在，没有覆盖：请换一个文件名；确需覆盖的，加上 --force。`,
    "en-US": (a) =>
      `${qp(s(a.path), "en-US")} already exists and was left as it is: choose another name, or add --force to replace it.`,
  },
  OUTPUT_EDITED: {
    "zh-CN": (a) =>
      `${qp(s(a.path), "zh-CN")}在生成后被修改过（或不是本工具生成的），为免丢失改动，没有覆盖：请另存为新文件名，如 -o ${s(a.suggestion)}；确需覆盖的，加上 --force。`,
    "en-US": (a) =>
      `${qp(s(a.path), "en-US")} was changed after it was generated (or was not generated here), so it was kept: write to a new name such as ${qp(s(a.suggestion), "en-US")} with -o, or add --force to replace it.`,
  },
  OUTPUT_IS_FOLDER: {
    "zh-CN": (a) =>
      `${qp(s(a.path), "zh-CN")}是文件夹：请在 -o 后写出${zr(a)}的文件名，如 ${s(a.suggestion)}。`,
    "en-US": (a) =>
      `${qp(s(a.path), "en-US")} is a folder: give the ${er(a)}'s file name after -o, such as ${qp(s(a.suggestion), "en-US")}.`,
  },
  OUTPUT_FOLDER_MISSING: {
    "zh-CN": (a) =>
      `要写入${zr(a)}的文件夹${qp(s(a.folder), "zh-CN")}不存在：请先建好文件夹，或换一个位置。`,
    "en-US": (a) =>
      `The folder ${qp(s(a.folder), "en-US")} for the ${er(a)} does not exist: create it first or choose another place.`,
  },
  OUTPUT_NOT_WRITABLE: {
    "zh-CN": (a) =>
      `无法写入${zr(a)}${qp(s(a.path), "zh-CN")}：文件夹是只读的或文件正被打开。请关闭该文件，或换一个文件夹。`,
    "en-US": (a) =>
      `Cannot write the ${er(a)} ${qp(s(a.path), "en-US")}: the folder is read-only or the file is open elsewhere. Close it or choose another folder.`,
  },
  OUTPUT_DISK_FULL: {
    "zh-CN": (a) => `磁盘空间不足，${zr(a)}${qp(s(a.path), "zh-CN")}没有写出：请清理磁盘后再试。`,
    "en-US": (a) =>
      `The disk is full, so the ${er(a)} ${qp(s(a.path), "en-US")} was not written: free some space and try again.`,
  },
  OUTPUT_EXTENSION: {
    "zh-CN": (a) =>
      `${zr(a)}的文件名应以 ${s(a.extension)} 结尾：请把 ${qp(s(a.path), "zh-CN")}改为如 ${s(a.suggestion)}。`,
    "en-US": (a) =>
      `The ${er(a)}'s file name must end in ${s(a.extension)}: use a name such as ${qp(s(a.suggestion), "en-US")}.`,
  },
  PACK_NOT_FOUND: {
    "zh-CN": (a) =>
      `没有叫${qp(s(a.name), "zh-CN")}的报告类型，也没有这个文件夹：内置的报告类型有 ${s(a.known)}。`,
    "en-US": (a) =>
      `There is no report pack or folder called ${qp(s(a.name), "en-US")}: the built-in packs are ${s(a.known)}.`,
  },
  PACK_NOT_JSON: {
    "zh-CN": (a) =>
      `报告类型定义${qp(s(a.path), "zh-CN")}不是有效的 JSON（${qp(s(a.detail), "zh-CN")}）：请用文本编辑器改正后再试。`,
    "en-US": (a) =>
      `The report pack ${qp(s(a.path), "en-US")} is not valid JSON (${qp(s(a.detail), "en-US")}): correct it in a text editor.`,
  },
  PACK_INVALID: {
    "zh-CN": (a) =>
      `报告类型定义${qp(s(a.path), "zh-CN")}有 ${s(a.count)} 处错误：${s(a.problems)}。`,
    "en-US": (a) =>
      `The report pack ${qp(s(a.path), "en-US")} has ${s(a.count)} fault(s): ${s(a.problems)}.`,
  },
  PACK_TEMPLATE_MISSING: {
    "zh-CN": (a) =>
      `报告类型${qp(s(a.pack), "zh-CN")}指定的模板${qp(s(a.path), "zh-CN")}不存在：请把模板放进该文件夹，或从 pack.json 中删去 "template"。`,
    "en-US": (a) =>
      `The template ${qp(s(a.path), "en-US")} named by the pack ${qp(s(a.pack), "en-US")} does not exist: put it in the pack's folder, or remove "template" from pack.json.`,
  },
  USAGE_UNKNOWN_COMMAND: {
    "zh-CN": (a) => `没有${qp(s(a.command), "zh-CN")}这个命令：可用的命令有 ${s(a.known)}。`,
    "en-US": (a) =>
      `There is no command ${qp(s(a.command), "en-US")}: the commands are ${s(a.known)}.`,
  },
  USAGE_UNKNOWN_OPTION: {
    "zh-CN": (a) =>
      `${s(a.command)} 命令没有 ${s(a.option)} 选项：可用的选项有 ${s(a.known) || "（无）"}。`,
    "en-US": (a) =>
      `${s(a.command)} takes no ${s(a.option)} option (options: ${s(a.known) || "none"}).`,
  },
  USAGE_NEEDS_VALUE: {
    "zh-CN": (a) =>
      `${s(a.option)} 后面要写上内容，如 ${s(a.option)} ${VALUE_EXAMPLES[s(a.option)]?.[0] ?? "…"}。`,
    "en-US": (a) =>
      `${s(a.option)} needs a value, as in ${s(a.option)} ${VALUE_EXAMPLES[s(a.option)]?.[1] ?? "…"}.`,
  },
  USAGE_NEEDS_FILE: {
    "zh-CN": (a) =>
      `${s(a.command)} 命令要写上一个工作簿文件，如 report-assembler ${s(a.command)} 工作簿.xlsx。`,
    "en-US": (a) =>
      `${s(a.command)} needs one workbook file, as in report-assembler ${s(a.command)} workbook.xlsx.`,
  },
  USAGE_NO_FILE: {
    "zh-CN": (a) =>
      `${s(a.command)} 命令不需要文件参数${a.extra ? `（多出了 ${qp(s(a.extra), "zh-CN")}）` : ""}：输出文件请用 -o 指定。`,
    "en-US": (a) =>
      `${s(a.command)} takes no file argument${a.extra ? ` (got ${qp(s(a.extra), "en-US")})` : ""}: name the output with -o.`,
  },
  TIME_LIMIT: {
    "zh-CN": (a) => `处理超过 ${s(a.seconds)} 秒仍未完成，已停止：请检查工作簿是否过大或损坏。`,
    "en-US": (a) =>
      `Stopped after ${s(a.seconds)} seconds without finishing: check whether the workbook is too large or damaged.`,
  },
  PDF_NO_LIBREOFFICE: {
    "zh-CN": () =>
      "生成 PDF 需要 LibreOffice，本机没有找到，没有写出任何文件：请安装 LibreOffice（Linux 上为 libreoffice-writer 软件包）后再试，或去掉 --pdf 只生成 Word 报告。",
    "en-US": () =>
      "Making the PDF needs LibreOffice, which was not found, so nothing was written: install LibreOffice (the libreoffice-writer package on Linux) and try again, or leave out --pdf for the Word report alone.",
  },
  PDF_FAILED: {
    "zh-CN": (a) =>
      `LibreOffice 未能把报告转换为 PDF（${qp(s(a.detail), "zh-CN")}）：Word 报告已照常生成，可在 Word 或 WPS 中另存为 PDF。`,
    "en-US": (a) =>
      `LibreOffice could not convert the report to PDF (${qp(s(a.detail), "en-US")}): the Word report was written; save it as PDF from Word or WPS.`,
  },
  WORD_REPORT_TOO_LARGE: {
    "zh-CN": (a) =>
      `报告有 ${s(a.megabytes)} MB，超过 Word 一次能插入的 4 MB：请改用“下载 Word 文档”。`,
    "en-US": (a) =>
      `The report is ${s(a.megabytes)} MB, more than the 4 MB Word can insert at once: use “Download Word document” instead.`,
  },
  OFFICE_BUSY: {
    "zh-CN": () => "Excel 正在编辑单元格，暂时无法读取：请先按 Enter 或 Esc 结束编辑，再点一次。",
    "en-US": () =>
      "Excel is editing a cell and cannot be read now: press Enter or Esc to finish, then click again.",
  },
  SHEET_PASSWORD_PROTECTED: {
    "zh-CN": (a) =>
      `${sheetList(a.sheets, "zh-CN")}设置了密码保护，报告助手不能在其中写入：请在 Excel 中点“审阅 → 撤销工作表保护”，输入密码后再试（写完后可以重新保护）。`,
    "en-US": (a) =>
      `${sheetList(a.sheets, "en-US")} ${listOf(a.sheets).length === 1 ? "is" : "are"} protected with a password, so nothing can be written there: in Excel, choose Review → Unprotect Sheet, enter the password and try again (you can protect it again afterwards).`,
  },
  OFFICE_FAILED: {
    "zh-CN": (a) =>
      `Office 没有完成这一步（${qp(s(a.detail), "zh-CN")}）：请保存文档后重试；如仍不行，关闭并重新打开本窗格。`,
    "en-US": (a) =>
      `Office could not finish this step (${qp(s(a.detail), "en-US")}): save the document and try again; if it persists, close and reopen the pane.`,
  },
};
