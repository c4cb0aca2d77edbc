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
  const spans = [...xml.matchAll(PARAGRAPH)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
  const out = spans.map((s) => s.text);
  const roles = layout.styles ?? styleRoles(null);
  const roleOf = (p: string | undefined) => {
    const id = p === undefined ? null : styleOf(p);
    return id === null ? undefined : roles.get(id);
  };
  for (let i = 0; i < spans.length; i++) {
    const role = roleOf(out[i]);
    if (role === "title") out[i] = breakTitle(out[i] ?? "", layout);
    // the 落款: a signature paragraph (the name) followed by another (the date)
    if (role === "signature" && roleOf(out[i + 1]) === "signature") {
      const name = textOf(out[i] ?? "").trim();
      const date = textOf(out[i + 1] ?? "").trim();
      const place = signatureLayout(name, date, layout.sealed);
      out[i] = placeSignature(out[i] ?? "", place.name, true);
      out[i + 1] = placeSignature(out[i + 1] ?? "", place.date);
      let blanks = 0;
      for (let j = i - 1; j >= 0 && isEmpty(out[j] ?? ""); j--) blanks += 1;
      if (blanks < place.blankLines) out[i] = "<w:p/>".repeat(place.blankLines - blanks) + out[i];
      i += 1;
    }
  }
  let result = "";
  let at = 0;
  spans.forEach((s, i) => {
    result += xml.slice(at, s.start) + out[i];
    at = s.end;
  });
  return result + xml.slice(at);
}
