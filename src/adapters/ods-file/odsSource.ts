import { present } from "../../core/errors/present";
import { cellAddress } from "../../core/grid/a1";
import type { CellValue } from "../../core/grid/grid.types";
import type {
  ColumnRequest,
  GridSource,
  PartSink,
  SheetEntry,
  SheetPart,
} from "../../core/grid/gridSource";
import { UserError } from "../../core/errors/userError";
import { attribute, tagEnd } from "../../core/xml/xmlNames";
import { unescapeXml } from "../../core/xml/xmlText";
import type { OpenedPackage } from "../../core/zip/openPackage";

/** More columns than any header is wide, and the most copies of one repeated cell or row kept. */
const MAX_COLUMNS = 256;
const MAX_REPEATS = 1000;

/** The text of a cell: its paragraphs on lines, with ODF's spaces, tabs and line breaks. */
function cellText(inner: string): string {
  const paras: string[] = [];
  for (const m of inner.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)) {
    const body = (m[1] ?? "")
      .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_x, n: string | undefined) =>
        " ".repeat(Math.min(1000, Number(n ?? 1))),
      )
      .replace(/<text:tab\s*\/>/g, "\t")
      .replace(/<text:line-break\s*\/>/g, "\n")
      .replace(/<[^>]+>/g, "");
    paras.push(unescapeXml(body));
  }
  return paras.join("\n");
}

const DAY_MS = 86_400_000;

/** One <table:table-cell> → what the core reads; undefined for an empty cell. */
function cellValue(tag: string, inner: string): { value: CellValue; numeric: boolean } | undefined {
  const type = attribute(tag, "value-type");
  const calcType = /calcext:value-type\s*=\s*"([^"]*)"/.exec(tag)?.[1];
  if (calcType === "error")
    return { value: { error: cellText(inner).trim() || "#VALUE!" }, numeric: false };
  switch (type) {
    case "float":
    case "currency":
    case "percentage": {
      const n = Number(attribute(tag, "value"));
      if (!Number.isFinite(n)) return undefined;
      return { value: n, numeric: true };
    }
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(attribute(tag, "date-value") ?? "");
      if (!m) return undefined;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const serial = (Date.UTC(y, mo - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS;
      return { value: { date: { y, m: mo, d }, serial }, numeric: false };
    }
    case "boolean":
      return { value: attribute(tag, "boolean-value") === "true", numeric: false };
    case "string": {
      const s = attribute(tag, "string-value") ?? cellText(inner);
      return s === "" ? undefined : { value: s, numeric: false };
    }
    default: {
      const text = cellText(inner);
      return text === "" ? undefined : { value: text, numeric: false };
    }
  }
}

/** What a cell style shows: per cent or not, and the decimals its data style fixes. */
interface CellStyle {
  readonly percent: boolean;
  readonly decimals: number | null;
}

/**
 * The styles a spreadsheet's cells and tables use, from styles.xml and content.xml's automatic
 * styles: which table styles hide a sheet, and what each cell style's data style shows (a cell
 * style may take its data style from its parent).
 */
class OdsStyles {
  private readonly hiddenTables = new Set<string>();
  private readonly dataStyleOf = new Map<string, string>();
  private readonly parentOf = new Map<string, string>();
  private readonly numberStyles = new Map<string, CellStyle>();
  private readonly cache = new Map<string, CellStyle | null>();

  add(xml: string): void {
    for (const m of xml.matchAll(/<style:style\b([^>]*?)(?:\/>|>([\s\S]*?)<\/style:style>)/g)) {
      const tag = m[1] ?? "";
      const name = attribute(tag, "name");
      if (!name) continue;
      const family = attribute(tag, "family");
      if (family === "table" && /table:display\s*=\s*"false"/.test(m[2] ?? ""))
        this.hiddenTables.add(name);
      if (family !== "table-cell") continue;
      const data = attribute(tag, "data-style-name");
      if (data) this.dataStyleOf.set(name, data);
      const parent = attribute(tag, "parent-style-name");
      if (parent) this.parentOf.set(name, parent);
    }
    for (const m of xml.matchAll(
      /<number:(number|percentage|currency)-style\b([^>]*)>([\s\S]*?)<\/number:\1-style>/g,
    )) {
      const name = attribute(m[2] ?? "", "name");
      if (!name) continue;
      const places =
        /<number:(?:number|scientific-number)\b[^>]*?number:decimal-places="(\d+)"/.exec(
          m[3] ?? "",
        );
      const hasNumber = /<number:(?:number|scientific-number)\b/.test(m[3] ?? "");
      this.numberStyles.set(name, {
        percent: m[1] === "percentage",
        decimals: places ? Number(places[1]) : hasNumber ? 0 : null,
      });
    }
  }

  isHiddenTable(style: string | undefined): boolean {
    return style !== undefined && this.hiddenTables.has(style);
  }

  cell(style: string | undefined): CellStyle | null {
    if (!style) return null;
    const hit = this.cache.get(style);
    if (hit !== undefined) return hit;
    let found: CellStyle | null = null;
    let s: string | undefined = style;
    for (let depth = 0; s && depth < 8 && !found; depth++) {
      const data = this.dataStyleOf.get(s);
      if (data) found = this.numberStyles.get(data) ?? null;
      s = this.parentOf.get(s);
    }
    this.cache.set(style, found);
    return found;
  }
}

/** A table as content.xml opens it. */
interface TableStart {
  readonly name: string;
  readonly style: string | undefined;
}

interface Visitor {
  table(index: number, start: TableStart): void;
  /** a row's whole element; false stops the scan of this table's rows */
  row(index: number, text: string): boolean;
  columns(index: number, tag: string): void;
  end(index: number): void;
}

const isNameEnd = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47;

/**
 * content.xml read a piece at a time, table by table and row by row, as the package guard hands
 * it out: no more of the document is held than one row (the automatic styles before the body
 * aside). A document that ends inside a table is damaged.
 */
function scanContent(pkg: OpenedPackage, styles: OdsStyles, visit: Visitor): void {
  const pieces = pkg.pieces("content.xml");
  if (!pieces) throw new UserError("FILE_MISSING_PART", { role: "workbook" });
  const decoder = new TextDecoder("utf-8");
  let buf = "";
  let pos = 0;
  let ended = false;
  /** more text; false at the end of the part */
  const more = (): boolean => {
    if (ended) return false;
    const piece = pkg.guard(pieces);
    buf = buf.slice(pos) + (piece ? decoder.decode(piece, { stream: true }) : decoder.decode());
    pos = 0;
    if (!piece) ended = true;
    return true;
  };
  const damaged = () => new UserError("FILE_CORRUPT", { role: "workbook" });
  let inBody = false;
  let stylesFrom = -1;
  let table = -1;
  let skipRows = false;
  let count = 0;
  for (;;) {
    const lt = buf.indexOf("<", pos);
    if (lt < 0) {
      pos = buf.length;
      if (!more()) break;
      continue;
    }
    const end = tagEnd(buf, lt);
    if (end < 0) {
      pos = lt;
      if (!more()) throw damaged();
      continue;
    }
    const c1 = buf.charCodeAt(lt + 1);
    if (c1 === 33 || c1 === 63) {
      // a comment, CDATA or processing instruction: skipped whole
      const close = c1 === 63 ? "?>" : buf.startsWith("<!--", lt) ? "-->" : "]]>";
      const at = c1 === 63 ? end - 2 : buf.indexOf(close, lt + 4);
      if (at < 0) {
        pos = lt;
        if (!more()) throw damaged();
        continue;
      }
      pos = at + close.length;
      continue;
    }
    if (!inBody) {
      if (buf.startsWith("<office:automatic-styles", lt) && stylesFrom < 0) {
        // the automatic styles are kept whole until they close: small in any real document
        const close = buf.indexOf("</office:automatic-styles>", lt);
        if (close < 0) {
          pos = lt;
          if (!more()) throw damaged();
          continue;
        }
        styles.add(buf.slice(lt, close));
        stylesFrom = close;
        pos = close + 1;
        continue;
      }
      if (buf.startsWith("<office:body", lt) && isNameEnd(buf.charCodeAt(lt + 12))) inBody = true;
      pos = end;
      continue;
    }
    if (buf.startsWith("<table:table", lt) && isNameEnd(buf.charCodeAt(lt + 12))) {
      if (table >= 0) throw damaged(); // a table inside a table: not a spreadsheet's content
      const tag = buf.slice(lt, end);
      table = count++;
      skipRows = false;
      visit.table(table, {
        name: attribute(tag, "name") ?? `Sheet${table + 1}`,
        style: attribute(tag, "style-name"),
      });
      pos = end;
      continue;
    }
    if (buf.startsWith("</table:table>", lt)) {
      if (table < 0) throw damaged();
      visit.end(table);
      table = -1;
      pos = end;
      continue;
    }
    if (
      table >= 0 &&
      buf.startsWith("<table:table-column", lt) &&
      isNameEnd(buf.charCodeAt(lt + 19))
    ) {
      visit.columns(table, buf.slice(lt, end));
      pos = end;
      continue;
    }
    if (
      table >= 0 &&
      buf.startsWith("<table:table-row", lt) &&
      isNameEnd(buf.charCodeAt(lt + 16))
    ) {
      const selfClosing = buf.charCodeAt(end - 2) === 47;
      let rowEnd = end;
      if (!selfClosing) {
        const close = buf.indexOf("</table:table-row>", end);
        if (close < 0) {
          pos = lt;
          if (!more()) throw damaged();
          continue;
        }
        rowEnd = close + "</table:table-row>".length;
      }
      if (!skipRows && !visit.row(table, buf.slice(lt, rowEnd))) skipRows = true;
      pos = rowEnd;
      continue;
    }
    pos = end;
  }
  if (table >= 0) throw damaged();
}

/** A table's rows being read: the first rows, or some columns of every row. */
class TableReader {
  readonly rows: Array<Array<CellValue | undefined> | undefined> = [];
  readonly percentCells = new Set<string>();
  readonly decimalCells = new Map<string, number>();
  readonly hiddenRows = new Set<number>();
  private r = 0;
  /** each column's default cell style, by 0-based column */
  private readonly columnStyles: Array<string | undefined> = [];

  constructor(
    private readonly styles: OdsStyles,
    private readonly maxRows: number,
    private readonly maxCol: number,
    private readonly keep: (col: number) => boolean,
  ) {}

  column(tag: string): void {
    const repeat = Math.max(1, Number(attribute(tag, "number-columns-repeated") ?? 1));
    const style = attribute(tag, "default-cell-style-name");
    for (let k = 0; k < repeat && this.columnStyles.length <= this.maxCol; k++)
      this.columnStyles.push(style);
  }

  /** false once the rows asked for are read */
  row(text: string): boolean {
    if (this.r >= this.maxRows) return false;
    const open = text.slice(0, tagEnd(text, 0));
    const repeat = Math.max(1, Number(attribute(open, "number-rows-repeated") ?? 1));
    const hidden = /table:visibility\s*=\s*"(collapse|filter)"/.test(open);
    const cells: Array<CellValue | undefined> = [];
    const shown: Array<{ col: number; style: CellStyle }> = [];
    let c = 0;
    for (const cm of text.matchAll(
      /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
    )) {
      if (c > this.maxCol) break;
      const tag = `<x ${cm[1] ?? ""}>`;
      const span = Math.max(1, Number(attribute(tag, "number-columns-repeated") ?? 1));
      const v = cellValue(tag, cm[2] ?? "");
      if (v) {
        const style = v.numeric
          ? this.styles.cell(attribute(tag, "style-name") ?? this.columnStyles[c])
          : null;
        for (let k = 0; k < Math.min(span, MAX_REPEATS) && c + k <= this.maxCol; k++) {
          if (!this.keep(c + k)) continue;
          cells[c + k] = v.value;
          if (style) shown.push({ col: c + k, style });
        }
      }
      c += span;
    }
    // empty rows (and a million of them repeated) only move the count on
    if (cells.some((x) => x !== undefined)) {
      for (let k = 0; k < Math.min(repeat, MAX_REPEATS) && this.r + k < this.maxRows; k++) {
        const row = this.r + k;
        this.rows[row] = [...cells];
        for (const { col, style } of shown) {
          const address = cellAddress(row, col);
          if (style.percent) this.percentCells.add(address);
          if (style.decimals !== null) this.decimalCells.set(address, style.decimals);
        }
        if (hidden) this.hiddenRows.add(row);
      }
    }
    this.r += repeat;
    return this.r < this.maxRows;
  }

  part(): SheetPart {
    return {
      rows: this.rows,
      percentCells: this.percentCells,
      decimalCells: this.decimalCells,
      hiddenRows: this.hiddenRows,
    };
  }
}

/**
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format) as a grid source: content.xml
 * streamed through the package guard, table by table — once for the sheet list, once for the
 * first rows of every table, once for the asked columns of the asked tables, each table handed
 * over as soon as it is read. Repeated rows and cells (ODF's compression of empty space) are
 * skipped, not expanded.
 */
export function odsSource(pkg: OpenedPackage): GridSource {
  const styles = new OdsStyles();
  const common = pkg.text("styles.xml");
  if (common) styles.add(common);
  let entries: SheetEntry[] | null = null;

  const list = (): SheetEntry[] => {
    if (entries) return entries;
    const found: SheetEntry[] = [];
    scanContent(pkg, styles, {
      table: (_i, t) =>
        found.push({
          name: t.name,
          visibility: styles.isHiddenTable(t.style) ? "hidden" : "visible",
        }),
      row: () => false,
      columns: () => undefined,
      end: () => undefined,
    });
    if (found.length === 0) throw new UserError("FILE_NO_SHEETS", { role: "workbook" });
    return (entries = found);
  };

  return {
    sheets: async () => list(),
    heads: async (rows) => {
      const n = list().length;
      const readers: TableReader[] = [];
      scanContent(pkg, styles, {
        table: (i) => {
          readers[i] = new TableReader(styles, rows, MAX_COLUMNS - 1, () => true);
        },
        row: (i, text) => readers[i]?.row(text) ?? false,
        columns: (i, tag) => readers[i]?.column(tag),
        end: () => undefined,
      });
      return Array.from({ length: n }, (_x, i) => readers[i]?.part() ?? EMPTY);
    },
    columns: async (requests: readonly ColumnRequest[], each: PartSink) => {
      const n = list().length;
      const wanted = new Map<number, ColumnRequest>();
      for (const q of requests) if (q.sheet >= 0 && q.sheet < n) wanted.set(q.sheet, q);
      if (wanted.size === 0) return;
      const order = requests.filter((q) => wanted.get(q.sheet) === q).map((q) => q.sheet);
      // tables come in the document's order, requests in the plan's: one held back waits for
      // those asked for before it (报告信息 first), every other is handed over when it ends
      const ready = new Map<number, SheetPart>();
      let next = 0;
      const flush = () => {
        while (next < order.length && ready.has(order[next] ?? 0)) {
          const sheet = order[next++] ?? 0;
          each(sheet, present(ready.get(sheet), "ready.get(sheet)"));
          ready.delete(sheet);
        }
      };
      const readers = new Map<number, TableReader>();
      scanContent(pkg, styles, {
        table: (i) => {
          const q = wanted.get(i);
          if (!q) return;
          const cols = new Set(q.columns);
          readers.set(
            i,
            new TableReader(styles, Number.MAX_SAFE_INTEGER, Math.max(-1, ...q.columns), (c) =>
              cols.has(c),
            ),
          );
        },
        row: (i, text) => readers.get(i)?.row(text) ?? false,
        columns: (i, tag) => readers.get(i)?.column(tag),
        end: (i) => {
          const reader = readers.get(i);
          if (!reader) return;
          readers.delete(i);
          ready.set(i, reader.part());
          flush();
        },
      });
      // whatever is still held (a table asked for that never closed is damaged and refused above)
      for (const sheet of order.slice(next)) {
        const part = ready.get(sheet);
        if (part) each(sheet, part);
      }
    },
  };
}

const EMPTY: SheetPart = { rows: [], percentCells: new Set(), hiddenRows: new Set() };
