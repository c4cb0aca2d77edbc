import { UserError } from "../../core/errors/userError";
import type { GridSource } from "../../core/grid/gridSource";
import { openPackage } from "../../core/zip/openPackage";
import type { InflateRaw } from "../../core/zip/zipDirectory";
import { odsSource } from "../ods-file/odsSource";
import { xlsxSource } from "../xlsx-file/xlsxSource";

const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** What an office program saved a spreadsheet as, told from its content. */
export type SpreadsheetKind = "xlsx" | "xls" | "ods";

/**
 * A spreadsheet file, whatever the office program saved it as, as a grid source — told apart by
 * its content, not its name: .xlsx (Excel, WPS, LibreOffice), .ods (LibreOffice), .xls (Excel
 * 97–2003, read by its own reader, loaded only when one is opened). Zip packages go through the
 * package guard once; anything else — a WPS .et, a Word document, a CSV renamed — is one sentence
 * saying what to do.
 */
export async function openSpreadsheet(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
): Promise<{ readonly kind: SpreadsheetKind; readonly source: GridSource }> {
  if (bytes.length === 0) throw new UserError("FILE_EMPTY", { role: "workbook" });
  if (isOle(bytes)) {
    const { xlsSource } = await import(/* webpackChunkName: "xls" */ "../xls-file/xlsSource");
    return { kind: "xls", source: xlsSource(bytes) };
  }
  const pkg = openPackage(bytes, inflateRaw, "spreadsheet", "workbook");
  return pkg.kind === "ods"
    ? { kind: "ods", source: odsSource(pkg) }
    : { kind: "xlsx", source: xlsxSource(pkg) };
}
