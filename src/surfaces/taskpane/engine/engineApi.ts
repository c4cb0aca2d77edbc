/**
 * The heavy half of the pane, loaded on demand (ExcelJS, docxtemplater): reading .xlsx files,
 * checking, generating — all through the one engine the CLI uses too. The pane's first load
 * carries none of it.
 */
import { pakoInflateRaw } from "../../../adapters/browser-file/pakoInflateRaw";
import { openSpreadsheet } from "../../../adapters/spreadsheet-file/openSpreadsheet";
import {
  workbookBytes,
  writeScaffoldWorkbook,
} from "../../../adapters/xlsx-file/writeScaffoldXlsx";
import { buildTemplateDocx } from "../../../core/docx/buildTemplateDocx";
import { scaffoldLayout } from "../../../core/scaffold/scaffoldLayout";
import { readDocxParagraphs } from "../../../core/docx/readDocxParagraphs";
import { createEngine } from "../../../core/engine/engine";
import type { Pack } from "../../../core/packs/pack.types";
import type { Dataset } from "../../../core/read/dataset.types";
import type { PackPicker } from "../../../core/read/readWorkbook";

const engine = createEngine({ inflateRaw: pakoInflateRaw });

/** A workbook file the user picked, read for a pack (only the sheets and columns it uses). */
export async function readWorkbookFile(
  bytes: Uint8Array,
  pack: Pack | PackPicker,
): Promise<Dataset> {
  return engine.read(await openSpreadsheet(bytes, pakoInflateRaw), pack);
}

/** The blank standard workbook of a pack, as .xlsx bytes (what the CLI's scaffold writes). */
export async function scaffoldWorkbook(pack: Pack): Promise<Uint8Array> {
  return workbookBytes(writeScaffoldWorkbook(scaffoldLayout(pack)));
}

export const openTemplate = engine.openTemplate;
export const checkTemplate = engine.checkTemplate;
export const check = engine.check;
export const generate = engine.generate;

export { buildTemplateDocx, readDocxParagraphs };
