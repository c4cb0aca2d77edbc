/* global Excel, Office */
import { applyPrepare } from "../../../adapters/office-excel/applyPrepare";
import {
  clearHighlights,
  highlightCells,
  selectCell,
} from "../../../adapters/office-excel/highlightCells";
import { excelGridSource } from "../../../adapters/office-excel/excelGridSource";
import { recordingSource } from "../../../core/grid/recordedSource";
import { readWorkbook } from "../../../core/read/readWorkbook";
import { planPrepare } from "../../../core/scaffold/planPrepare";
import type { PaneHost } from "./paneHost.types";

/**
 * Highlighting needs RangeAreas and getItemOrNullObject on conditional formats (ExcelApi 1.14,
 * Excel 2021 / Microsoft 365); on older Excel the pane simply does not offer it.
 */
function canHighlight(): boolean {
  return (
    typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.14")
  );
}

/** Each action is one Excel.run over the adapter; nothing here touches the API directly. */
export function excelHost(): PaneHost {
  const base = excelActions;
  return canHighlight() ? base : { ...base, highlight: undefined, clearHighlight: undefined };
}

const excelActions: PaneHost = {
  kind: "excel",
  // read here, checked in the worker: the same requests, replayed there from the record
  recordOpenWorkbook: (pack, checkCancel) =>
    Excel.run(async (context) => {
      const rec = recordingSource(excelGridSource(context), checkCancel);
      await readWorkbook(rec.source, pack);
      return rec.record();
    }),
  prepare: (pack) =>
    Excel.run(async (context) => {
      const plan = planPrepare(await readWorkbook(excelGridSource(context), pack));
      await applyPrepare(context, plan);
      return plan;
    }),
  highlight: (cells) => Excel.run((context) => highlightCells(context, cells)),
  clearHighlight: () => Excel.run((context) => clearHighlights(context)),
  selectCell: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
};
