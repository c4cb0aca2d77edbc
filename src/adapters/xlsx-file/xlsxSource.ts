import type { ColumnRequest, GridSource, PartSink, SheetPart } from "../../core/grid/gridSource";
import type { InflateRaw } from "../../core/zip/inspectZip";
import { failureForRefusal } from "../../core/zip/refusal";
import { checkedPieces, PartError, PartStream } from "./partStream";
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
  return { rows: s.rows, percentCells: s.percentCells, hiddenRows: s.hiddenRows };
}

/** A part's text a piece at a time, its prolog checked first (checkedPieces). */
function streamedText(stream: PartStream): () => string | null {
  const decoder = new TextDecoder("utf-8");
  const pieces = checkedPieces(stream);
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
export function xlsxSource(bytes: Uint8Array, inflateRaw: InflateRaw): GridSource {
  const index = openWorkbookIndex(bytes, inflateRaw);
  const ctx = {
    formatKinds: index.formatKinds,
    date1904: index.date1904,
    strings: index.sharedStrings,
  };
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof PartError) throw failureForRefusal(e.reason, "workbook");
      throw e;
    }
  };
  return {
    sheets: async () => index.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    heads: (rows) =>
      guard(async () => {
        const out: SheetPart[] = [];
        for (const s of index.sheets) {
          await turn();
          if (!s.entry) {
            out.push(EMPTY);
            continue;
          }
          const scanner = new SheetScanner(streamedText(new PartStream(bytes, s.entry)), ctx);
          scanner.read(rows, { maxCol: HEAD_COLUMNS - 1, keep: () => true });
          out.push(part(scanner));
        }
        return out;
      }),
    columns: (requests: readonly ColumnRequest[], each: PartSink) =>
      guard(async () => {
        for (const q of requests) {
          await turn();
          const entry = index.sheets[q.sheet]?.entry;
          if (!index.sheets[q.sheet]) continue;
          if (!entry) {
            each(q.sheet, EMPTY);
            continue;
          }
          const wanted = new Set(q.columns);
          const filter: ColumnFilter = {
            maxCol: Math.max(-1, ...q.columns),
            keep: (c) => wanted.has(c),
          };
          let text: string | null = new TextDecoder("utf-8").decode(index.part(entry));
          const scanner = new SheetScanner(() => {
            const t = text;
            text = null;
            return t;
          }, ctx);
          scanner.read(Infinity, filter);
          // handed over before the next sheet is read: its cells go once its rows are taken
          each(q.sheet, part(scanner));
        }
      }),
  };
}
