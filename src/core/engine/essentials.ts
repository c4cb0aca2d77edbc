import type { GridSource } from "../grid/gridSource";
import { recordingSource, type GridRecord } from "../grid/recordedSource";
import type { Pack } from "../packs/pack.types";
import { readWorkbook, type PackPicker } from "../read/readWorkbook";

/**
 * What every surface may use of the core without loading the report machinery (docxtemplater,
 * the checks, the renderer): the task pane's page imports the core through here and
 * core/messages only; the CLI and the pane's worker also through core/engine/engine.ts.
 */
export { isUserError, UserError } from "../errors/userError";
export { isTemplateIssue } from "../issues/issue.types";
export { parsePack } from "../packs/parsePack";
export { replaySource } from "../grid/recordedSource";
export { nextYearFileName, reportFileName, workbookBase } from "./outputNames";

/**
 * What a read of the workbook asks of `source`, and gets, recorded as plain data: the Excel
 * add-in reads the open workbook on the page (Office.js runs there) and hands the record to the
 * engine in its worker, which replays it (replaySource) and reads exactly the same cells.
 * `beforeEachCall` may throw to stop between round trips (取消).
 */
export async function recordWorkbook(
  source: GridSource,
  pack: Pack | PackPicker,
  beforeEachCall: () => void = () => undefined,
): Promise<GridRecord> {
  const rec = recordingSource(source, beforeEachCall);
  await readWorkbook(rec.source, pack);
  return rec.record();
}
