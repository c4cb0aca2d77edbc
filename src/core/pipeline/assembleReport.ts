import { runChecks } from "../check/runChecks";
import type { CheckResult } from "../check/checkResult.types";
import type { WorkbookGrid } from "../grid/grid.types";
import type { Pack } from "../packs/pack.types";
import { readDataset } from "../read/readDataset";
import type { Dataset } from "../read/dataset.types";
import { buildReportData } from "../report/buildReportData";
import { renderReport } from "../report/renderReport";

export interface Checked {
  readonly dataset: Dataset;
  readonly result: CheckResult;
}

/**
 * workbook cells → dataset → check. With a template, its tags are checked against the data too
 * (a {名称} that names nothing is an error before anybody clicks Generate).
 */
export function checkWorkbook(grid: WorkbookGrid, pack: Pack, template?: Uint8Array): Checked {
  const dataset = readDataset(grid, pack);
  // One item per category reaches every tag of the template, at a fraction of a full render.
  const templateIssues = template
    ? renderReport(template, buildReportData(dataset, { itemsPerCategory: 1 })).issues
    : [];
  return { dataset, result: runChecks(dataset, templateIssues) };
}

export type Generated =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly markers: number;
      readonly check: CheckResult;
    }
  | { readonly ok: false; readonly reason: "incomplete" | "template"; readonly check: CheckResult };

/**
 * workbook cells → dataset → check → report. An incomplete workbook is refused unless the user
 * agreed to a draft, in which case every gap is a highlighted 【待补充：…】 marker. A broken
 * template is always refused: its issues say which tag and how to fix it.
 */
export function generateReport(
  grid: WorkbookGrid,
  pack: Pack,
  template: Uint8Array,
  options: { allowIncomplete: boolean },
): Generated {
  const dataset = readDataset(grid, pack);
  const rendered = renderReport(template, buildReportData(dataset));
  const check = runChecks(dataset, rendered.issues);
  if (!rendered.ok) return { ok: false, reason: "template", check };
  if (!check.complete && !options.allowIncomplete)
    return { ok: false, reason: "incomplete", check };
  return { ok: true, bytes: rendered.bytes, markers: rendered.markers, check };
}
