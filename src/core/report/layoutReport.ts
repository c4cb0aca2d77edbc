import { signatureLayout, type SignatureParagraph } from "../docx/signatureLayout";
import { titleLines } from "../docx/titleBreaks";
import { unescapeXml } from "../xml/xmlText";

/**
 * What only the finished text decides, set on the rendered document: where a long title breaks,
 * and where the 落款 stands (its indents depend on the unit's name and the date). Applies to any
 * template that uses the Title and Signature paragraph styles.
 */
export interface ReportLayout {
  readonly unitName?: string;
  /** 加盖印章: room for the seal, name centred over the date */
  readonly sealed: boolean;
  /** the pack's terms a title line may not split */
  readonly noBreak?: readonly string[];
  /** the template's title and signature paragraph styles (by default, the ids Title and Signature) */
  readonly styles?: StyleRoles;
  /** made while errors remain: every page says 草稿 at its top */
  readonly draft?: boolean;
}

/** What a paragraph style is to the layout, by its id. */
export type StyleRoles = ReadonlyMap<string, "title" | "signature">;

const ROLE_NAMES: Readonly<Record<string, "title" | "signature">> = {
  title: "title",
  标题: "title",
  signature: "signature",
  签名: "signature",
};

/**
 * The paragraph styles of a document's styles.xml that are its title or its signature, by id:
 * those whose id or name is Title / 标题 or Signature / 签名.
 */
export function styleRoles(stylesXml: string | null): StyleRoles {
  const roles = new Map<string, "title" | "signature">([
    ["Title", "title"],
    ["Signature", "signature"],
  ]);
  if (!stylesXml) return roles;
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const attrs = m[1] ?? "";
    if (!/w:type="paragraph"/.test(attrs)) continue;
    const id = /w:styleId="([^"]*)"/.exec(attrs)?.[1];
    const name = /<w:name w:val="([^"]*)"/.exec(m[2] ?? "")?.[1];
    const role =
      ROLE_NAMES[(name ?? "").trim().toLowerCase()] ?? ROLE_NAMES[(id ?? "").toLowerCase()];
    if (id && role) roles.set(id, role);
  }
  return roles;
}

/** a body paragraph, empty (<w:p/>) or not */
export const PARAGRAPH = /<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g;
/** a paragraph's style id (the w:val of its w:pStyle), or null */
const styleOf = (p: string) => /<w:pStyle w:val="([^"]*)"\/>/.exec(p)?.[1] ?? null;
const textOf = (p: string) =>
  [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");
const isEmpty = (p: string) => textOf(p) === "" && !/<w:(?:br|drawing|pict|object)\b/.test(p);

const escapeText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A title paragraph of one run format, broken into lines with <w:br/>. */
function breakTitle(p: string, layout: ReportLayout): string {
  if (/<w:br\b/.test(p)) return p; // a break the clerk typed is kept as it is
  const runs = [...p.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)];
  const rPrs = new Set(runs.map((r) => /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(r[1] ?? "")?.[0] ?? ""));
  if (rPrs.size !== 1) return p; // a highlighted gap marker or mixed formats: leave to Word
  const lines = titleLines(textOf(p), {
    ...(layout.unitName ? { unitName: layout.unitName } : {}),
    ...(layout.noBreak ? { noBreak: layout.noBreak } : {}),
  });
  if (lines.length < 2) return p;
  const rPr = [...rPrs][0] ?? "";
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? "";
  const body = lines
    .map((l) => `<w:r>${rPr}<w:t xml:space="preserve">${escapeText(l)}</w:t></w:r>`)
    .join(`<w:r>${rPr}<w:br/></w:r>`);
  return `<w:p>${pPr}${body}</w:p>`;
}

function placeSignature(p: string, at: SignatureParagraph, keepNext = false): string {
  const pPr =
    `<w:pPr><w:pStyle w:val="${styleOf(p) ?? "Signature"}"/>` +
    // the name never ends a page with the date on the next
    (keepNext ? "<w:keepNext/><w:keepLines/>" : "") +
    `<w:ind w:left="${at.left}" w:right="${at.right}" w:firstLine="0" w:firstLineChars="0"/>` +
    `<w:jc w:val="${at.jc}"/></w:pPr>`;
  return p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, pPr);
}

/** The report's title as printed: the text of its title paragraphs (the unit's name, the title). */
export function documentTitle(xml: string, roles: StyleRoles): string {
  let title = "";
  for (const m of xml.matchAll(PARAGRAPH)) {
    const id = styleOf(m[0]);
    if (id !== null && roles.get(id) === "title") title += textOf(m[0]).trim();
  }
  return title;
}

export function layoutDocument(xml: string, layout: ReportLayout): string {
  const roles = layout.styles ?? styleRoles(null);
  const roleOf = (p: string) => {
    const id = styleOf(p);
    return id === null ? undefined : roles.get(id);
  };
  // one pass keeping only where each paragraph is: a report of 200 000 sentences holds no copy of
  // its paragraphs, and only the few the layout changes are written anew
  const starts: number[] = [];
  const ends: number[] = [];
  const edits: Array<{ readonly start: number; readonly end: number; readonly text: string }> = [];
  /** a signature paragraph (the name) whose next one may be the date */
  let name: { readonly index: number; readonly p: string } | null = null;
  const re = new RegExp(PARAGRAPH.source, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const p = m[0];
    const index = starts.length;
    starts.push(m.index);
    ends.push(m.index + p.length);
    const role = roleOf(p);
    // the 落款: a signature paragraph (the name) followed by another (the date)
    if (name && role === "signature") {
      const place = signatureLayout(textOf(name.p).trim(), textOf(p).trim(), layout.sealed);
      let blanks = 0;
      for (let j = name.index - 1; j >= 0; j--) {
        if (!isEmpty(xml.slice(starts[j], ends[j]))) break;
        blanks += 1;
      }
      const before = "<w:p/>".repeat(Math.max(0, place.blankLines - blanks));
      edits.push({
        start: starts[name.index] ?? 0,
        end: ends[name.index] ?? 0,
        text: before + placeSignature(name.p, place.name, true),
      });
      edits.push({ start: m.index, end: m.index + p.length, text: placeSignature(p, place.date) });
      name = null;
      continue;
    }
    name = role === "signature" ? { index, p } : null;
    if (role === "title") {
      const broken = breakTitle(p, layout);
      if (broken !== p) edits.push({ start: m.index, end: m.index + p.length, text: broken });
    }
  }
  if (edits.length === 0) return xml;
  let result = "";
  let at = 0;
  for (const e of edits) {
    result += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return result + xml.slice(at);
}
