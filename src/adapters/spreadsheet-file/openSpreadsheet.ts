import { UserError } from "../../core/errors/userError";
import type { GridSource } from "../../core/grid/gridSource";
import { DEFAULT_ZIP_LIMITS, readZipDirectory, type InflateRaw } from "../../core/zip/inspectZip";
import { failureForRefusal } from "../../core/zip/refusal";
import { odsSource } from "../ods-file/odsSource";
import { xlsxSource } from "../xlsx-file/xlsxSource";

const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * A spreadsheet file, whatever the office program saved it as, as a grid source — told apart by
 * its content, not its name: .xlsx (Excel, WPS, LibreOffice), .ods (LibreOffice), .xls (Excel
 * 97–2003, read by its own reader, loaded only when one is opened). Anything else — a WPS .et, a
 * Word document, a CSV renamed — is one sentence saying what to do.
 */
export async function openSpreadsheet(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
): Promise<GridSource> {
  if (bytes.length === 0) throw new UserError("FILE_EMPTY", { role: "workbook" });
  if (isOle(bytes)) {
    const { xlsSource } = await import(/* webpackChunkName: "xls" */ "../xls-file/xlsSource");
    return xlsSource(bytes);
  }
  const dir = readZipDirectory(bytes, DEFAULT_ZIP_LIMITS);
  if (!dir.ok) throw failureForRefusal(dir.reason, "workbook");
  const names = new Set(dir.entries.map((e) => e.name));
  if (names.has("content.xml") && names.has("mimetype")) return odsSource(bytes, inflateRaw);
  return xlsxSource(bytes, inflateRaw);
}

/** What an office program saved the file as, told from its content. */
export function spreadsheetKind(bytes: Uint8Array): "xlsx" | "xls" | "ods" {
  if (isOle(bytes)) return "xls";
  const dir = readZipDirectory(bytes, DEFAULT_ZIP_LIMITS);
  if (!dir.ok) return "xlsx"; // the reader refuses it with the reason
  const names = new Set(dir.entries.map((e) => e.name));
  return names.has("content.xml") && names.has("mimetype") ? "ods" : "xlsx";
}
