import PizZip from "pizzip";
import { columnLetters, parseCellAddress } from "../../core/grid/a1";
import type { CellEdit } from "../../core/scaffold/planNextYear";
import type { InflateRaw } from "../../core/zip/inspectZip";
import { attribute } from "./ooxmlText";
import { openWorkbookIndex } from "./workbookIndex";

/**
 * Edits cells inside an .xlsx without rebuilding it: only the worksheets that hold an edited cell
 * are rewritten, and in them only the edited `<c>` elements; every other part (charts, styles,
 * validations, other sheets, shared strings) keeps its content byte for byte. New text is written
 * as inline strings so the shared-string table stays as it is.
 */
export interface XlsxEdit {
  readonly edits: readonly CellEdit[];
  /** a very hidden sheet to write (or replace) whole: next-year's memory */
  readonly hiddenSheet?: { readonly name: string; readonly rows: ReadonlyArray<readonly string[]> };
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** Characters XML 1.0 cannot hold are dropped; the five specials escaped. */
function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A number as Excel writes it: shortest round-trip form, no exponent for report-sized values. */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function cellXml(ref: string, style: string | undefined, value: number | string | null): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

interface Span {
  readonly start: number;
  readonly end: number;
  /** 1-based row, or 0-based column for cells */
  readonly at: number;
  readonly text: string;
}

/** The elements named `tag` directly in `xml` (rows in sheetData, cells in a row), with positions. */
function elements(xml: string, tag: "row" | "c", attr: "r", implicitStart: number): Span[] {
  const re = new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g");
  const out: Span[] = [];
  let next = implicitStart;
  for (const m of xml.matchAll(re)) {
    const open = /^<[^>]*>/.exec(m[0])?.[0] ?? "";
    const r = attribute(open, attr);
    let at: number;
    if (r === undefined) at = next;
    else if (tag === "row") at = Number(r);
    else at = parseCellAddress(r)?.col ?? next;
    next = at + 1;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, at, text: m[0] });
  }
  return out;
}

interface SheetEdits {
  readonly xml: string;
  readonly hadFormula: boolean;
}

function editRow(
  rowXml: string,
  rowNumber: number,
  cells: ReadonlyMap<number, CellEdit>,
  isPercent: (style: string | undefined) => boolean,
): { xml: string; hadFormula: boolean } {
  const open = /^<row\b[^>]*?(\/?)>/.exec(rowXml);
  if (!open) return { xml: rowXml, hadFormula: false };
  // spans is a hint of the row's extent that an added cell could contradict
  const openTag = open[0].replace(/\sspans="[^"]*"/, "").replace(/\/>$/, ">");
  const inner =
    open[1] === "/" ? "" : rowXml.slice(open[0].length, rowXml.length - "</row>".length);
  const existing = elements(inner, "c", "r", 0);
  let hadFormula = false;
  const pieces: Array<{ at: number; text: string }> = [];
  const written = new Set<number>();
  for (const c of existing) {
    const edit = cells.get(c.at);
    if (!edit) {
      pieces.push({ at: c.at, text: c.text });
      continue;
    }
    const tag = /^<c\b[^>]*>/.exec(c.text)?.[0] ?? "";
    const style = attribute(tag, "s");
    if (/<f[\s>/]/.test(c.text)) hadFormula = true;
    pieces.push({ at: c.at, text: cellXml(edit.cell, style, valueFor(edit, style, isPercent)) });
    written.add(c.at);
  }
  for (const [col, edit] of cells) {
    if (written.has(col) || edit.value === null) continue;
    pieces.push({ at: col, text: cellXml(edit.cell, undefined, edit.value) });
  }
  pieces.sort((a, b) => a.at - b.at);
  void rowNumber;
  return { xml: `${openTag}${pieces.map((p) => p.text).join("")}</row>`, hadFormula };
}

function valueFor(
  edit: CellEdit,
  style: string | undefined,
  isPercent: (style: string | undefined) => boolean,
): number | string | null {
  if (edit.figure && typeof edit.value === "number" && isPercent(style)) return edit.value / 100;
  return edit.value;
}

function editSheet(
  xml: string,
  edits: readonly CellEdit[],
  isPercent: (style: string | undefined) => boolean,
): SheetEdits {
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const e of edits) {
    const a = parseCellAddress(e.cell);
    if (!a) continue;
    const row = byRow.get(a.row + 1) ?? new Map<number, CellEdit>();
    row.set(a.col, { ...e, cell: `${columnLetters(a.col)}${a.row + 1}` });
    byRow.set(a.row + 1, row);
  }
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new Error("worksheet without sheetData");
  const innerStart = open.index + open[0].length;
  const closeAt = open[1] === "/" ? innerStart : xml.indexOf("</sheetData>", innerStart);
  const inner = xml.slice(innerStart, closeAt);
  const rows = elements(inner, "row", "r", 1);
  let hadFormula = false;
  const pieces: Array<{ at: number; text: string }> = [];
  for (const r of rows) {
    const cells = byRow.get(r.at);
    if (!cells) {
      pieces.push({ at: r.at, text: r.text });
      continue;
    }
    const edited = editRow(r.text, r.at, cells, isPercent);
    hadFormula ||= edited.hadFormula;
    pieces.push({ at: r.at, text: edited.xml });
    byRow.delete(r.at);
  }
  for (const [row, cells] of byRow) {
    const values = [...cells.values()].filter((e) => e.value !== null);
    if (values.length === 0) continue;
    pieces.push({ at: row, text: editRow(`<row r="${row}"/>`, row, cells, isPercent).xml });
  }
  pieces.sort((a, b) => a.at - b.at);
  const body = pieces.map((p) => p.text).join("");
  const head =
    open[1] === "/"
      ? xml.slice(0, open.index) + open[0].replace(/\/>$/, ">")
      : xml.slice(0, innerStart);
  const tail = open[1] === "/" ? `</sheetData>${xml.slice(innerStart)}` : xml.slice(closeAt);
  return { xml: head + body + tail, hadFormula };
}

function hiddenSheetXml(rows: ReadonlyArray<readonly string[]>): string {
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) => cellXml(`${columnLetters(c)}${r + 1}`, undefined, v))
          .join("")}</row>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** Removes a part with its relationship and content-type entries (calcChain after a formula goes). */
function dropCalcChain(zip: PizZip): void {
  const name = Object.keys(zip.files).find((n) => /(^|\/)calcChain\.xml$/.test(n));
  if (!name) return;
  zip.remove(name);
  for (const relsName of Object.keys(zip.files).filter((n) => n.endsWith(".rels"))) {
    const xml = zip.file(relsName)?.asText() ?? "";
    if (!xml.includes("calcChain")) continue;
    zip.file(relsName, xml.replace(/<Relationship\b[^>]*calcChain[^>]*\/>/g, ""));
  }
  const ct = zip.file("[Content_Types].xml")?.asText();
  if (ct) zip.file("[Content_Types].xml", ct.replace(/<Override\b[^>]*calcChain[^>]*\/>/g, ""));
}

function addHiddenSheet(zip: PizZip, workbookPath: string, name: string, xml: string): void {
  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n += 1;
  const part = `xl/worksheets/sheet${n}.xml`;
  zip.file(part, xml);
  const relsPath = workbookPath.replace(/[^/]*$/, (f) => `_rels/${f}.rels`);
  const rels = zip.file(relsPath)?.asText() ?? "";
  const ids = [...rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const rid = `rId${Math.max(0, ...ids) + 1}`;
  const target = workbookPath.startsWith("xl/") ? `worksheets/sheet${n}.xml` : `/${part}`;
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${target}"/></Relationships>`,
    ),
  );
  const wb = zip.file(workbookPath)?.asText() ?? "";
  const prefix = /<sheet\b[^>]*\s([\w.-]+):id=/.exec(wb)?.[1] ?? "r";
  const sheetIds = [...wb.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const tag = `<sheet name="${xmlText(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" state="veryHidden" ${prefix}:id="${rid}"/>`;
  zip.file(workbookPath, wb.replace("</sheets>", `${tag}</sheets>`));
  const ct = zip.file("[Content_Types].xml")?.asText() ?? "";
  zip.file(
    "[Content_Types].xml",
    ct.replace("</Types>", `<Override PartName="/${part}" ContentType="${WORKSHEET_CT}"/></Types>`),
  );
}

export function editXlsxCells(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
  change: XlsxEdit,
): Uint8Array {
  // the guard first: nothing is unpacked that the reader would not unpack
  const index = openWorkbookIndex(bytes, inflateRaw);
  const isPercent = (style: string | undefined) =>
    index.formatKinds[style === undefined ? 0 : Number(style)] === "percent";
  const zip = new PizZip(bytes);
  const bySheet = new Map<string, CellEdit[]>();
  for (const e of change.edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  let hadFormula = false;
  for (const [name, edits] of bySheet) {
    const entry = index.sheets.find((s) => s.name === name)?.entry;
    if (!entry) throw new Error(`no worksheet part for ${name}`);
    const file = zip.file(entry.name);
    if (!file) throw new Error(`missing part ${entry.name}`);
    const edited = editSheet(file.asText(), edits, isPercent);
    hadFormula ||= edited.hadFormula;
    zip.file(entry.name, edited.xml);
  }
  if (hadFormula) dropCalcChain(zip);
  if (change.hiddenSheet) {
    const xml = hiddenSheetXml(change.hiddenSheet.rows);
    const existing = index.sheets.find((s) => s.name === change.hiddenSheet?.name)?.entry;
    if (existing) zip.file(existing.name, xml);
    else addHiddenSheet(zip, index.workbookPath, change.hiddenSheet.name, xml);
  }
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}
