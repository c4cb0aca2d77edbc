/* global Word */
import { UserError } from "../../core/errors/userError";

/** Word's limit for insertFileFromBase64. */
export const MAX_INSERT_BYTES = 4 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Puts the generated report into the open Word document (replacing its body, styles and section
 * settings with the report's), the path that works where a download from the pane does not (Mac).
 */
export async function insertReport(context: Word.RequestContext, docx: Uint8Array): Promise<void> {
  if (docx.length > MAX_INSERT_BYTES)
    throw new UserError("WORD_REPORT_TOO_LARGE", {
      megabytes: Math.ceil((docx.length / 1024 / 1024) * 10) / 10,
    });
  context.document.body.insertFileFromBase64(toBase64(docx), "Replace");
  await context.sync();
}
