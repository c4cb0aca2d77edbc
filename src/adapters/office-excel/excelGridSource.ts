import { present } from "../../core/errors/present";
/* global Excel */
import { cellAddress, parseCellAddress } from "../../core/grid/a1";
import type { CellValue } from "../../core/grid/grid.types";
import type { ColumnRequest, GridSource, PartSink, SheetPart } from "../../core/grid/gridSource";
import { dateFromExcelSerial } from "../../core/values/excelDate";
import { shownFormat } from "../../core/values/numberFormat";

/**
 * Cells per round trip. Excel on the web caps a response at 5 MB; values and number formats of
 * 150,000 cells stay well under it, so large sheets are read in blocks of rows.
 */
const CELLS_PER_SYNC = 150_000;

interface Used {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** What the number formats of the cells read show: per cents, and fixed decimals. */
interface Shown {
  readonly percent: Set<string>;
  readonly decimals: Map<string, number>;
}

const newShown = (): Shown => ({ percent: new Set(), decimals: new Map() });

/** One value as Excel gives it, with its number format → what the core reads. */
function toCell(v: unknown, format: string, address: string, shown: Shown): CellValue | undefined {
  if (v === "" || v === null || v === undefined) return undefined;
  if (typeof v === "number") {
    const f = shownFormat(format);
    if (f.kind === "date") {
      // Office gives serials in the workbook's own date system already aligned to 1900
      const date = dateFromExcelSerial(v);
      if (date) return { date, serial: v };
      return v;
    }
    if (f.kind === "percent") shown.percent.add(address);
    if (f.decimals !== null) shown.decimals.set(address, f.decimals);
    return v;
  }
  if (typeof v === "string" || typeof v === "boolean") {
    if (
      typeof v === "string" &&
      /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/.test(v)
    )
      return { error: v };
    return v;
  }
  return undefined;
}

/** A 2D block of values/number formats → sparse rows placed at the block's position. */
function place(
  rows: Array<Array<CellValue | undefined> | undefined>,
  values: unknown[][],
  formats: unknown[][],
  top: number,
  left: number,
  shown: Shown,
): void {
  values.forEach((row, i) => {
    row.forEach((v, j) => {
      const r = top + i;
      const c = left + j;
      const format: unknown = formats[i]?.[j];
      const cell = toCell(v, typeof format === "string" ? format : "", cellAddress(r, c), shown);
      if (cell === undefined) return;
      (rows[r] ??= [])[c] = cell;
    });
  });
}

/**
 * The open workbook as a grid source, in a number of round trips that does not grow with the
 * number of sheets or rows: one for the sheet list, two for the first rows of every sheet, then
 * one per block of CELLS_PER_SYNC cells of the columns asked for (one for ordinary workbooks),
 * hidden rows included (through each block's visible view).
 */
export function excelGridSource(context: Excel.RequestContext): GridSource {
  let sheets: Excel.Worksheet[] | null = null;
  let used: Array<Used | null> = [];
  const list = async () => {
    if (sheets) return sheets;
    const ws = context.workbook.worksheets;
    ws.load("items/name,items/visibility");
    await context.sync();
    sheets = ws.items;
    return sheets;
  };
  return {
    async sheets() {
      return (await list()).map((ws) => ({
        name: ws.name,
        visibility:
          ws.visibility === "Hidden"
            ? "hidden"
            : ws.visibility === "VeryHidden"
              ? "veryHidden"
              : "visible",
      }));
    },
    async heads(rows) {
      const all = await list();
      const ranges = all.map((ws) => {
        const r = ws.getUsedRangeOrNullObject(true);
        r.load("rowIndex,columnIndex,rowCount,columnCount");
        return r;
      });
      await context.sync();
      used = ranges.map((r) =>
        r.isNullObject
          ? null
          : {
              rowIndex: r.rowIndex,
              columnIndex: r.columnIndex,
              rowCount: r.rowCount,
              columnCount: r.columnCount,
            },
      );
      const blocks = all.map((ws, i) => {
        const u = used[i];
        if (!u || u.rowIndex >= rows) return null;
        const count = Math.min(rows, u.rowIndex + u.rowCount) - u.rowIndex;
        const range = ws.getRangeByIndexes(u.rowIndex, u.columnIndex, count, u.columnCount);
        range.load("values,numberFormat");
        return { range, u };
      });
      await context.sync();
      return blocks.map((b): SheetPart => {
        const out: Array<Array<CellValue | undefined> | undefined> = [];
        const shown = newShown();
        if (b)
          place(out, b.range.values, b.range.numberFormat, b.u.rowIndex, b.u.columnIndex, shown);
        return {
          rows: out,
          percentCells: shown.percent,
          decimalCells: shown.decimals,
          hiddenRows: new Set(),
        };
      });
    },
    async columns(requests: readonly ColumnRequest[], each: PartSink) {
      const all = await list();
      type Block = {
        sheet: number;
        col: number;
        top: number;
        range: Excel.Range;
        view: Excel.RangeView | null;
      };
      const batches: Block[][] = [[]];
      const lastBatch = () => present(batches[batches.length - 1], "the last batch");
      let budget = CELLS_PER_SYNC;
      for (const q of requests) {
        const u = used[q.sheet];
        const ws = all[q.sheet];
        if (!u || !ws) continue;
        const last = u.rowIndex + u.rowCount;
        const rowsPerBlock = CELLS_PER_SYNC;
        for (let top = 0; top < last; top += rowsPerBlock) {
          const count = Math.min(rowsPerBlock, last - top);
          // the visible view of one column per block — the first inside the used range — says
          // which rows are hidden
          let viewTaken = false;
          q.columns.forEach((col) => {
            if (col < u.columnIndex || col >= u.columnIndex + u.columnCount) return;
            if (count > budget && lastBatch().length > 0) {
              batches.push([]);
              budget = CELLS_PER_SYNC;
            }
            budget -= count;
            const range = ws.getRangeByIndexes(top, col, count, 1);
            const view = viewTaken ? null : range.getVisibleView();
            viewTaken = true;
            lastBatch().push({
              sheet: q.sheet,
              col,
              top,
              range,
              view,
            });
          });
        }
      }
      const parts = new Map<
        number,
        {
          rows: Array<Array<CellValue | undefined> | undefined>;
          shown: Shown;
          hidden: Set<number>;
        }
      >();
      for (const q of requests)
        parts.set(q.sheet, { rows: [], shown: newShown(), hidden: new Set() });
      for (const batch of batches) {
        for (const b of batch) {
          b.range.load("values,numberFormat");
          b.view?.load("cellAddresses");
        }
        // One round trip per block of cells, never per sheet or row.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        for (const b of batch) {
          const p = parts.get(b.sheet);
          if (!p) continue;
          place(p.rows, b.range.values, b.range.numberFormat, b.top, b.col, p.shown);
          if (b.view) {
            const visible = new Set(
              b.view.cellAddresses.map(
                (row) => parseCellAddress(String(row[0]).split("!").pop() ?? "")?.row ?? -1,
              ),
            );
            const count = b.range.values.length;
            for (let r = 0; r < count; r++) if (!visible.has(b.top + r)) p.hidden.add(b.top + r);
          }
        }
      }
      // Excel's values arrive whole, batch by batch: the sheets are handed over once all are in
      for (const [sheet, p] of parts)
        each(sheet, {
          rows: p.rows,
          percentCells: p.shown.percent,
          decimalCells: p.shown.decimals,
          hiddenRows: p.hidden,
        });
    },
  };
}
