/* global Excel */
import { applyPrepare } from "../../../adapters/office-excel/applyPrepare";
import {
  clearHighlights,
  highlightCells,
  selectCell,
} from "../../../adapters/office-excel/highlightCells";
import { readWorkbookGrid } from "../../../adapters/office-excel/readWorkbookGrid";
import { planPrepare } from "../../../core/scaffold/planPrepare";
import type { PaneHost } from "./paneHost.types";

/** Each action is one Excel.run over the adapter; nothing here touches the API directly. */
export const excelHost: PaneHost = {
  kind: "excel",
  readOpenWorkbook: () => Excel.run((context) => readWorkbookGrid(context)),
  prepare: (pack) =>
    Excel.run(async (context) => {
      const plan = planPrepare(pack, await readWorkbookGrid(context));
      await applyPrepare(context, plan);
      return plan;
    }),
  highlight: (cells) => Excel.run((context) => highlightCells(context, cells)),
  clearHighlight: () => Excel.run((context) => clearHighlights(context)),
  selectCell: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
};
