/* global Office, Word */
import { documentIsEmpty, insertReport } from "../../../adapters/office-word/insertReport";
import type { PaneHost } from "./paneHost.types";

/** In Word the workbook is a file the user picks, and the report goes into the open document. */
export const wordHost = (): PaneHost => ({
  kind: "word",
  noDownloads: Office.context.platform === Office.PlatformType.Mac,
  documentIsEmpty: () => Word.run((context) => documentIsEmpty(context)),
  insertReport: (docx, place) => Word.run((context) => insertReport(context, docx, place)),
});
