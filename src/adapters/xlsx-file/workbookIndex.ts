import { UserError } from "../../core/errors/userError";
import type { SheetEntry } from "../../core/grid/gridSource";
import { shownFormat, type ShownFormat } from "../../core/values/numberFormat";
import type { OpenedPackage } from "../../core/zip/openPackage";
import { attribute, rootPrefix } from "../../core/xml/xmlNames";
import { SharedStrings } from "./sharedStrings";

const decoder = new TextDecoder("utf-8");

export interface SheetPartEntry extends SheetEntry {
  /** the worksheet part's name, or null for a chart sheet or a sheet whose part is missing */
  readonly part: string | null;
}

/** An .xlsx opened as far as its table of contents: sheets, styles, date system, strings on demand. */
export interface WorkbookIndex {
  readonly pkg: OpenedPackage;
  /** the workbook part's path in the zip (xl/workbook.xml as a rule) */
  readonly workbookPath: string;
  readonly sheets: readonly SheetPartEntry[];
  readonly date1904: boolean;
  /** per cellXfs index, what its number format makes of a number */
  readonly formats: readonly ShownFormat[];
  readonly sharedStrings: () => SharedStrings;
}

/** The shared-string table, inflated and read a piece at a time (its prefix from its first bytes). */
function streamedStrings(pieces: () => Uint8Array | null): SharedStrings {
  const head = pieces();
  if (head === null) return SharedStrings.empty();
  const prefix = rootPrefix(decoder.decode(head.subarray(0, 2048)), "sst");
  let first: Uint8Array | null = head;
  return SharedStrings.read(() => {
    if (first === null) return pieces();
    const h = first;
    first = null;
    return h;
  }, prefix);
}

/** "worksheets/sheet1.xml" relative to "xl/workbook.xml" → "xl/worksheets/sheet1.xml". */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/");
  parts.pop();
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

function relationships(xml: string, base: string): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    const type = attribute(m[0], "Type") ?? "";
    const target = attribute(m[0], "Target") ?? "";
    if (id)
      out.set(id, {
        type: type.slice(type.lastIndexOf("/") + 1),
        path: resolveTarget(base, target),
      });
  }
  return out;
}

/** styles.xml → for each cell format (cellXfs), what its number format shows. */
function cellFormats(xml: string): ShownFormat[] {
  const codes = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g))
    codes.set(Number(attribute(m[0], "numFmtId")), attribute(m[0], "formatCode") ?? "");
  const open = /<(?:[\w.-]+:)?cellXfs\b/.exec(xml);
  if (!open) return [];
  const close = xml.indexOf("cellXfs>", open.index + open[0].length);
  const section = xml.slice(open.index, close < 0 ? xml.length : close);
  const formats: ShownFormat[] = [];
  for (const m of section.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*>/g)) {
    const id = Number(attribute(m[0], "numFmtId") ?? 0);
    formats.push(shownFormat(codes.get(id), id));
  }
  return formats;
}

/**
 * Opens an .xlsx the way every read starts, through the package guard: the workbook part, its
 * relationships and the styles, each checked as the guard checks every part. Sheets and shared
 * strings are left for later, streamed.
 */
export function openWorkbookIndex(pkg: OpenedPackage): WorkbookIndex {
  const text = (path: string): string | null => pkg.text(path);

  let workbookPath = "xl/workbook.xml";
  const rootRels = text("_rels/.rels");
  if (rootRels) {
    for (const r of relationships(rootRels, "").values())
      if (r.type === "officeDocument" && pkg.has(r.path)) workbookPath = r.path;
  }
  const workbookXml = text(workbookPath);
  if (workbookXml === null) throw new UserError("FILE_MISSING_PART", { role: "workbook" });
  const rels = relationships(
    text(workbookPath.replace(/[^/]*$/, (f) => `_rels/${f}.rels`)) ?? "",
    workbookPath,
  );

  const pr = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(workbookXml);
  const d1904 = pr ? attribute(pr[0], "date1904") : undefined;
  const sheets: SheetPartEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const tag = m[0];
    const rid = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    const rel = rid ? rels.get(rid[1] ?? rid[2] ?? "") : undefined;
    const state = attribute(tag, "state");
    sheets.push({
      name: attribute(tag, "name") ?? "",
      visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
      part: rel && rel.type === "worksheet" && pkg.has(rel.path) ? rel.path : null,
    });
  }
  if (sheets.length === 0) throw new UserError("FILE_NO_SHEETS", { role: "workbook" });

  let stylesPath: string | undefined;
  let stringsPath: string | undefined;
  for (const r of rels.values()) {
    if (r.type === "styles") stylesPath = r.path;
    if (r.type === "sharedStrings") stringsPath = r.path;
  }
  const stylesXml = stylesPath ? text(stylesPath) : null;
  let strings: SharedStrings | null = null;
  return {
    pkg,
    workbookPath,
    sheets,
    date1904: d1904 === "1" || d1904 === "true",
    formats: stylesXml ? cellFormats(stylesXml) : [],
    sharedStrings: () => {
      if (!strings) {
        const pieces = stringsPath ? pkg.pieces(stringsPath) : null;
        strings = pieces ? streamedStrings(pieces) : SharedStrings.empty();
      }
      return strings;
    },
  };
}
