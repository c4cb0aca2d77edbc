/* global Word */
import { insertReport } from "../../../adapters/office-word/insertReport";
import type { PaneHost } from "./paneHost.types";

/** In Word the workbook is a file the user picks, and the report goes into the open document. */
export const wordHost: PaneHost = {
  kind: "word",
  insertReport: (docx) => Word.run((context) => insertReport(context, docx, "replaceBody")),
};
