import { cellAddress } from "../../core/grid/a1";
import { UNCALCULATED, type CellValue } from "../../core/grid/grid.types";
import { dateFromExcelSerial } from "../../core/values/excelDate";
import type { ShownFormat } from "../../core/values/numberFormat";
import { findStartTag } from "../../core/xml/xmlNames";
import { unescapeCellText } from "../../core/xml/xmlText";
import { PartError } from "../../core/zip/openPackage";
import type { SharedStrings } from "./sharedStrings";

/** What a scan needs of the workbook around the sheet. */
export interface ScanContext {
  /** per cell style (the s attribute), what its number format shows */
  readonly formats: readonly ShownFormat[];
  readonly date1904: boolean;
  readonly strings: () => SharedStrings;
}

/** Which cells to keep: columns up to `maxCol` (0-based, inclusive) that `keep` accepts. */
export interface ColumnFilter {
  readonly maxCol: number;
  readonly keep: (col: number) => boolean;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * One start tag's attributes, read in place (no substring, no regular expression: a big sheet
 * has millions of them): r as a row number or as a cell's column, s (the cell format), t (the
 * cell's type, by its first letters), hidden. Reused from tag to tag.
 */
const attrs = { row: 0, col: -1, s: -1, t: "n", hidden: false };

function readAttrs(buf: string, from: number, to: number): typeof attrs {
  attrs.row = 0;
  attrs.col = -1;
  attrs.s = -1;
  attrs.t = "n";
  attrs.hidden = false;
  let i = from;
  while (i < to) {
    if (!isSpace(buf.charCodeAt(i))) {
      i++;
      continue;
    }
    while (i < to && isSpace(buf.charCodeAt(i))) i++;
    const nameStart = i;
    const eq = buf.indexOf("=", i);
    if (eq < 0 || eq >= to) break;
    let nameEnd = eq;
    while (nameEnd > nameStart && isSpace(buf.charCodeAt(nameEnd - 1))) nameEnd--;
    let q = eq + 1;
    while (q < to && isSpace(buf.charCodeAt(q))) q++;
    const vs = q + 1;
    const ve = buf.indexOf(buf.charCodeAt(q) === 39 ? "'" : '"', vs);
    if (ve < 0 || ve > to) break;
    const len = nameEnd - nameStart;
    const first = buf.charCodeAt(nameStart);
    if (len === 1 && first === 114) {
      // r="C7" on a cell (letters, then the row), r="7" on a row
      let col = 0;
      let row = 0;
      for (let k = vs; k < ve; k++) {
        const ch = buf.charCodeAt(k) | 32;
        if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
        else if (ch >= 48 && ch <= 57) row = row * 10 + (ch - 48);
      }
      attrs.col = col - 1;
      attrs.row = row;
    } else if (len === 1 && first === 115) {
      let n = 0;
      for (let k = vs; k < ve; k++) n = n * 10 + (buf.charCodeAt(k) - 48);
      attrs.s = n;
    } else if (len === 1 && first === 116) attrs.t = buf.slice(vs, ve);
    else if (len === 6 && buf.startsWith("hidden", nameStart)) {
      const v = buf.charCodeAt(vs);
      attrs.hidden = v === 49 || v === 116; // "1" or "true"
    }
    i = ve + 1;
  }
  return attrs;
}

/**
 * A worksheet's XML read row by row with indexOf, never as a tree: rows become sparse arrays of
 * the kept columns' values; everything else is skipped without building anything. Fed text a
 * piece at a time, so a scan of the first rows stops inflating the sheet where they end.
 */
export class SheetScanner {
  readonly rows: Array<Array<CellValue | undefined> | undefined> = [];
  readonly hiddenRows = new Set<number>();
  readonly percentCells = new Set<string>();
  readonly decimalCells = new Map<string, number>();
  /** rows read so far (whether empty or not) */
  rowsRead = 0;
  private buf = "";
  private pos = 0;
  /** where </sheetData> is in buf, found once per refill (-1: not in it) */
  private endAt = -1;
  private started = false;
  private done = false;
  private lastRow = 0;
  private prefix = "";
  private rowTag = "<row";
  private rowEnd = "</row>";
  private cTag = "<c";
  private cEnd = "</c>";
  private dataEnd = "</sheetData";
  /** a cell's inner tags, with the part's prefix: made once, not per cell */
  private fTag = "<f";
  private vOpen = "<v";
  private vClose = "</v>";
  private isTag = "<is";

  constructor(
    private readonly more: () => string | null,
    private readonly ctx: ScanContext,
    /** the part's name, for the refusal of a damaged one */
    private readonly partName: string,
  ) {}

  get finished(): boolean {
    return this.done;
  }

  /** Reads rows until `until` rows were read in all, or the sheet ends. */
  read(until: number, filter: ColumnFilter): void {
    if (!this.started && !this.start()) return;
    while (!this.done && this.rowsRead < until) this.nextRow(filter);
  }

  private fill(keepFrom: number): boolean {
    const piece = this.more();
    if (piece === null) return false;
    this.buf = this.buf.slice(keepFrom) + piece;
    this.pos = 0;
    this.endAt = this.buf.indexOf(this.dataEnd);
    return true;
  }

  /** Finds <sheetData> (and the prefix the part uses), reading as far as needed. */
  private start(): boolean {
    for (;;) {
      // the same prefix rule as the cell editor's (core/xml): <sheetData>, <x:sheetData>
      const m = findStartTag(this.buf, "sheetData");
      if (m) {
        this.prefix = m.prefix;
        const p = this.prefix;
        [this.rowTag, this.rowEnd, this.cTag, this.cEnd, this.dataEnd] = [
          `<${p}row`,
          `</${p}row>`,
          `<${p}c`,
          `</${p}c>`,
          `</${p}sheetData`,
        ];
        [this.fTag, this.vOpen, this.vClose, this.isTag] = [
          `<${p}f`,
          `<${p}v`,
          `</${p}v>`,
          `<${p}is`,
        ];
        this.started = true;
        this.pos = m.end - 1;
        this.endAt = this.buf.indexOf(this.dataEnd, this.pos);
        if (this.buf.charCodeAt(this.pos - 1) === 47) this.done = true; // <sheetData/>
        return true;
      }
      // every worksheet has <sheetData>: a part that ends without one is damaged
      if (!this.fill(Math.max(0, this.buf.length - 64)))
        throw new PartError("corrupt", this.partName);
    }
  }

  private nextRow(filter: ColumnFilter): void {
    for (;;) {
      const buf = this.buf;
      let p = buf.indexOf(this.rowTag, this.pos);
      while (p >= 0) {
        const c = buf.charCodeAt(p + this.rowTag.length);
        if (isSpace(c) || c === 62 || c === 47) break;
        p = buf.indexOf(this.rowTag, p + this.rowTag.length);
      }
      const end = this.endAt;
      if (end >= 0 && (p < 0 || end < p)) {
        this.done = true;
        return;
      }
      // the part ended inside <sheetData>: damaged (a cut-off copy, or not XML at all)
      if (p < 0) {
        if (!this.fill(Math.max(this.pos, buf.length - this.dataEnd.length)))
          throw new PartError("corrupt", this.partName);
        continue;
      }
      const te = buf.indexOf(">", p);
      const empty = te >= 0 && buf.charCodeAt(te - 1) === 47;
      const re = te < 0 || empty ? te : buf.indexOf(this.rowEnd, te);
      if (te < 0 || re < 0) {
        if (!this.fill(p)) throw new PartError("corrupt", this.partName);
        continue;
      }
      const a = readAttrs(buf, p + this.rowTag.length, empty ? te - 1 : te);
      const r = a.row > 0 ? a.row : this.lastRow + 1;
      this.lastRow = r;
      this.rowsRead++;
      if (a.hidden) this.hiddenRows.add(r - 1);
      if (!empty) this.cells(buf, te + 1, re, r - 1, filter);
      this.pos = empty ? te + 1 : re + this.rowEnd.length;
      return;
    }
  }

  private cells(buf: string, from: number, to: number, row: number, filter: ColumnFilter): void {
    let out: Array<CellValue | undefined> | undefined;
    let q = from;
    let prevCol = -1;
    const cTag = this.cTag;
    for (;;) {
      const c = buf.indexOf(cTag, q);
      if (c < 0 || c >= to) break;
      const after = buf.charCodeAt(c + cTag.length);
      if (!(isSpace(after) || after === 62 || after === 47)) {
        q = c + cTag.length;
        continue;
      }
      const te = buf.indexOf(">", c);
      const self = buf.charCodeAt(te - 1) === 47;
      const a = readAttrs(buf, c + cTag.length, self ? te - 1 : te);
      const col = a.col >= 0 ? a.col : prevCol + 1;
      prevCol = col;
      if (col > filter.maxCol) break; // cells come in column order
      const ce = self ? te : buf.indexOf(this.cEnd, te);
      q = self ? te + 1 : ce + this.cEnd.length;
      if (self || !filter.keep(col)) continue;
      const value = this.cellValue(a.t, a.s, buf.slice(te + 1, ce), row, col);
      if (value === undefined) continue;
      // sized once, up to the last column kept: grown cell by cell, it would be three times that
      if (!out) out = this.rows[row] = filter.maxCol < 64 ? new Array(filter.maxCol + 1) : [];
      out[col] = value;
    }
  }

  private cellValue(
    t: string,
    style: number,
    inner: string,
    row: number,
    col: number,
  ): CellValue | undefined {
    const v = elementText(inner, this.vOpen, this.vClose);
    if (t === "inlineStr") {
      const is = inner.indexOf(this.isTag);
      if (is >= 0) return inlineText(inner.slice(is), this.prefix);
    }
    // a formula with no result stored: as openpyxl writes one (<f>…</f><v></v>), or without <v>
    if (v === undefined || (v.trim() === "" && t !== "str" && t !== "inlineStr"))
      return inner.includes(this.fTag) ? { error: UNCALCULATED } : undefined;
    switch (t) {
      case "s": {
        const s = this.ctx.strings().get(Number(v));
        return s;
      }
      case "str":
      case "inlineStr":
        return unescapeCellText(v);
      case "b":
        return v.trim() === "1" || v.trim() === "true";
      case "e":
        return { error: unescapeCellText(v).trim() };
      case "d": {
        const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
        return m
          ? { date: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } }
          : unescapeCellText(v);
      }
      default: {
        const n = Number(v);
        if (v.trim() === "" || !Number.isFinite(n)) return { error: "#NUM!" };
        const format = this.ctx.formats[style >= 0 ? style : 0];
        if (!format) return n;
        if (format.kind === "date") {
          const date = dateFromExcelSerial(n, this.ctx.date1904);
          if (date) return { date, serial: n };
          return n;
        }
        if (format.kind === "percent" || format.decimals !== null) {
          const address = cellAddress(row, col);
          if (format.kind === "percent") this.percentCells.add(address);
          if (format.decimals !== null) this.decimalCells.set(address, format.decimals);
        }
        return n;
      }
    }
  }
}

/** The text of the first <v>…</v> (or "" for <v/>), undefined when there is none. */
function elementText(inner: string, open: string, close: string): string | undefined {
  const a = inner.indexOf(open);
  if (a < 0) return undefined;
  const gt = inner.indexOf(">", a);
  if (gt < 0) return undefined;
  if (inner.charCodeAt(gt - 1) === 47) return "";
  const b = inner.indexOf(close, gt);
  const text = b < 0 ? inner.slice(gt + 1) : inner.slice(gt + 1, b);
  return text.startsWith("<![CDATA[") ? text.slice(9, text.lastIndexOf("]]>")) : text;
}

/** An inline string: its <t>, or its runs' <t>s (not the phonetic guide). */
function inlineText(is: string, p: string): string {
  let out = "";
  let pos = 0;
  const rph = `<${p}rPh`;
  for (;;) {
    const t = is.indexOf(`<${p}t`, pos);
    if (t < 0) break;
    const c = is.charCodeAt(t + p.length + 2);
    const r = is.indexOf(rph, pos);
    if (r >= 0 && r < t) {
      pos = is.indexOf(`</${p}rPh>`, r);
      if (pos < 0) break;
      continue;
    }
    const gt = is.indexOf(">", t);
    if (c !== 62 && !isSpace(c)) {
      pos = gt + 1;
      continue;
    }
    if (is.charCodeAt(gt - 1) === 47) {
      pos = gt + 1;
      continue;
    }
    const e = is.indexOf(`</${p}t>`, gt);
    out += is.slice(gt + 1, e < 0 ? undefined : e);
    if (e < 0) break;
    pos = e;
  }
  return unescapeCellText(out);
}
