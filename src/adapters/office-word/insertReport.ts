/* global Word */
import { UserError } from "../../core/errors/userError";
import { toBase64 } from "../browser-file/base64";

/** Word's limit for insertFileFromBase64. */
export const MAX_INSERT_BYTES = 4 * 1024 * 1024;

/** Where the report goes: instead of the body, or at the cursor (never over what is selected). */
export type InsertPlace = "replaceBody" | "atCursor";

/** True when the open document holds no text: the report may take its place without asking. */
export async function documentIsEmpty(context: Word.RequestContext): Promise<boolean> {
  const body = context.document.body;
  body.load("text");
  await context.sync();
  return body.text.trim() === "";
}

/**
 * Puts the generated report into the open Word document — the path that works where a download
 * from the pane does not (Mac). Replacing the body brings the report's styles and page settings
 * along; at the cursor the report goes after the selection, so nothing the user selected is lost.
 * One round trip.
 */
export async function insertReport(
  context: Word.RequestContext,
  docx: Uint8Array,
  place: InsertPlace,
): Promise<void> {
  if (docx.length > MAX_INSERT_BYTES)
    throw new UserError("WORD_REPORT_TOO_LARGE", {
      megabytes: Math.ceil((docx.length / 1024 / 1024) * 10) / 10,
    });
  const base64 = toBase64(docx);
  if (place === "replaceBody") context.document.body.insertFileFromBase64(base64, "Replace");
  else context.document.getSelection().insertFileFromBase64(base64, "After");
  await context.sync();
}
