import { present } from "../errors/present";
import { lastFilledColumn, type CellValue } from "../grid/grid.types";
import type { PackTable } from "../packs/pack.types";
import { tableGeometry, type DataCellPlace } from "../packs/tableGeometry";
import { normalizeLabel } from "../values/normalizeText";
import { parseCellValue } from "../values/parseCellValue";

type Rows = ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;

/** What reading a table's sheet found: where each data cell is, and what could not be placed. */
export interface TableReading {
  readonly table: PackTable;
  readonly sheet: string;
  /** the layout the form had before, when the sheet is one (then nothing else is read) */
  readonly oldLayout: { readonly name: string; readonly row: number; readonly col: number } | null;
  /** metric code → 0-based position of its data cell on the sheet */
  readonly found: ReadonlyMap<string, { readonly row: number; readonly col: number }>;
  readonly problems: readonly TableProblem[];
}

/** A label the form prints that the sheet does not have, or has more than once. */
export interface TableProblem {
  readonly kind: "missing" | "twice";
  /** the label's path as printed, outermost first */
  readonly path: readonly string[];
  /** "row" labels name a line of the form, "column" labels a column */
  readonly axis: "row" | "column";
  /** where the second copy is (twice), 0-based */
  readonly at: { readonly row: number; readonly col: number } | null;
  /** the metrics this leaves unread */
  readonly metrics: readonly string[];
}

/**
 * Labels compare after folding what differs between copies of one form: spaces, full and half
 * width, quotes, and how an item's number is written (1、 1. 1．; (一) （一）).
 */
export function foldLabel(s: string): string {
  return normalizeLabel(s)
    .replace(/[“”"‘’']/g, "")
    .replace(/^(\d+)[、.,]/u, "$1.")
    .replace(/[:：]$/u, "");
}

/** The same without the item number, for a copy that left numbers out. */
function bareLabel(folded: string): string {
  return folded.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/u, "");
}

/** how a figure typed as text can start: a digit (half or full width), a sign, 约/近/超过 */
const FIGURE_START = /^[\s\d０-９+\-−－.．约近超逾]/u;

/**
 * A figure typed as text ("5", "５", "1520件", "-3"): a data cell's value, never a label. Numbering
 * typed in a cell of its own ("1、", "3.") stays a label's.
 */
function isFigureText(v: string): boolean {
  // a label starts with a word, a bracket or its number's character (一、（一）): not parsed at all
  if (!FIGURE_START.test(v)) return false;
  const parsed = parseCellValue(v);
  return parsed.kind === "number" && (parsed.unit === null || !/^\p{P}/u.test(parsed.unit));
}

const textAt = (rows: Rows, r: number, c: number): string => {
  const v = rows[r]?.[c];
  return typeof v === "string" && !isFigureText(v) ? foldLabel(v) : "";
};

/**
 * Finds a table's data cells on a sheet by the form's labels, not by fixed addresses: a form
 * re-typed by hand (extra rows or columns, columns in another order, labels with spaces, merged
 * cells or not) reads the same. A blank label cell belongs to the label above it (row groups,
 * 三、本年度办理结果 over its 22 lines) or on its left (column groups, 法人或其他组织 over five).
 */
export function readTable(table: PackTable, sheet: string, rows: Rows): TableReading {
  const g = tableGeometry(table);
  const height = rows.length;
  // the columns that hold anything: a source may hand rows padded to the width it read
  let width = 0;
  for (const row of rows) width = Math.max(width, lastFilledColumn(row) + 1);
  const texts: string[][] = [];
  const all = new Map<string, { row: number; col: number }[]>();
  for (let r = 0; r < height; r++) {
    const line: string[] = [];
    for (let c = 0; c < width; c++) {
      const t = textAt(rows, r, c);
      line.push(t);
      if (t === "") continue;
      const bare = bareLabel(t);
      for (const key of bare === t ? [t] : [t, bare]) {
        const list = all.get(key);
        if (list) list.push({ row: r, col: c });
        else all.set(key, [{ row: r, col: c }]);
      }
    }
    texts.push(line);
  }

  // a figure, typed as a number or as text: what a data line holds
  const isNumberAt = (rows: Rows, r: number, c: number) => {
    const v = rows[r]?.[c];
    return (
      typeof v === "number" || (typeof v === "string" && texts[r]?.[c] === "" && v.trim() !== "")
    );
  };

  for (const old of table.oldLayouts) {
    const here = old.present.map((l) => all.get(foldLabel(l))?.[0]);
    const first = here[0];
    if (first && here.every(Boolean) && !old.absent.some((l) => all.has(foldLabel(l))))
      return {
        table,
        sheet,
        oldLayout: { name: old.name, ...first },
        found: new Map(),
        problems: [],
      };
  }

  const problems: TableProblem[] = [];
  // the label above a blank label cell, per column, worked out once down the sheet
  const filledDown: string[][] = [];
  for (let r = 0; r < height; r++) {
    const line = texts[r] ?? [];
    const prev = filledDown[r - 1];
    filledDown.push(line.map((t, c) => t || (prev?.[c] ?? "")));
  }
  const upFill = (r: number, c: number): string => filledDown[r]?.[c] ?? "";
  const matches = (label: string) => {
    const f = foldLabel(label);
    return all.get(f) ?? all.get(bareLabel(f)) ?? [];
  };

  // 1. each line of the form by its row labels: the last one literally there, the outer ones
  //    on its left (or above, for a merged group)
  const lineOf = new Map<string, number>();
  const lines = new Map<string, DataCellPlace[]>();
  for (const d of g.data) {
    if (d.rowPath.length === 0) continue;
    const key = d.rowKey;
    const list = lines.get(key);
    if (list) list.push(d);
    else lines.set(key, [d]);
  }
  for (const [key, cells] of lines) {
    const path = present(cells[0], "cells[0]").rowPath;
    const leaf = path[path.length - 1] ?? "";
    const outer = path.slice(0, -1).map(foldLabel);
    const scored = matches(leaf).map((m) => {
      const context = new Set<string>();
      for (let c = 0; c < m.col; c++) {
        const t = texts[m.row]?.[c] || upFill(m.row, c);
        if (t) {
          context.add(t);
          context.add(bareLabel(t));
        }
      }
      return { m, score: outer.filter((o) => context.has(o) || context.has(bareLabel(o))).length };
    });
    const best = Math.max(-1, ...scored.map((s) => s.score));
    const top = scored.filter((s) => s.score === best);
    const metrics = cells.map((c) => c.metric);
    if (top.length === 0) problems.push({ kind: "missing", path, axis: "row", at: null, metrics });
    else if (top.length > 1)
      problems.push({ kind: "twice", path, axis: "row", at: present(top[1], "top[1]").m, metrics });
    else lineOf.set(key, present(top[0], "top[0]").m.row);
  }
  const dataRows = new Set(lineOf.values());

  // 2. a form whose lines have no labels (表四): its data line is the first below its headers
  let headerBottom = -1;
  for (const d of g.data)
    if (d.rowPath.length === 0)
      for (const m of matches(d.colPath[d.colPath.length - 1] ?? ""))
        headerBottom = Math.max(headerBottom, m.row);
  const unlabelled = headerBottom + 1;

  // 3. each data cell's column by its column labels, read up from its line
  type Label = { text: string; literal: boolean; row: number };
  const leftFill = (r: number, c: number): Label => {
    const own = texts[r]?.[c] ?? "";
    if (own) return { text: own, literal: true, row: r };
    if (isNumberAt(rows, r, c)) return { text: "", literal: false, row: r };
    // under a label: the lower part of a label merged down (自然人, 总计 over two header rows)
    if (texts[r - 1]?.[c]) return { text: "", literal: false, row: r };
    for (let k = c - 1; k >= 0; k--) {
      const t = texts[r]?.[k];
      if (t) return { text: t, literal: false, row: r };
      if (isNumberAt(rows, r, k)) break;
    }
    return { text: "", literal: false, row: r };
  };
  // a column's path is the same from every line of a block of data lines: walked once a block
  const walked = new Map<number, Label[]>();
  const walkUp = (row: number, col: number): Label[] => {
    const key = row * 16384 + col;
    const had = walked.get(key);
    if (had) return had;
    const path: Label[] = [];
    walked.set(key, path);
    for (let r = row - 1; r >= 0; r--) {
      if (dataRows.has(r) || isNumberAt(rows, r, col)) {
        if (path.length > 0) break;
        if (dataRows.has(r)) {
          path.push(...walkUp(r, col));
          break;
        }
        continue;
      }
      const t = leftFill(r, col);
      if (t.text && t.text !== path[path.length - 1]?.text) path.push(t);
    }
    return path; // nearest first
  };
  // every column's path up from a data line, indexed by its nearest label (with and without its
  // number): worked out once per line, then each of the line's cells looks its label up
  type Column = { col: number; near: Label; rest: ReadonlySet<string> };
  const lineColumns = new Map<number, Map<string, Column[]>>();
  const columnsUnder = (row: number): Map<string, Column[]> => {
    let index = lineColumns.get(row);
    if (index) return index;
    // under a data line every column's path is that line's: the block shares one index
    if (dataRows.has(row - 1)) {
      index = columnsUnder(row - 1);
      lineColumns.set(row, index);
      return index;
    }
    index = new Map();
    for (let c = 0; c < width; c++) {
      const path = walkUp(row, c);
      const near = path[0];
      if (!near) continue;
      const column = { col: c, near, rest: new Set(path.slice(1).map((p) => p.text)) };
      for (const key of new Set([near.text, bareLabel(near.text)])) {
        const list = index.get(key);
        if (list) list.push(column);
        else index.set(key, [column]);
      }
    }
    lineColumns.set(row, index);
    return index;
  };
  type Placed = { readonly col: number; readonly row: number };
  /** The columns a path names under one block of lines: nearest label, then the most outer ones. */
  const columnsNamed = (index: Map<string, Column[]>, colPath: readonly string[]): Placed[] => {
    const want = [...colPath].reverse().map(foldLabel); // nearest first
    const leaf = want[0] ?? "";
    const seen = new Set<Column>([
      ...(index.get(leaf) ?? []),
      ...(index.get(bareLabel(leaf)) ?? []),
    ]);
    const candidates = [...seen].map((c) => ({
      col: c.col,
      score: want.slice(1).filter((w) => c.rest.has(w)).length,
      literal: c.near.literal,
      row: c.near.row,
    }));
    const best = Math.max(-1, ...candidates.map((c) => c.score));
    let top = candidates.filter((c) => c.score === best);
    if (top.length > 1 && top.some((c) => c.literal)) top = top.filter((c) => c.literal);
    return top;
  };
  // the answer is the same for every line of a block: 表三's 175 cells ask about a dozen paths
  const named = new Map<Map<string, Column[]>, Map<string, Placed[]>>();
  const found = new Map<string, { row: number; col: number }>();
  const columnProblems = new Map<string, TableProblem & { metrics: string[] }>();
  for (const d of g.data) {
    const row = d.rowPath.length > 0 ? lineOf.get(d.rowKey) : unlabelled;
    if (row === undefined) continue;
    const index = columnsUnder(row);
    let answers = named.get(index);
    if (!answers) named.set(index, (answers = new Map<string, Placed[]>()));
    const key = d.colKey;
    let top = answers.get(key);
    if (!top) answers.set(key, (top = columnsNamed(index, d.colPath)));
    if (top.length === 1) {
      found.set(d.metric, { row, col: present(top[0], "top[0]").col });
      continue;
    }
    const kind = top.length === 0 ? "missing" : "twice";
    const had = columnProblems.get(`${kind}\u0002${key}`);
    if (had) had.metrics.push(d.metric);
    else
      columnProblems.set(`${kind}\u0002${key}`, {
        kind,
        path: d.colPath,
        axis: "column",
        at:
          top.length > 1
            ? { row: present(top[1], "top[1]").row, col: present(top[1], "top[1]").col }
            : null,
        metrics: [d.metric],
      });
  }
  problems.push(...columnProblems.values());
  return { table, sheet, oldLayout: null, found, problems };
}
