import { present } from "../errors/present";
import type { WorkbookGrid } from "../grid/grid.types";
import { readColumns, type GridSource, type SheetPart } from "../grid/gridSource";
import type { Pack } from "../packs/pack.types";
import { datasetAssembler } from "./assembleDataset";
import type { Dataset } from "./dataset.types";
import { HEADER_SCAN_ROWS } from "./findHeader";
import { findReportType, reportTypePlace } from "./findReportType";
import { planRead } from "./planRead";
import type { ReportTypeMark } from "../packs/reportType";

/**
 * Which pack to read a workbook with, once its 报告类型 is known (null: absent or empty). The
 * surface decides: a pack the user chose wins; otherwise the one the workbook names.
 */
export interface PackPicker {
  readonly packs: readonly Pack[];
  pick(mark: ReportTypeMark | null): Pack;
}

/**
 * Workbook → dataset, reading only what the report needs: the sheet list, the first rows of each
 * sheet (to find 报告信息, the category sheets and their headers), then only the columns of those
 * sheets. Other sheets are never read past their first rows.
 */
export async function readWorkbook(
  source: GridSource,
  packOrPicker: Pack | PackPicker,
): Promise<Dataset> {
  const sheets = await source.sheets();
  const heads = await source.heads(HEADER_SCAN_ROWS);
  let pack: Pack;
  if ("pick" in packOrPicker) {
    const place = reportTypePlace(sheets, heads);
    let mark: ReportTypeMark | null = null;
    if (place) {
      mark = findReportType(heads[place.sheet], place, packOrPicker.packs);
      // a long 报告信息 table: its two columns are cheap to read whole
      if (!mark) {
        const cols = [place.keyCol, place.valueCol];
        const whole = await readColumns(source, [{ sheet: place.sheet, columns: cols }]);
        mark = findReportType(whole.get(place.sheet), place, packOrPicker.packs);
      }
    }
    pack = packOrPicker.pick(mark);
  } else pack = packOrPicker;
  const plan = planRead(pack, sheets, heads);
  const assembler = datasetAssembler(pack, plan);
  await source.columns(plan.requests, (sheet, part) => assembler.add(sheet, part));
  return assembler.finish();
}

/** The same for a grid already in memory, at once (tests, Prepare's plan). */
export function readDataset(grid: WorkbookGrid, pack: Pack): Dataset {
  const NONE = new Set<number>();
  const whole = grid.sheets.map((s): SheetPart => ({
    rows: s.rows,
    percentCells: s.percentCells ?? new Set(),
    ...(s.decimalCells ? { decimalCells: s.decimalCells } : {}),
    hiddenRows: s.hiddenRows ?? NONE,
  }));
  const plan = planRead(pack, grid.sheets, whole);
  const assembler = datasetAssembler(pack, plan);
  for (const q of plan.requests) assembler.add(q.sheet, present(whole[q.sheet], "whole[q.sheet]"));
  return assembler.finish();
}
