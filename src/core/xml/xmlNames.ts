import { unescapeXml } from "./xmlText";

/**
 * Names and namespaces in OOXML and OpenDocument parts as programs really write them: Excel and
 * Word use default namespaces (`<worksheet xmlns="…">`), the .NET OpenXML SDK a prefix on every
 * element (`<x:sheetData>`), openpyxl with lxml declares `xmlns:r` on each `<sheet>` instead of on
 * the root. Readers match elements by local name whatever their prefix; writers reuse the prefix
 * of the element they write beside and declare any other prefix they use on the element itself.
 */

export const NS = {
  spreadsheet: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

/** One attribute of a start tag's text (its local name, whatever its prefix), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const re = new RegExp(`[\\s:]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? "") : undefined;
}

/** The prefix (with its colon) of the first element named `local` in `xml`: "" or "x:"; null if none. */
function elementPrefix(xml: string, local: string, from = 0): string | null {
  const re = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s/>]`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  return m ? (m[1] ?? "") : null;
}

/** The namespace prefix a part uses for its root element: "" for <worksheet>, "x:" for <x:worksheet>. */
export function rootPrefix(xmlStart: string, local: string): string {
  return elementPrefix(xmlStart, local) ?? "";
}

/** Where the start tag of the first element named `local` (any prefix) begins and ends, or null. */
export function findStartTag(
  xml: string,
  local: string,
  from = 0,
): { start: number; end: number; prefix: string; selfClosing: boolean } | null {
  const re = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])`, "g");
  re.lastIndex = from;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const end = tagEnd(xml, m.index);
    if (end < 0) return null;
    return {
      start: m.index,
      end,
      prefix: m[1] ?? "",
      selfClosing: xml.charCodeAt(end - 2) === 47,
    };
  }
  return null;
}

/** Where the end tag `</prefix:local>` of an element opened at or before `from` is, or -1. */
export function findEndTag(xml: string, qualifiedName: string, from: number): number {
  const re = new RegExp(`</${qualifiedName.replace(/\./g, "\\.")}\\s*>`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  return m ? m.index : -1;
}

/** Index just after the `>` that closes the tag starting at `start` (quotes respected), or -1. */
export function tagEnd(xml: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** One element found by childElements: where it starts, where its start tag ends, where it ends. */
export interface ElementSpan {
  readonly start: number;
  /** just past the start tag's `>` */
  readonly openEnd: number;
  /** just past the element (its end tag, or the start tag when self-closing) */
  readonly end: number;
  /** the name without its prefix */
  readonly local: string;
  readonly prefix: string;
  readonly selfClosing: boolean;
}

const NAME_CHAR = /[\w.:-]/;

/**
 * The elements directly inside xml[from, to), in order, with comments, CDATA sections and
 * processing instructions stepped over and nested elements kept inside their parent. Throws on
 * text that is not well-formed enough to tell where an element ends: callers refuse such a part.
 */
export function childElements(xml: string, from: number, to: number): ElementSpan[] {
  const out: ElementSpan[] = [];
  let depth = 0;
  let open: { start: number; openEnd: number; name: string } | null = null;
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      const close = xml.startsWith("<!--", lt)
        ? "-->"
        : xml.startsWith("<![CDATA[", lt)
          ? "]]>"
          : ">";
      const at = xml.indexOf(close, lt + 2);
      if (at < 0 || at >= to) throw new Error("unterminated markup");
      i = at + close.length;
      continue;
    }
    if (next === 63 /* ? */) {
      const at = xml.indexOf("?>", lt + 2);
      if (at < 0 || at >= to) throw new Error("unterminated processing instruction");
      i = at + 2;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (end < 0 || end > to) throw new Error("unterminated tag");
    if (next === 47 /* / */) {
      depth -= 1;
      if (depth < 0) throw new Error("unbalanced end tag");
      if (depth === 0 && open) {
        const name = xml.slice(lt + 2, end - 1).trim();
        if (name !== open.name) throw new Error("mismatched end tag");
        out.push(span(open.start, open.openEnd, end, open.name, false));
        open = null;
      }
      i = end;
      continue;
    }
    let n = lt + 1;
    while (n < end && NAME_CHAR.test(xml[n] ?? "")) n++;
    const name = xml.slice(lt + 1, n);
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    if (depth === 0) {
      if (selfClosing) out.push(span(lt, end, end, name, true));
      else open = { start: lt, openEnd: end, name };
    }
    if (!selfClosing) depth += 1;
    i = end;
  }
  if (depth !== 0) throw new Error("unclosed element");
  return out;
}

function span(
  start: number,
  openEnd: number,
  end: number,
  name: string,
  selfClosing: boolean,
): ElementSpan {
  const colon = name.indexOf(":");
  return {
    start,
    openEnd,
    end,
    local: colon < 0 ? name : name.slice(colon + 1),
    prefix: colon < 0 ? "" : name.slice(0, colon + 1),
    selfClosing,
  };
}
