/**
 * The heavy half of the pane, loaded on demand (ExcelJS, docxtemplater): reading .xlsx files,
 * checking, generating. The pane's first load carries none of it.
 */
import { pakoInflateRaw } from "../../../adapters/browser-file/pakoInflateRaw";
import { readXlsxGrid } from "../../../adapters/xlsx-file/readXlsxGrid";
import { buildTemplateDocx } from "../../../core/docx/buildTemplateDocx";
import { readDocxParagraphs } from "../../../core/docx/readDocxParagraphs";
import type { WorkbookGrid } from "../../../core/grid/grid.types";
import type { Issue } from "../../../core/issues/issue.types";
import type { Pack } from "../../../core/packs/pack.types";
import { checkWorkbook, generateReport } from "../../../core/pipeline/assembleReport";
import { readDataset } from "../../../core/read/readDataset";
import { buildReportData } from "../../../core/report/buildReportData";
import { renderReport } from "../../../core/report/renderReport";
import { DEFAULT_ZIP_LIMITS, inspectZip } from "../../../core/zip/inspectZip";
import { TemplateReadError } from "../../../core/zip/workbookReadError";

export function readWorkbookFile(bytes: Uint8Array): Promise<WorkbookGrid> {
  return readXlsxGrid(bytes, pakoInflateRaw);
}

export function check(grid: WorkbookGrid, pack: Pack, template?: Uint8Array) {
  return checkWorkbook(grid, pack, template).result;
}

export function generate(
  grid: WorkbookGrid,
  pack: Pack,
  template: Uint8Array,
  allowIncomplete: boolean,
) {
  return generateReport(grid, pack, template, { allowIncomplete });
}

/**
 * A template the user picked: first checked as a file (bombs, wrong types), then tried against an
 * empty workbook, where only its own faults count.
 */
export function checkTemplate(pack: Pack, template: Uint8Array): Issue[] {
  const verdict = inspectZip(template, pakoInflateRaw, DEFAULT_ZIP_LIMITS, "document");
  if (!verdict.ok) {
    const reason = new TemplateReadError(verdict.reason).message;
    return [
      {
        code: "TEMPLATE_UNREADABLE",
        severity: "error",
        location: { kind: "workbook" },
        args: { reason },
      },
    ];
  }
  const out = renderReport(template, buildReportData(readDataset({ sheets: [] }, pack)));
  return out.issues.filter(
    (i) =>
      i.code === "TEMPLATE_SYNTAX" ||
      i.code === "TEMPLATE_UNREADABLE" ||
      i.code === "TEMPLATE_UNKNOWN_NAME",
  );
}

export { buildTemplateDocx, readDocxParagraphs };
