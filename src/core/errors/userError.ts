/**
 * Failures whose cause is the user's input or surroundings (a damaged file, a wrong option, a
 * report that must not be replaced), as data: a code and the values the message needs. The words
 * live in messages/failureText.ts. Anything thrown that is not a UserError is a bug of ours.
 */
export type FailureCode =
  // a file the user gave (workbook, template, pack, existing report)
  | "FILE_NOT_FOUND"
  | "FILE_IS_FOLDER"
  | "FILE_NO_PERMISSION"
  | "FILE_EMPTY"
  | "FILE_TOO_LARGE"
  | "FILE_ENCRYPTED"
  | "FILE_LEGACY_FORMAT"
  | "FILE_NOT_ZIP"
  | "FILE_TRUNCATED"
  | "FILE_WRONG_KIND"
  | "FILE_MISSING_PART"
  | "FILE_BOMB"
  | "FILE_DTD"
  | "FILE_CORRUPT"
  | "FILE_TOO_MANY_CELLS"
  | "FILE_NO_SHEETS"
  // where output goes
  | "OUTPUT_EXISTS"
  | "OUTPUT_EDITED"
  | "OUTPUT_IS_FOLDER"
  | "OUTPUT_FOLDER_MISSING"
  | "OUTPUT_NOT_WRITABLE"
  | "OUTPUT_DISK_FULL"
  | "OUTPUT_EXTENSION"
  // report packs
  | "PACK_NOT_FOUND"
  | "PACK_NOT_JSON"
  | "PACK_INVALID"
  | "PACK_TEMPLATE_MISSING"
  // the command line
  | "USAGE_UNKNOWN_COMMAND"
  | "USAGE_UNKNOWN_OPTION"
  | "USAGE_NEEDS_VALUE"
  | "USAGE_NEEDS_FILE"
  | "USAGE_NO_FILE"
  | "TIME_LIMIT"
  | "PDF_NO_LIBREOFFICE"
  | "PDF_FAILED"
  // next year's workbook
  | "NEXT_YEAR_NO_YEAR"
  | "NEXT_YEAR_SAME_FILE"
  | "NEXT_YEAR_CANNOT_EDIT"
  // Office hosts
  | "WORD_REPORT_TOO_LARGE"
  | "OFFICE_BUSY"
  | "OFFICE_FAILED"
  | "SHEET_PASSWORD_PROTECTED";

/** What a file is to the user: the words say 工作簿, 模板 or 报告类型 accordingly. */
export type FileRole = "workbook" | "template" | "pack" | "report";

export type FailureArgs = Readonly<Record<string, string | number | readonly string[]>>;

export class UserError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly args: FailureArgs = {},
  ) {
    super(code);
    this.name = "UserError";
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
