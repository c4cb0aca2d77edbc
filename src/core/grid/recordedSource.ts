import type { ColumnRequest, GridSource, SheetEntry, SheetPart } from "./gridSource";

/**
 * What a read asked of a grid source and got, as plain data (structured-clone safe): made where
 * the cells are (the Excel add-in reads on the page's thread, as Office.js requires) and replayed
 * where the work is done (the pane's worker), which then makes the same requests and gets the
 * same answers.
 */
export interface GridRecord {
  readonly sheets: readonly SheetEntry[];
  readonly heads: ReadonlyArray<{ readonly rows: number; readonly parts: readonly SheetPart[] }>;
  readonly columns: ReadonlyArray<{
    readonly requests: readonly ColumnRequest[];
    readonly parts: ReadonlyArray<readonly [number, SheetPart]>;
  }>;
}

export function recordingSource(
  source: GridSource,
  beforeEachCall: () => void = () => undefined,
): { source: GridSource; record(): GridRecord } {
  let sheets: readonly SheetEntry[] = [];
  const heads: Array<{ rows: number; parts: readonly SheetPart[] }> = [];
  const columns: Array<{
    requests: readonly ColumnRequest[];
    parts: ReadonlyArray<readonly [number, SheetPart]>;
  }> = [];
  return {
    source: {
      async sheets() {
        beforeEachCall();
        return (sheets = await source.sheets());
      },
      async heads(rows) {
        beforeEachCall();
        const parts = await source.heads(rows);
        heads.push({ rows, parts });
        return parts;
      },
      async columns(requests, each) {
        beforeEachCall();
        const parts: Array<readonly [number, SheetPart]> = [];
        await source.columns(requests, (sheet, part) => {
          parts.push([sheet, part]);
          each(sheet, part);
        });
        columns.push({ requests, parts });
      },
    },
    record: () => ({ sheets, heads, columns }),
  };
}

const sameRequests = (a: readonly ColumnRequest[], b: readonly ColumnRequest[]) =>
  a.length === b.length &&
  a.every((q, i) => q.sheet === b[i]?.sheet && q.columns.join() === b[i]?.columns.join());

/** The recorded answers, as a source; a request that was not recorded is a fault of ours. */
export function replaySource(record: GridRecord): GridSource {
  return {
    sheets: async () => record.sheets,
    heads: async (rows) => {
      const hit = record.heads.find((h) => h.rows === rows);
      if (!hit) throw new Error(`no recorded heads(${rows})`);
      return hit.parts;
    },
    columns: async (requests, each) => {
      const hit = record.columns.find((c) => sameRequests(c.requests, requests));
      if (!hit) throw new Error("no recorded columns for this request");
      for (const [sheet, part] of hit.parts) each(sheet, part);
    },
  };
}
