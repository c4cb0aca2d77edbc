import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { UserError, type FileRole } from "../../core/errors/userError";

// cast: Node's fs errors are ErrnoExceptions; only .code is read, optionally
const errnoOf = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

/** A file the user named, read whole; what goes wrong is said in the user's words. */
export function readUserFile(path: string, role: FileRole): Uint8Array {
  if (!existsSync(path)) throw new UserError("FILE_NOT_FOUND", { role, path });
  if (statSync(path).isDirectory()) throw new UserError("FILE_IS_FOLDER", { role, path });
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = errnoOf(e);
    if (code === "EACCES" || code === "EPERM")
      throw new UserError("FILE_NO_PERMISSION", { role, path });
    throw e;
  }
}

/** A file name beside `path` with `extension`: what a message suggests instead. */
export function suggestName(path: string, extension: string, suffix = ""): string {
  const stem = basename(path, extname(path)) || "报告";
  return join(dirname(path), `${stem}${suffix}${extension}`);
}

/**
 * Checks, before any work, that an output can go where the user asked: the right extension, not
 * a folder, a folder that exists.
 */
export function checkOutputPath(path: string, role: FileRole, extension: string): void {
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UserError("OUTPUT_IS_FOLDER", {
      role,
      path,
      suggestion: join(path, `${role === "report" ? "报告" : "工作簿"}${extension}`),
    });
  if (extname(path).toLowerCase() !== extension)
    throw new UserError("OUTPUT_EXTENSION", {
      role,
      path,
      extension,
      suggestion: suggestName(path, extension),
    });
  const folder = dirname(path) || ".";
  if (!existsSync(folder)) throw new UserError("OUTPUT_FOLDER_MISSING", { role, folder });
}

/**
 * Writes next to the target, then renames: a reader never sees half a file, and a failure leaves
 * whatever was there before untouched. Failures name the file the user asked for, not the
 * temporary one.
 */
export function writeFileWhole(path: string, bytes: Uint8Array, role: FileRole): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = errnoOf(e);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "EBUSY")
      throw new UserError("OUTPUT_NOT_WRITABLE", { role, path });
    if (code === "ENOSPC" || code === "EDQUOT")
      throw new UserError("OUTPUT_DISK_FULL", { role, path });
    if (code === "EISDIR")
      throw new UserError("OUTPUT_IS_FOLDER", {
        role,
        path,
        suggestion: join(path, basename(path)),
      });
    throw e;
  }
}
