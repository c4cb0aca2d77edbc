import { Gap, wrapMarker } from "../template/templateValues";
import type { Dataset } from "../read/dataset.types";
import { tableGeometry } from "../packs/tableGeometry";

/**
 * What each table cell prints, by table id and metric code: the bare number in its header's
 * unit (tables never scale to 万 or add 余), and in a draft a marker naming the sheet's cell to
 * fill, counted and highlighted like every other gap.
 */
export function tableValues(dataset: Dataset): ReadonlyMap<string, ReadonlyMap<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const names = new Map(dataset.pack.metrics.map((m) => [m.code, m.name]));
  for (const table of dataset.pack.tables) {
    const values = new Map<string, string>();
    for (const d of tableGeometry(table).data) {
      const row = dataset.metrics.get(d.metric);
      const f = row?.figure;
      if (f?.kind === "number") values.set(d.metric, plainNumber(f.value));
      else {
        // the cell to fill, or (a line the sheet lacks) what the cell holds
        const where = row ? `${row.sheet} ${row.valueCell}` : (names.get(d.metric) ?? d.metric);
        values.set(d.metric, wrapMarker(new Gap(where, "missing").marker));
      }
    }
    out.set(table.id, values);
  }
  return out;
}

/** 46, 0, 12.5, 3.75: at most two decimals, no trailing zeros, no grouping. */
function plainNumber(v: number): string {
  return String(Math.round(v * 100) / 100);
}
