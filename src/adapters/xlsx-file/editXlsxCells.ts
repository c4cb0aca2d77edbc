import { present } from "../../core/errors/present";
import PizZip from "pizzip";
import { cellAddress, columnLetters, parseCellAddress } from "../../core/grid/a1";
import { UserError } from "../../core/errors/userError";
import type { CellEdit, WorkbookChange } from "../../core/scaffold/planNextYear";
import {
  attribute,
  childElements,
  findEndTag,
  findStartTag,
  NS,
  type ElementSpan,
} from "../../core/xml/xmlNames";
import { escapeXmlText, unescapeXml } from "../../core/xml/xmlText";
import { openPackage } from "../../core/zip/openPackage";
import type { InflateRaw } from "../../core/zip/zipDirectory";
import { shiftFormula } from "./shiftFormula";
import { openWorkbookIndex } from "./workbookIndex";

const WORKSHEET_TYPE = `${NS.relationships}/worksheet`;
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** A number as Excel writes it: shortest round-trip form, no exponent for report-sized values. */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function cellXml(
  p: string,
  ref: string,
  style: string | undefined,
  value: number | string | null,
): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value === null) return `<${p}c r="${ref}"${s}/>`;
  if (typeof value === "number")
    return `<${p}c r="${ref}"${s}><${p}v>${numberText(value)}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXmlText(value)}</${p}t></${p}is></${p}c>`;
}

/** A start tag with an attribute set (replaced if present), or removed when value is null. */
function withAttribute(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const without = tag.replace(re, "");
  if (value === null) return without;
  return without.replace(/^(<[\w.:-]+)/, `$1 ${name}="${value}"`);
}

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function rangeBox(ref: string | undefined): Box | null {
  if (!ref) return null;
  const [a, b] = ref.split(":");
  const p = parseCellAddress(a ?? "");
  const q = parseCellAddress(b ?? a ?? "");
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

const inBox = (b: Box, row: number, col: number) =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

/** Where the end tag of an element that is not self-closing begins. */
const endTagStart = (xml: string, el: ElementSpan) => xml.lastIndexOf("</", el.end - 1);

/** One cell element of a sheet, where it is, and its formula's element if it has one. */
interface CellSpan {
  readonly el: ElementSpan;
  readonly row: number;
  readonly col: number;
  readonly f: ElementSpan | null;
}

/** A cell that holds a formula element. */
type FormulaCell = CellSpan & { readonly f: ElementSpan };

interface RowSpan {
  readonly el: ElementSpan;
  /** 0-based */
  readonly row: number;
  readonly hasR: boolean;
}

/** A sheet's rows, with their cells read only when asked (most rows are never edited). */
class SheetModel {
  readonly prefix: string;
  readonly rows: RowSpan[] = [];
  private readonly cellsOf = new Map<number, CellSpan[]>();
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly selfClosing: boolean;
  readonly dataStart: number;

  constructor(
    readonly xml: string,
    readonly sheetName: string,
  ) {
    const open = findStartTag(xml, "sheetData");
    if (!open) throw new UserError("FILE_CORRUPT", { role: "workbook" });
    this.prefix = open.prefix;
    this.dataStart = open.start;
    this.selfClosing = open.selfClosing;
    this.innerStart = open.end;
    this.innerEnd = open.selfClosing
      ? open.end
      : findEndTag(xml, `${open.prefix}sheetData`, open.end);
    if (this.innerEnd < 0) throw new UserError("FILE_CORRUPT", { role: "workbook" });
    let next = 0;
    for (const el of this.children(this.innerStart, this.innerEnd)) {
      if (el.local !== "row") continue;
      const r = attribute(xml.slice(el.start, el.openEnd), "r");
      const row = r !== undefined && /^\d+$/.test(r.trim()) ? Number(r) - 1 : next;
      next = row + 1;
      this.rows.push({ el, row, hasR: r !== undefined });
    }
  }

  private children(from: number, to: number): ElementSpan[] {
    try {
      return childElements(this.xml, from, to);
    } catch {
      throw new UserError("FILE_CORRUPT", { role: "workbook" });
    }
  }

  cells(row: RowSpan): CellSpan[] {
    const hit = this.cellsOf.get(row.row);
    if (hit) return hit;
    const out: CellSpan[] = [];
    let next = 0;
    if (!row.el.selfClosing) {
      const close = endTagStart(this.xml, row.el);
      for (const el of this.children(row.el.openEnd, close)) {
        if (el.local !== "c") continue;
        const r = attribute(this.xml.slice(el.start, el.openEnd), "r");
        const col = (r !== undefined ? parseCellAddress(r)?.col : undefined) ?? next;
        next = col + 1;
        const inner = el.selfClosing ? [] : this.children(el.openEnd, endTagStart(this.xml, el));
        out.push({ el, row: row.row, col, f: inner.find((x) => x.local === "f") ?? null });
      }
    }
    this.cellsOf.set(row.row, out);
    return out;
  }

  /** Every cell that has a formula, read only when the sheet has shared or multi-cell formulas. */
  formulaCells(): FormulaCell[] {
    if (!/<(?:[\w.-]+:)?f\b[^>]*\st\s*=\s*"(?:shared|array|dataTable)"/.test(this.xml)) return [];
    return this.rows.flatMap((r) => this.cells(r).filter((c): c is FormulaCell => c.f !== null));
  }

  text(el: ElementSpan): string {
    return this.xml.slice(el.start, el.end);
  }

  openTag(el: ElementSpan): string {
    return this.xml.slice(el.start, el.openEnd);
  }
}

/** A shared formula's group: its master's text and place, and every cell that refers to it. */
interface SharedGroup {
  master: FormulaCell | null;
  text: string;
  readonly members: FormulaCell[];
}

function formulaText(sheet: SheetModel, f: ElementSpan): string {
  if (f.selfClosing) return "";
  const inner = sheet.xml.slice(f.openEnd, endTagStart(sheet.xml, f));
  return inner.startsWith("<![CDATA[") ? inner.slice(9, inner.lastIndexOf("]]>")) : inner;
}

function editSheet(
  sheet: SheetModel,
  edits: readonly CellEdit[],
  isPercent: (style: string | undefined) => boolean,
): { xml: string; hadFormula: boolean } {
  const p = sheet.prefix;
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const e of edits) {
    const a = parseCellAddress(e.cell);
    if (!a) continue;
    const row = byRow.get(a.row) ?? new Map<number, CellEdit>();
    row.set(a.col, { ...e, cell: cellAddress(a.row, a.col) });
    byRow.set(a.row, row);
  }
  const edited = (row: number, col: number) => byRow.get(row)?.get(col) !== undefined;

  // Formulas that span cells: an array formula or data table can only be replaced whole, a shared
  // formula's group is written out cell by cell once any of its cells is edited.
  const replaced = new Map<CellSpan, string>(); // a cell's new formula element
  const groups = new Map<string, SharedGroup>();
  for (const c of sheet.formulaCells()) {
    const tag = sheet.openTag(c.f);
    const t = attribute(tag, "t");
    if (t === "array" || t === "dataTable") {
      const box = rangeBox(attribute(tag, "ref"));
      if (!box) continue;
      let any = false;
      let all = true;
      for (let r = box.top; r <= box.bottom; r++)
        for (let k = box.left; k <= box.right; k++) {
          if (edited(r, k)) any = true;
          else all = false;
        }
      if (any && !all) {
        const first = edits.find((e) => {
          const a = parseCellAddress(e.cell);
          return a !== null && inBox(box, a.row, a.col);
        });
        throw new UserError("NEXT_YEAR_CANNOT_EDIT", {
          sheet: sheet.sheetName,
          cell: first?.cell ?? cellAddress(c.row, c.col),
          construct: t,
          range: attribute(tag, "ref") ?? "",
        });
      }
    } else if (t === "shared") {
      const si = attribute(tag, "si") ?? "";
      const g = groups.get(si) ?? { master: null, text: "", members: [] };
      groups.set(si, g);
      g.members.push(c);
      if (attribute(tag, "ref") !== undefined && !c.f.selfClosing) {
        g.master = c;
        g.text = formulaText(sheet, c.f);
      }
    }
  }
  // The group of an edited cell is unshared: each of its other cells gets the master's formula
  // moved to it, written out. Promoting another cell to master would need a new range that Excel
  // and LibreOffice read alike for any shape; written-out formulas mean the same everywhere.
  for (const g of groups.values()) {
    if (!g.master || !g.members.some((c) => edited(c.row, c.col))) continue;
    const master = g.master;
    for (const c of g.members) {
      if (edited(c.row, c.col)) continue;
      const f = c.f;
      const keep = withAttribute(
        withAttribute(withAttribute(sheet.openTag(f), "t", null), "ref", null),
        "si",
        null,
      ).replace(/\s*\/?>$/, ">");
      const text = escapeXmlText(
        shiftFormula(unescapeXml(g.text), c.row - master.row, c.col - master.col),
      );
      replaced.set(c, `${keep}${text}</${f.prefix}f>`);
    }
  }
  const touched = new Set<number>([...byRow.keys(), ...[...replaced.keys()].map((c) => c.row)]);

  let hadFormula = false;
  const writeRow = (row: RowSpan | null, rowNumber: number): string => {
    const cells = row ? sheet.cells(row) : [];
    const wanted = byRow.get(rowNumber) ?? new Map<number, CellEdit>();
    const pieces: Array<{ at: number; text: string }> = [];
    const written = new Set<number>();
    for (const c of cells) {
      const edit = wanted.get(c.col);
      const tag = sheet.openTag(c.el);
      const ref = cellAddress(c.row, c.col);
      if (!edit) {
        let text = sheet.text(c.el);
        const f = replaced.get(c);
        if (f && c.f)
          text = sheet.xml.slice(c.el.start, c.f.start) + f + sheet.xml.slice(c.f.end, c.el.end);
        // an explicit address, so that a cell added before it cannot move it
        if (attribute(tag, "r") === undefined)
          text = withAttribute(tag, "r", ref) + text.slice(tag.length);
        pieces.push({ at: c.col, text });
        continue;
      }
      const style = attribute(tag, "s");
      if (c.f) hadFormula = true;
      pieces.push({ at: c.col, text: cellXml(p, ref, style, valueFor(edit, style, isPercent)) });
      written.add(c.col);
    }
    for (const [col, edit] of wanted) {
      if (written.has(col) || edit.value === null) continue;
      pieces.push({ at: col, text: cellXml(p, edit.cell, undefined, edit.value) });
    }
    pieces.sort((a, b) => a.at - b.at);
    // spans is a hint of the row's extent that an added cell could contradict
    const open = row
      ? withAttribute(
          withAttribute(sheet.openTag(row.el), "spans", null),
          "r",
          String(rowNumber + 1),
        ).replace(/\s*\/>$/, ">")
      : `<${p}row r="${rowNumber + 1}">`;
    const close = row ? `</${row.el.prefix}row>` : `</${p}row>`;
    return `${open}${pieces.map((x) => x.text).join("")}${close}`;
  };

  const pieces: Array<{ at: number; text: string }> = [];
  const rowsPresent = new Set<number>();
  const adding = [...byRow.entries()].some(
    ([r, cells]) =>
      !sheet.rows.some((x) => x.row === r) && [...cells.values()].some((e) => e.value !== null),
  );
  for (const r of sheet.rows) {
    rowsPresent.add(r.row);
    if (touched.has(r.row)) pieces.push({ at: r.row, text: writeRow(r, r.row) });
    else if (adding && !r.hasR)
      pieces.push({
        at: r.row,
        text:
          withAttribute(sheet.openTag(r.el), "r", String(r.row + 1)) +
          sheet.xml.slice(r.el.openEnd, r.el.end),
      });
    else pieces.push({ at: r.row, text: sheet.text(r.el) });
  }
  for (const [row, cells] of byRow) {
    if (rowsPresent.has(row) || ![...cells.values()].some((e) => e.value !== null)) continue;
    pieces.push({ at: row, text: writeRow(null, row) });
  }
  pieces.sort((a, b) => a.at - b.at);
  const body = pieces.map((x) => x.text).join("");
  const xml = sheet.xml;
  const open = present(findStartTag(xml, "sheetData"), "the sheet's sheetData");
  const head = sheet.selfClosing
    ? xml.slice(0, open.start) + xml.slice(open.start, open.end).replace(/\s*\/>$/, ">")
    : xml.slice(0, sheet.innerStart);
  const tail = sheet.selfClosing
    ? `</${p}sheetData>${xml.slice(open.end)}`
    : xml.slice(sheet.innerEnd);
  return { xml: widenDimension(head, edits) + body + tail, hadFormula };
}

/** The sheet's <dimension ref="A1:G40"> widened to hold the cells written. */
function widenDimension(head: string, edits: readonly CellEdit[]): string {
  const dim = findStartTag(head, "dimension");
  if (!dim) return head;
  const tag = head.slice(dim.start, dim.end);
  const box = rangeBox(attribute(tag, "ref"));
  if (!box) return head;
  let { top, left, bottom, right } = box;
  for (const e of edits) {
    if (e.value === null) continue;
    const a = parseCellAddress(e.cell);
    if (!a) continue;
    top = Math.min(top, a.row);
    left = Math.min(left, a.col);
    bottom = Math.max(bottom, a.row);
    right = Math.max(right, a.col);
  }
  const ref = `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
  return head.slice(0, dim.start) + withAttribute(tag, "ref", ref) + head.slice(dim.end);
}

function valueFor(
  edit: CellEdit,
  style: string | undefined,
  isPercent: (style: string | undefined) => boolean,
): number | string | null {
  if (edit.figure && typeof edit.value === "number" && isPercent(style)) return edit.value / 100;
  return edit.value;
}

function hiddenSheetXml(rows: ReadonlyArray<readonly string[]>): string {
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) => cellXml("", `${columnLetters(c)}${r + 1}`, undefined, v))
          .join("")}</row>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.spreadsheet}"><sheetData>${body}</sheetData></worksheet>`;
}

/** The parts of the package being written: the source's, with those changed or added. */
class PartSet {
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();
  private readonly decoder = new TextDecoder("utf-8");

  constructor(private readonly source: Map<string, Uint8Array>) {}

  names(): string[] {
    return [...this.source.keys(), ...this.changed.keys()].filter(
      (n, i, all) => all.indexOf(n) === i && !this.removed.has(n),
    );
  }

  has(name: string): boolean {
    const lower = name.toLowerCase();
    return this.names().some((n) => n.toLowerCase() === lower);
  }

  text(name: string): string | null {
    const c = this.changed.get(name);
    if (c !== undefined) return c;
    const b = this.source.get(name);
    return b ? this.decoder.decode(b) : null;
  }

  set(name: string, text: string): void {
    this.changed.set(name, text);
  }

  remove(name: string): void {
    this.removed.add(name);
  }

  zip(): Uint8Array {
    const zip = new PizZip();
    for (const name of this.names())
      zip.file(
        name,
        this.changed.get(name) ?? present(this.source.get(name), "this.source.get(name)"),
      );
    return zip.generate({ type: "uint8array", compression: "DEFLATE" });
  }
}

/** Inserts `element` before the end tag of the root `local`, in the root's own prefix. */
function appendToRoot(xml: string, local: string, element: (prefix: string) => string): string {
  const root = findStartTag(xml, local);
  if (!root) throw new UserError("FILE_CORRUPT", { role: "workbook" });
  if (root.selfClosing) {
    const open = xml.slice(root.start, root.end).replace(/\s*\/>$/, ">");
    return `${xml.slice(0, root.start)}${open}${element(root.prefix)}</${root.prefix}${local}>${xml.slice(root.end)}`;
  }
  const close = findEndTag(xml, `${root.prefix}${local}`, root.end);
  if (close < 0) throw new UserError("FILE_CORRUPT", { role: "workbook" });
  return xml.slice(0, close) + element(root.prefix) + xml.slice(close);
}

/** Removes calcChain with its relationship and content-type entries (after a formula goes). */
function dropCalcChain(parts: PartSet): void {
  const name = parts.names().find((n) => /(^|\/)calcChain\.xml$/i.test(n));
  if (!name) return;
  parts.remove(name);
  for (const relsName of parts.names().filter((n) => n.endsWith(".rels"))) {
    const xml = parts.text(relsName) ?? "";
    if (!xml.includes("calcChain")) continue;
    parts.set(relsName, xml.replace(/<([\w.-]+:)?Relationship\b[^>]*calcChain[^>]*\/>/g, ""));
  }
  const ct = parts.text("[Content_Types].xml");
  if (ct)
    parts.set(
      "[Content_Types].xml",
      ct.replace(/<([\w.-]+:)?Override\b[^>]*calcChain[^>]*\/>/g, ""),
    );
}

function addHiddenSheet(parts: PartSet, workbookPath: string, name: string, xml: string): void {
  const dir = workbookPath.replace(/[^/]*$/, "");
  let n = 1;
  while (parts.has(`${dir}worksheets/sheet${n}.xml`)) n += 1;
  const part = `${dir}worksheets/sheet${n}.xml`;
  parts.set(part, xml);

  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  const rels = parts.text(relsPath);
  if (rels === null) throw new UserError("FILE_MISSING_PART", { role: "workbook" });
  const ids = new Set([...rels.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k += 1;
  const rid = `rId${k}`;
  parts.set(
    relsPath,
    appendToRoot(
      rels,
      "Relationships",
      (pre) =>
        `<${pre}Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/>`,
    ),
  );

  const wb = present(parts.text(workbookPath), "the workbook part");
  const sheets = findStartTag(wb, "sheets");
  if (!sheets || sheets.selfClosing) throw new UserError("FILE_CORRUPT", { role: "workbook" });
  const close = findEndTag(wb, `${sheets.prefix}sheets`, sheets.end);
  if (close < 0) throw new UserError("FILE_CORRUPT", { role: "workbook" });
  const section = wb.slice(sheets.end, close);
  const sheetIds = [...section.matchAll(/\ssheetId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
  // r: is declared on the element itself: a workbook may bind it only on each <sheet>
  const tag =
    `<${sheets.prefix}sheet xmlns:r="${NS.relationships}" name="${escapeXmlText(name)}" ` +
    `sheetId="${Math.max(0, ...sheetIds) + 1}" state="veryHidden" r:id="${rid}"/>`;
  parts.set(workbookPath, wb.slice(0, close) + tag + wb.slice(close));

  const ct = parts.text("[Content_Types].xml");
  if (ct === null) throw new UserError("FILE_MISSING_PART", { role: "workbook" });
  parts.set(
    "[Content_Types].xml",
    appendToRoot(
      ct,
      "Types",
      (pre) => `<${pre}Override PartName="/${part}" ContentType="${WORKSHEET_CT}"/>`,
    ),
  );
}

/**
 * Edits cells inside an .xlsx without rebuilding it: only the worksheets that hold an edited cell
 * are rewritten, and in them only the edited `<c>` elements (and, where an edit breaks a shared
 * formula, the formulas of that group); every other part (charts, styles, validations, other
 * sheets, shared strings) keeps its content byte for byte. New text is written as inline strings
 * so the shared-string table stays as it is. Whatever namespace prefixes the file uses, what is
 * written uses the same ones, and any other prefix it needs is declared where it is used, so the
 * result opens in every program the source opened in.
 *
 * What cannot be edited without damage is refused, naming the cell: a cell inside an array
 * formula or a data table that spans other cells.
 */
export function editXlsxCells(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
  change: WorkbookChange,
): Uint8Array {
  // every part through the guard: nothing is unpacked that the reader would not unpack
  const pkg = openPackage(bytes, inflateRaw, "xlsx", "workbook");
  const index = openWorkbookIndex(pkg);
  const parts = new PartSet(pkg.all());
  const isPercent = (style: string | undefined) =>
    index.formats[style === undefined ? 0 : Number(style)]?.kind === "percent";
  const bySheet = new Map<string, CellEdit[]>();
  for (const e of change.edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  let hadFormula = false;
  for (const [name, edits] of bySheet) {
    const part = index.sheets.find((s) => s.name === name)?.part;
    const xml = part ? parts.text(part) : null;
    if (!part || xml === null) throw new Error(`no worksheet part for ${name}`);
    const edited = editSheet(new SheetModel(xml, name), edits, isPercent);
    hadFormula ||= edited.hadFormula;
    parts.set(part, edited.xml);
  }
  if (hadFormula) dropCalcChain(parts);
  if (change.hiddenSheet) {
    const xml = hiddenSheetXml(change.hiddenSheet.rows);
    const existing = index.sheets.find((s) => s.name === change.hiddenSheet?.name)?.part;
    if (existing) parts.set(existing, xml);
    else addHiddenSheet(parts, index.workbookPath, change.hiddenSheet.name, xml);
  }
  return parts.zip();
}
