import { cellAddress } from "../../core/grid/a1";
import type { CellValue } from "../../core/grid/grid.types";
import {
  scannedGridSource,
  type GridSource,
  type SheetEntry,
  type SheetPart,
} from "../../core/grid/gridSource";
import { UserError } from "../../core/errors/userError";
import {
  DEFAULT_ZIP_LIMITS,
  readZipDirectory,
  readZipPart,
  type InflateRaw,
} from "../../core/zip/inspectZip";
import { failureForRefusal } from "../../core/zip/refusal";
import { attribute, unescapeXml } from "../xlsx-file/ooxmlText";

/** OpenDocument marks its kind in an uncompressed first entry. */
export const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** More columns than any header is wide, and the most copies of one repeated cell or row kept. */
const MAX_COLUMNS = 256;
const MAX_REPEATS = 1000;

interface TableSpan {
  readonly entry: SheetEntry;
  /** where the table's first row can be looked for, and where the table ends */
  readonly from: number;
  readonly to: number;
}

/** The text of a cell: its paragraphs on lines, with ODF's spaces, tabs and line breaks. */
function cellText(inner: string): string {
  const paras: string[] = [];
  for (const m of inner.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)) {
    const body = (m[1] ?? "")
      .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_x, n: string | undefined) =>
        " ".repeat(Number(n ?? 1)),
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
function cellValue(tag: string, inner: string): { value: CellValue; percent: boolean } | undefined {
  const type = attribute(tag, "value-type");
  const calcType = /calcext:value-type\s*=\s*"([^"]*)"/.exec(tag)?.[1];
  if (calcType === "error")
    return { value: { error: cellText(inner).trim() || "#VALUE!" }, percent: false };
  switch (type) {
    case "float":
    case "currency":
    case "percentage": {
      const n = Number(attribute(tag, "value"));
      if (!Number.isFinite(n)) return undefined;
      return { value: n, percent: type === "percentage" };
    }
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(attribute(tag, "date-value") ?? "");
      if (!m) return undefined;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const serial = (Date.UTC(y, mo - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS;
      return { value: { date: { y, m: mo, d }, serial }, percent: false };
    }
    case "boolean":
      return { value: attribute(tag, "boolean-value") === "true", percent: false };
    case "string": {
      const s = attribute(tag, "string-value") ?? cellText(inner);
      return s === "" ? undefined : { value: s, percent: false };
    }
    default: {
      const text = cellText(inner);
      return text === "" ? undefined : { value: text, percent: false };
    }
  }
}

/**
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format) as a grid source: the same zip
 * guard as .xlsx, then content.xml scanned table by table — the first rows of every table, then
 * only the asked columns of the asked tables. Repeated rows and cells (ODF's compression of empty
 * space) are skipped, not expanded.
 */
export function odsSource(bytes: Uint8Array, inflateRaw: InflateRaw): GridSource {
  const dir = readZipDirectory(bytes, DEFAULT_ZIP_LIMITS);
  if (!dir.ok) throw failureForRefusal(dir.reason, "workbook");
  const content = dir.entries.find((e) => e.name === "content.xml");
  if (!content) throw new UserError("FILE_MISSING_PART", { role: "workbook" });
  const read = readZipPart(bytes, content, inflateRaw);
  if (!read.ok) throw failureForRefusal(read.reason, "workbook");
  const xml = new TextDecoder("utf-8").decode(read.data);

  // table styles that hide a sheet: <style:style style:name="ta2"><style:table-properties table:display="false"/>
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(
    /<style:style\b[^>]*style:family="table"[^>]*>([\s\S]*?)<\/style:style>/g,
  )) {
    if (/table:display\s*=\s*"false"/.test(m[1] ?? "")) {
      const name = attribute(m[0].slice(0, m[0].indexOf(">") + 1), "name");
      if (name) hiddenStyles.add(name);
    }
  }
  const tables: TableSpan[] = [];
  const open = /<table:table[\s>]/g;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const te = xml.indexOf(">", m.index);
    const tag = xml.slice(m.index, te + 1);
    const end = xml.indexOf("</table:table>", te);
    if (end < 0) throw new UserError("FILE_CORRUPT", { role: "workbook" });
    const style = attribute(tag, "style-name");
    tables.push({
      entry: {
        name: attribute(tag, "name") ?? `Sheet${tables.length + 1}`,
        visibility: style && hiddenStyles.has(style) ? "hidden" : "visible",
      },
      from: te + 1,
      to: end,
    });
    open.lastIndex = end;
  }
  if (tables.length === 0) throw new UserError("FILE_NO_SHEETS", { role: "workbook" });

  const scan = (
    t: TableSpan,
    maxRows: number,
    keep: (col: number) => boolean,
    maxCol: number,
  ): SheetPart => {
    const rows: Array<Array<CellValue | undefined> | undefined> = [];
    const percentCells = new Set<string>();
    const hiddenRows = new Set<number>();
    const rowRe = /<table:table-row\b([^>]*?)(\/>|>)/g;
    rowRe.lastIndex = t.from;
    let r = 0;
    for (let m = rowRe.exec(xml); m && m.index < t.to && r < maxRows; m = rowRe.exec(xml)) {
      const attrs = m[1] ?? "";
      const repeat = Math.max(1, Number(/number-rows-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1));
      const hidden = /table:visibility="(collapse|filter)"/.test(attrs);
      let inner = "";
      if (m[2] === ">") {
        const end = xml.indexOf("</table:table-row>", rowRe.lastIndex);
        if (end < 0 || end > t.to) throw new UserError("FILE_CORRUPT", { role: "workbook" });
        inner = xml.slice(rowRe.lastIndex, end);
        rowRe.lastIndex = end;
      }
      const cells: Array<CellValue | undefined> = [];
      const cellPercent: number[] = [];
      let c = 0;
      for (const cm of inner.matchAll(
        /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
      )) {
        if (c > maxCol) break;
        const tag = `<x ${cm[1] ?? ""}>`;
        const span = Math.max(1, Number(/number-columns-repeated="(\d+)"/.exec(tag)?.[1] ?? 1));
        const v = cellValue(tag, cm[2] ?? "");
        if (v) {
          for (let k = 0; k < Math.min(span, MAX_REPEATS) && c + k <= maxCol; k++) {
            if (!keep(c + k)) continue;
            cells[c + k] = v.value;
            if (v.percent) cellPercent.push(c + k);
          }
        }
        c += span;
      }
      // empty rows (and a million of them repeated) only move the count on
      if (cells.some((x) => x !== undefined)) {
        for (let k = 0; k < Math.min(repeat, MAX_REPEATS) && r + k < maxRows; k++) {
          rows[r + k] = [...cells];
          for (const col of cellPercent) percentCells.add(cellAddress(r + k, col));
          if (hidden) hiddenRows.add(r + k);
        }
      }
      r += repeat;
    }
    return { rows, percentCells, hiddenRows };
  };

  return scannedGridSource(
    tables.map((t) => t.entry),
    MAX_COLUMNS,
    (index, maxRows, keep, maxCol) => scan(tables[index] as TableSpan, maxRows, keep, maxCol),
  );
}
