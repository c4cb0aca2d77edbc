import type { WorkbookFiles } from "../../core/engine/engine";
import type { InflateRaw } from "../../core/zip/zipDirectory";
import { editXlsxCells } from "../xlsx-file/editXlsxCells";
import { openSpreadsheet } from "./openSpreadsheet";

/**
 * Workbook files as the engine asks for them, the same in Node and in the browser: opened by
 * content (.xlsx, .ods, .xls), edited in place (.xlsx), rewritten as .xlsx (.xls, .ods) and
 * written blank. ExcelJS, a large library, is loaded only by the two that write with it.
 */
export function workbookFiles(inflateRaw: InflateRaw): WorkbookFiles {
  return {
    open: (bytes) => openSpreadsheet(bytes, inflateRaw),
    edit: (bytes, change) => editXlsxCells(bytes, inflateRaw, change),
    rewrite: async (grid, change) => {
      const { writeGridXlsx } = await import(
        /* webpackChunkName: "exceljs" */ "../xlsx-file/writeGridXlsx"
      );
      return writeGridXlsx(grid, change);
    },
    blank: async (layout) => {
      const { workbookBytes, writeScaffoldWorkbook } = await import(
        /* webpackChunkName: "exceljs" */ "../xlsx-file/writeScaffoldXlsx"
      );
      return workbookBytes(writeScaffoldWorkbook(layout));
    },
  };
}
