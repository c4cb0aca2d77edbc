import { cellAddress } from "../../core/grid/a1";
import type { CellValue } from "../../core/grid/grid.types";
import {
  scannedGridSource,
  type GridSource,
  type SheetEntry,
  type SheetPart,
} from "../../core/grid/gridSource";
import { UserError } from "../../core/errors/userError";
import { CompoundFileError, readCompoundFile, type CompoundFile } from "./compoundFile";
import { dateFromExcelSerial } from "../../core/values/excelDate";
import { shownFormat, type ShownFormat } from "../../core/values/numberFormat";

/** BIFF8 record types read here (Microsoft's [MS-XLS]); every other record is skipped. */
const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  XF: 0x00e0,
  FORMAT: 0x041e,
  DATEMODE: 0x0022,
  ROW: 0x0208,
  FILEPASS: 0x002f,
} as const;
const ERRORS: Readonly<Record<number, string>> = {
  0: "#NULL!",
  7: "#DIV/0!",
  15: "#VALUE!",
  23: "#REF!",
  29: "#NAME?",
  36: "#NUM!",
  42: "#N/A",
};

/** Records whose data starts with the cell's 0-based row. */
const CELL_RECORDS: ReadonlySet<number> = new Set([
  R.LABELSST,
  R.LABEL,
  R.NUMBER,
  R.RK,
  R.MULRK,
  R.BOOLERR,
  R.FORMULA,
]);

/** A record or string that runs past the end of the stream: the file is damaged. */
class Damaged extends Error {}

class Stream {
  private readonly view: DataView;
  constructor(readonly b: Uint8Array) {
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  private need(p: number, n: number): void {
    if (p < 0 || p + n > this.b.length) throw new Damaged();
  }
  u8(p: number): number {
    this.need(p, 1);
    return this.b[p] ?? 0;
  }
  u16(p: number): number {
    this.need(p, 2);
    return this.view.getUint16(p, true);
  }
  u32(p: number): number {
    this.need(p, 4);
    return this.view.getUint32(p, true);
  }
  f64(p: number): number {
    this.need(p, 8);
    return this.view.getFloat64(p, true);
  }
  bytes(p: number, count: number): Uint8Array {
    this.need(p, count);
    return this.b.subarray(p, p + count);
  }
  chars(p: number, count: number, wide: boolean): string {
    this.need(p, count * (wide ? 2 : 1));
    let s = "";
    for (let i = 0; i < count; i++)
      s += String.fromCharCode(wide ? this.view.getUint16(p + 2 * i, true) : (this.b[p + i] ?? 0));
    return s;
  }
  /** XLUnicodeString (2-byte length) or ShortXLUnicodeString (1-byte length) in one record. */
  string(p: number, shortLength: boolean): string {
    const count = shortLength ? this.u8(p) : this.u16(p);
    const at = p + (shortLength ? 1 : 2);
    return this.chars(at + 1, count, (this.u8(at) & 1) === 1);
  }
}

/** An RK number: a 30-bit integer or the high bits of a double, optionally divided by 100. */
function rk(v: number): number {
  let x: number;
  if (v & 2) x = v >> 2;
  else {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setUint32(0, 0, true);
    dv.setUint32(4, (v & ~3) >>> 0, true);
    x = dv.getFloat64(0, true);
  }
  return v & 1 ? x / 100 : x;
}

const utf16 = new TextDecoder("utf-16le");

/** Latin-1 bytes (BIFF8's "compressed" characters) as text, a few thousand at a time. */
function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192)
    s += String.fromCharCode(...b.subarray(i, Math.min(b.length, i + 8192)));
  return s;
}

/**
 * The shared strings: the SST record and its CONTINUE records, where a string may break
 * mid-characters and each continuation starts with a fresh option byte. The table is walked once
 * to find where each string starts; a string is decoded only when a cell that is kept uses it, so
 * a workbook of hundreds of thousands of strings the report never reads costs their bytes only.
 */
class SharedStrings {
  private readonly st: Stream;
  /** where each continuation begins in the joined table */
  private readonly bounds: number[] = [];
  private readonly starts: Int32Array;
  private readonly decoded = new Map<number, string>();

  constructor(segments: readonly Uint8Array[]) {
    const total = segments.reduce((n, x) => n + x.length, 0);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const x of segments) {
      if (at) this.bounds.push(at);
      bytes.set(x, at);
      at += x.length;
    }
    this.bounds.push(total);
    this.st = new Stream(bytes);
    const count = Math.min(this.st.u32(4), Math.floor(total / 3));
    this.starts = new Int32Array(count).fill(-1);
    let p = 8;
    for (let i = 0; i < count && p < total; i++) {
      this.starts[i] = p;
      p = this.walk(p, null);
    }
  }

  /** Steps over (and, given `out`, decodes) the string at p; where the next one starts. */
  private walk(start: number, out: string[] | null): number {
    const st = this.st;
    let p = start;
    let cch = st.u16(p);
    const flags = st.u8(p + 2);
    p += 3;
    let wide = (flags & 1) === 1;
    let runs = 0;
    let ext = 0;
    if (flags & 8) {
      runs = st.u16(p);
      p += 2;
    }
    if (flags & 4) {
      ext = st.u32(p);
      p += 4;
    }
    let bi = 0;
    while (cch > 0) {
      while (bi < this.bounds.length && (this.bounds[bi] ?? 0) < p) bi++;
      const end = this.bounds[bi];
      if (end === undefined || p >= st.b.length) throw new Damaged();
      if (end === p) {
        // the characters go on in the next CONTINUE record, which opens with their width
        wide = (st.u8(p) & 1) === 1;
        p += 1;
        bi += 1;
        continue;
      }
      const fit = Math.min(cch, Math.floor((end - p) / (wide ? 2 : 1)));
      if (fit <= 0) throw new Damaged();
      const n = fit * (wide ? 2 : 1);
      const chunk = st.bytes(p, n);
      if (out) out.push(wide ? utf16.decode(chunk) : latin1(chunk));
      p += n;
      cch -= fit;
    }
    return p + runs * 4 + ext;
  }

  get(i: number): string | undefined {
    const hit = this.decoded.get(i);
    if (hit !== undefined) return hit;
    const p = this.starts[i];
    if (p === undefined || p < 0) return undefined;
    const pieces: string[] = [];
    this.walk(p, pieces);
    const s = pieces.join("");
    this.decoded.set(i, s);
    return s;
  }
}

interface Globals {
  readonly sheets: Array<SheetEntry & { readonly offset: number }>;
  readonly strings: SharedStrings | null;
  /** per XF record, what its number format shows */
  readonly formats: readonly ShownFormat[];
  readonly date1904: boolean;
}

function readGlobals(st: Stream): Globals {
  if (st.u16(0) !== R.BOF) throw new Damaged();
  const version = st.u16(4);
  if (version !== 0x0600)
    throw new UserError("FILE_LEGACY_FORMAT", { role: "workbook", format: "Excel 95 (BIFF5)" });
  const sheets: Array<SheetEntry & { offset: number }> = [];
  const codes = new Map<number, string>();
  const xfFormats: number[] = [];
  let strings: SharedStrings | null = null;
  let date1904 = false;
  let p = 0;
  while (p + 4 <= st.b.length) {
    const type = st.u16(p);
    const len = st.u16(p + 2);
    const d = p + 4;
    if (type === R.FILEPASS) throw new UserError("FILE_ENCRYPTED", { role: "workbook" });
    if (type === R.BOUNDSHEET && st.u8(d + 5) === 0) {
      sheets.push({
        name: st.string(d + 6, true),
        visibility: (["visible", "hidden", "veryHidden"] as const)[st.u8(d + 4) & 3] ?? "visible",
        offset: st.u32(d),
      });
    } else if (type === R.DATEMODE) date1904 = st.u16(d) === 1;
    else if (type === R.FORMAT) codes.set(st.u16(d), st.string(d + 2, false));
    else if (type === R.XF) xfFormats.push(st.u16(d + 2));
    else if (type === R.SST) {
      const segments = [st.b.subarray(d, d + len)];
      let q = d + len;
      while (q + 4 <= st.b.length && st.u16(q) === R.CONTINUE) {
        const n = st.u16(q + 2);
        segments.push(st.b.subarray(q + 4, q + 4 + n));
        q += 4 + n;
      }
      strings = new SharedStrings(segments);
      p = q;
      continue;
    } else if (type === R.EOF) break;
    p = d + len;
  }
  const formats = xfFormats.map((id) => shownFormat(codes.get(id), id));
  return { sheets, strings, formats, date1904 };
}

/**
 * A legacy Excel 97–2003 workbook (.xls, BIFF8) as a grid source. The compound-file container is
 * opened by the `cfb` package; the workbook stream's records are read here, for the few records a
 * report needs (cell values, shared strings, number formats, the date system, hidden rows), with
 * every read bounds-checked. The registry's `xlsx` package was not taken: its last published
 * version has known flaws in exactly this read path (docs/security.md).
 */
export function xlsSource(bytes: Uint8Array): GridSource {
  const corrupt = () => new UserError("FILE_CORRUPT", { role: "workbook" });
  // the container: a damaged one is the file's fault
  let container: CompoundFile;
  let workbook: Uint8Array | null;
  try {
    container = readCompoundFile(bytes);
    const names = new Set(container.names.map((n) => n.toUpperCase()));
    if (names.has("ENCRYPTEDPACKAGE") || names.has("ENCRYPTIONINFO"))
      throw new UserError("FILE_ENCRYPTED", { role: "workbook" });
    workbook = container.stream("Workbook") ?? container.stream("Book");
  } catch (e) {
    if (e instanceof CompoundFileError) throw corrupt();
    throw e;
  }
  if (!workbook)
    throw new UserError("FILE_LEGACY_FORMAT", { role: "workbook", format: ".et / .wps" });
  const st = new Stream(workbook);
  // the records are ours to read: a read past the stream is the file's fault, anything else ours
  let globals: Globals;
  try {
    globals = readGlobals(st);
  } catch (e) {
    if (e instanceof Damaged) throw corrupt();
    throw e;
  }
  if (globals.sheets.length === 0) throw new UserError("FILE_NO_SHEETS", { role: "workbook" });

  const read = (
    index: number,
    maxRows: number,
    keep: (col: number) => boolean,
    maxCol: number,
  ): SheetPart => {
    const rows: Array<Array<CellValue | undefined> | undefined> = [];
    const percentCells = new Set<string>();
    const decimalCells = new Map<string, number>();
    const hiddenRows = new Set<number>();
    const sheet = globals.sheets[index];
    if (!sheet) return { rows, percentCells, decimalCells, hiddenRows };
    const put = (row: number, col: number, value: CellValue, xf: number) => {
      if (row >= maxRows || col > maxCol || !keep(col)) return;
      let v = value;
      const format = typeof v === "number" ? globals.formats[xf] : undefined;
      if (typeof v === "number" && format) {
        if (format.kind === "date") {
          const date = dateFromExcelSerial(v, globals.date1904);
          if (date) v = { date, serial: v };
        } else {
          if (format.kind === "percent") percentCells.add(cellAddress(row, col));
          if (format.decimals !== null) decimalCells.set(cellAddress(row, col), format.decimals);
        }
      }
      (rows[row] ??= [])[col] = v;
    };
    let pending: { row: number; col: number; xf: number } | null = null;
    let q = sheet.offset;
    try {
      while (q + 4 <= st.b.length) {
        const type = st.u16(q);
        const len = st.u16(q + 2);
        const d = q + 4;
        q = d + len;
        if (type === R.EOF) break;
        // cells come in row order: past the last row asked for, nothing more is needed
        if (CELL_RECORDS.has(type) && st.u16(d) >= maxRows) break;
        switch (type) {
          case R.ROW:
            if (st.u16(d + 12) & 0x20) hiddenRows.add(st.u16(d));
            break;
          case R.LABELSST: {
            const s = globals.strings?.get(st.u32(d + 6));
            if (s !== undefined) put(st.u16(d), st.u16(d + 2), s, st.u16(d + 4));
            break;
          }
          case R.LABEL:
            put(st.u16(d), st.u16(d + 2), st.string(d + 6, false), st.u16(d + 4));
            break;
          case R.NUMBER:
            put(st.u16(d), st.u16(d + 2), st.f64(d + 6), st.u16(d + 4));
            break;
          case R.RK:
            put(st.u16(d), st.u16(d + 2), rk(st.u32(d + 6) | 0), st.u16(d + 4));
            break;
          case R.MULRK: {
            const row = st.u16(d);
            const first = st.u16(d + 2);
            const n = Math.floor((len - 6) / 6);
            for (let k = 0; k < n; k++)
              put(row, first + k, rk(st.u32(d + 6 + 6 * k) | 0), st.u16(d + 4 + 6 * k));
            break;
          }
          case R.BOOLERR: {
            const isError = st.u8(d + 7) !== 0;
            const v = st.u8(d + 6);
            put(
              st.u16(d),
              st.u16(d + 2),
              isError ? { error: ERRORS[v] ?? "#VALUE!" } : v !== 0,
              st.u16(d + 4),
            );
            break;
          }
          case R.FORMULA: {
            const row = st.u16(d);
            const col = st.u16(d + 2);
            const xf = st.u16(d + 4);
            if (st.u16(d + 12) === 0xffff) {
              const t = st.u8(d + 6);
              if (t === 0)
                pending = { row, col, xf }; // the text follows in a STRING record
              else if (t === 1) put(row, col, st.u8(d + 8) !== 0, xf);
              else if (t === 2) put(row, col, { error: ERRORS[st.u8(d + 8)] ?? "#VALUE!" }, xf);
            } else put(row, col, st.f64(d + 6), xf);
            break;
          }
          case R.STRING:
            if (pending) {
              put(pending.row, pending.col, st.string(d, false), pending.xf);
              pending = null;
            }
            break;
        }
      }
    } catch (e) {
      if (e instanceof Damaged) throw new UserError("FILE_CORRUPT", { role: "workbook" });
      throw e;
    }
    return { rows, percentCells, decimalCells, hiddenRows };
  };

  return scannedGridSource(
    globals.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    256,
    read,
  );
}
