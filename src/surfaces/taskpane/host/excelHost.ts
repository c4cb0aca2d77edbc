/* global Excel, Office */
import { toBase64 } from "../../../adapters/browser-file/base64";
import { applyPrepare } from "../../../adapters/office-excel/applyPrepare";
import {
  clearHighlights,
  highlightCells,
  selectCell,
} from "../../../adapters/office-excel/highlightCells";
import { excelGridSource } from "../../../adapters/office-excel/excelGridSource";
import { recordWorkbook } from "../../../core/engine/essentials";
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

/** The workbook as Excel would save it now, slice by slice (Office's file API, ExcelApi-independent). */
function currentFileBytes(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(
      Office.FileType.Compressed,
      { sliceSize: 4194304 },
      (r) => {
        if (r.status !== Office.AsyncResultStatus.Succeeded)
          return reject(new Error(r.error.message));
        const file = r.value;
        const parts: Uint8Array[] = [];
        const next = (i: number) =>
          file.getSliceAsync(i, (s) => {
            if (s.status !== Office.AsyncResultStatus.Succeeded) {
              file.closeAsync();
              return reject(new Error(s.error.message));
            }
            // cast: Office's file slices hold an array of byte values (typed any)
            parts.push(new Uint8Array(s.value.data as number[]));
            if (i + 1 < file.sliceCount) return next(i + 1);
            file.closeAsync();
            const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
            let at = 0;
            for (const p of parts) {
              out.set(p, at);
              at += p.length;
            }
            resolve(out);
          });
        next(0);
      },
    );
  });
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
    Excel.run((context) => recordWorkbook(excelGridSource(context), pack, checkCancel)),
  applyPrepare: (plan) => Excel.run((context) => applyPrepare(context, plan)),
  currentFile: () => currentFileBytes(),
  openAsNewWorkbook: (xlsx) => Excel.createWorkbook(toBase64(xlsx)),
  highlight: (cells) => Excel.run((context) => highlightCells(context, cells)),
  clearHighlight: () => Excel.run((context) => clearHighlights(context)),
  selectCell: (sheet, cell, others = []) =>
    Excel.run((context) =>
      selectCell(
        context,
        sheet,
        cell,
        others,
        Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
      ),
    ),
};
