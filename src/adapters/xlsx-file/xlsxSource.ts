import type { ColumnRequest, GridSource, PartSink, SheetPart } from "../../core/grid/gridSource";
import { openPackage, type OpenedPackage } from "../../core/zip/openPackage";
import type { InflateRaw } from "../../core/zip/zipDirectory";
import { SheetScanner, type ColumnFilter } from "./sheetScanner";
import { openWorkbookIndex } from "./workbookIndex";

/**
 * Lets the event loop turn between sheets: a time limit, or a cancel from the pane, is heard
 * while a large workbook is read.
 */
const turn = (): Promise<void> =>
  new Promise((resolve) =>
    typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

/** Columns a head scan keeps: far more than any header is wide. */
const HEAD_COLUMNS = 256;

const EMPTY: SheetPart = { rows: [], percentCells: new Set(), hiddenRows: new Set() };

function part(s: SheetScanner): SheetPart {
  return {
    rows: s.rows,
    percentCells: s.percentCells,
    decimalCells: s.decimalCells,
    hiddenRows: s.hiddenRows,
  };
}

/** A part's text a piece at a time, as the package guard hands out its bytes. */
function streamedText(pieces: () => Uint8Array | null): () => string | null {
  const decoder = new TextDecoder("utf-8");
  return () => {
    const chunk = pieces();
    if (chunk === null) {
      const rest = decoder.decode();
      return rest === "" ? null : rest;
    }
    return decoder.decode(chunk, { stream: true });
  };
}

/**
 * An .xlsx file as a grid source: the sheet list from the workbook part, the first rows of each
 * sheet by inflating only as much of it as they take, then the requested columns of the requested
 * sheets — never a cell object for the rest, never a string of the shared-string table that no
 * kept cell uses.
 */
export function xlsxSource(pkg: OpenedPackage): GridSource {
  const index = openWorkbookIndex(pkg);
  const ctx = {
    formats: index.formats,
    date1904: index.date1904,
    strings: index.sharedStrings,
  };
  const text = (part: string) => streamedText(pkg.pieces(part) ?? (() => null));
  return {
    sheets: async () => index.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    heads: async (rows) => {
      const out: SheetPart[] = [];
      for (const s of index.sheets) {
        await turn();
        if (!s.part) {
          out.push(EMPTY);
          continue;
        }
        const scanner = new SheetScanner(text(s.part), ctx, s.part);
        pkg.guard(() => scanner.read(rows, { maxCol: HEAD_COLUMNS - 1, keep: () => true }));
        out.push(part(scanner));
      }
      return out;
    },
    columns: async (requests: readonly ColumnRequest[], each: PartSink) => {
      for (const q of requests) {
        await turn();
        const sheet = index.sheets[q.sheet];
        if (!sheet) continue;
        if (!sheet.part) {
          each(q.sheet, EMPTY);
          continue;
        }
        const wanted = new Set(q.columns);
        const filter: ColumnFilter = {
          maxCol: Math.max(-1, ...q.columns),
          keep: (c) => wanted.has(c),
        };
        // small sheets come whole, large ones a piece at a time (the guard's rule)
        const scanner = new SheetScanner(text(sheet.part), ctx, sheet.part);
        pkg.guard(() => scanner.read(Infinity, filter));
        // handed over before the next sheet is read: its cells go once its rows are taken
        each(q.sheet, part(scanner));
      }
    },
  };
}

/** An .xlsx file's bytes as a grid source, through the package guard. */
export function xlsxFileSource(bytes: Uint8Array, inflateRaw: InflateRaw): GridSource {
  return xlsxSource(openPackage(bytes, inflateRaw, "xlsx", "workbook"));
}
