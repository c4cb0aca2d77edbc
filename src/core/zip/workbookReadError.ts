import type { ZipRefusal } from "./inspectZip";

export type ReadFailure = ZipRefusal | "too-many-cells" | "no-sheets";

const MESSAGES: Readonly<Record<ReadFailure, readonly [string, string]>> = {
  empty: [
    "文件是空的（0 字节）：请选择填写好的 .xlsx 工作簿。",
    "The file is empty: choose a filled-in .xlsx workbook.",
  ],
  "too-large": [
    "文件过大：请删除无关的工作表或另存为较小的文件后再试。",
    "The file is too large: remove unrelated sheets and try again.",
  ],
  "encrypted-or-xls": [
    "文件已加密或是旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx 后再试。",
    "The file is password-protected or an old .xls: remove the password and save it as .xlsx.",
  ],
  "not-a-zip": [
    "这不是 Excel 工作簿（.xlsx）：请选择用 Excel、WPS 或 LibreOffice 保存的 .xlsx 文件。",
    "This is not an Excel workbook (.xlsx): choose an .xlsx saved by Excel, WPS or LibreOffice.",
  ],
  truncated: [
    "文件不完整（可能下载或复制时中断）：请重新保存一份后再试。",
    "The file is incomplete (an interrupted copy?): save it again and retry.",
  ],
  "word-document": [
    "这是 Word 文档，不是 Excel 工作簿：请选择 .xlsx 文件。",
    "This is a Word document, not an Excel workbook: choose an .xlsx file.",
  ],
  "not-a-workbook": [
    "压缩包里没有工作簿内容，不是 Excel 工作簿：请选择 .xlsx 文件。",
    "The archive holds no workbook: choose an .xlsx file.",
  ],
  "excel-workbook": [
    "这是 Excel 工作簿，不是 Word 模板：请选择 .docx 文件。",
    "This is an Excel workbook, not a Word template: choose a .docx file.",
  ],
  "not-a-document": [
    "压缩包里没有 Word 文档内容：请选择用 Word 保存的 .docx 文件。",
    "The archive holds no Word document: choose a .docx saved by Word.",
  ],
  bomb: [
    "文件解压后异常巨大，为保护电脑已拒绝读取：请检查文件来源。",
    "The file would inflate to an abnormal size and was refused: check where it came from.",
  ],
  dtd: [
    "文件含有不允许的 XML 文档类型声明，已拒绝读取：请在 Excel 中另存一份后再试。",
    "The file contains an XML document type declaration, which is not allowed: save a fresh copy from Excel.",
  ],
  corrupt: [
    "文件已损坏，无法读取：请在 Excel 中打开并另存后再试。",
    "The file is damaged: open it in Excel, save it again and retry.",
  ],
  "too-many-cells": [
    "工作簿的单元格过多，超出可处理的范围：请删除无关的工作表或空白行后再试。",
    "The workbook has too many cells: remove unrelated sheets or blank rows and retry.",
  ],
  "no-sheets": [
    "工作簿中没有任何工作表：请选择填写好的工作簿。",
    "The workbook has no sheets: choose a filled-in workbook.",
  ],
};

/** Template refusals say "模板" where the workbook's say "文件". */
const TEMPLATE_PREFIX: readonly [string, string] = [
  "模板文件无法使用：",
  "The template cannot be used: ",
];

/** A workbook that cannot be read at all; its message is one sentence for the user. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail?: string,
  ) {
    super(MESSAGES[reason][0]);
    this.name = "WorkbookReadError";
  }

  get messageEn(): string {
    return MESSAGES[this.reason][1];
  }
}

/** A template file that cannot be opened safely (the same checks as workbooks, for a .docx). */
export class TemplateReadError extends Error {
  constructor(readonly reason: ReadFailure) {
    super(`${TEMPLATE_PREFIX[0]}${MESSAGES[reason][0]}`);
    this.name = "TemplateReadError";
  }

  get messageEn(): string {
    return `${TEMPLATE_PREFIX[1]}${MESSAGES[this.reason][1]}`;
  }
}
