import type { Pack, PackTable, TableCell } from "./pack.types";

/**
 * A data cell of a table with the labels that name it as printed: those to its left in its row
 * (outermost first: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密) and those above it in its
 * column (outermost first: 申请人情况 › 法人或其他组织 › 商业企业). A reader finds the cell on a sheet by
 * these paths, wherever the clerk's copy of the form puts it.
 */
export interface DataCellPlace {
  readonly cell: TableCell;
  readonly metric: string;
  readonly rowPath: readonly string[];
  readonly colPath: readonly string[];
  /** each path as one string, for maps keyed by a line or a column of the form */
  readonly rowKey: string;
  readonly colKey: string;
}

export interface TableGeometry {
  readonly table: PackTable;
  readonly height: number;
  readonly width: number;
  /** the cell covering each position, [row][col] */
  readonly owner: ReadonlyArray<ReadonlyArray<TableCell>>;
  /** data cells in reading order (row by row, left to right) */
  readonly data: readonly DataCellPlace[];
}

const known = new WeakMap<PackTable, TableGeometry>();

/** The table's grid worked out once (the pack has checked that it is whole). */
export function tableGeometry(table: PackTable): TableGeometry {
  const had = known.get(table);
  if (had) return had;
  const width = table.widths.length;
  const height = Math.max(0, ...table.cells.map((c) => c.row + c.rowSpan));
  const owner: TableCell[][] = Array.from({ length: height }, () => []);
  for (const c of table.cells)
    for (let r = c.row; r < c.row + c.rowSpan; r++)
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        const line = owner[r];
        if (line) line[k] = c;
      }
  const at = (r: number, k: number) => owner[r]?.[k];
  const data = [...table.cells]
    .filter((c): c is TableCell & { metric: string } => c.metric !== undefined)
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c): DataCellPlace => {
      const rowPath: string[] = [];
      let last: TableCell | undefined;
      for (let k = 0; k < c.col; k++) {
        const o = at(c.row, k);
        if (o && o !== last && o.text !== undefined) rowPath.push(o.text);
        last = o;
      }
      // up the column: past data rows until labels are met, then to the next data row
      const colPath: string[] = [];
      last = undefined;
      for (let r = c.row - 1; r >= 0; r--) {
        const o = at(r, c.col);
        if (!o || o === last) continue;
        last = o;
        if (o.metric !== undefined) {
          if (colPath.length > 0) break;
          continue;
        }
        if (o.text !== undefined) colPath.unshift(o.text);
      }
      return {
        cell: c,
        metric: c.metric,
        rowPath,
        colPath,
        rowKey: rowPath.join("\u0001"),
        colKey: colPath.join("\u0001"),
      };
    });
  const g: TableGeometry = { table, height, width, owner, data };
  known.set(table, g);
  return g;
}

/** The table whose form is the part's sheet, if the part has one. */
export function tableOfCategory(pack: Pick<Pack, "tables">, categoryId: string) {
  return pack.tables.find((t) => t.category === categoryId);
}

/** Codes of the metrics that sit in a table: they are read, checked and printed as its cells. */
export function tableMetricCodes(pack: Pick<Pack, "tables">): ReadonlySet<string> {
  const had = codesOf.get(pack.tables);
  if (had) return had;
  const codes = new Set<string>();
  for (const t of pack.tables)
    for (const c of t.cells) if (c.metric !== undefined) codes.add(c.metric);
  codesOf.set(pack.tables, codes);
  return codes;
}

const codesOf = new WeakMap<readonly PackTable[], ReadonlySet<string>>();
