/**
 * The heavy half of the pane, loaded on demand (ExcelJS, docxtemplater): reading .xlsx files,
 * checking, generating — all through the one engine the CLI uses too. The pane's first load
 * carries none of it.
 */
import { pakoInflateRaw } from "../../../adapters/browser-file/pakoInflateRaw";
import { readXlsxGrid } from "../../../adapters/xlsx-file/readXlsxGrid";
import { buildTemplateDocx } from "../../../core/docx/buildTemplateDocx";
import { readDocxParagraphs } from "../../../core/docx/readDocxParagraphs";
import { createEngine } from "../../../core/engine/engine";
import type { WorkbookGrid } from "../../../core/grid/grid.types";

const engine = createEngine({ inflateRaw: pakoInflateRaw });

export function readWorkbookFile(bytes: Uint8Array): Promise<WorkbookGrid> {
  return readXlsxGrid(bytes, pakoInflateRaw);
}

export const openTemplate = engine.openTemplate;
export const checkTemplate = engine.checkTemplate;
export const check = engine.check;
export const generate = engine.generate;

export { buildTemplateDocx, readDocxParagraphs };
