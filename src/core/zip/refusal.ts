import { UserError, type FileRole } from "../errors/userError";
import type { ZipRefusal } from "./zipDirectory";

/** Why the guard refused a package → the failure the user reads, for a workbook or a template. */
export function failureForRefusal(reason: ZipRefusal, role: FileRole, path?: string): UserError {
  const where: Record<string, string> = path ? { role, path } : { role };
  switch (reason) {
    case "empty":
      return new UserError("FILE_EMPTY", where);
    case "too-large":
      return new UserError("FILE_TOO_LARGE", where);
    case "encrypted-or-xls":
      return new UserError("FILE_ENCRYPTED", where);
    case "not-a-zip":
      return new UserError("FILE_NOT_ZIP", where);
    case "truncated":
      return new UserError("FILE_TRUNCATED", where);
    case "word-document":
      return new UserError("FILE_WRONG_KIND", { ...where, found: "document" });
    case "excel-workbook":
      return new UserError("FILE_WRONG_KIND", { ...where, found: "workbook" });
    case "not-a-workbook":
    case "not-a-document":
      return new UserError("FILE_WRONG_KIND", { ...where, found: "other" });
    case "bomb":
      return new UserError("FILE_BOMB", where);
    case "dtd":
      return new UserError("FILE_DTD", where);
    case "corrupt":
      return new UserError("FILE_CORRUPT", where);
  }
}
