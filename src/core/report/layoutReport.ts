import { signatureLayout, type SignatureParagraph } from "../docx/signatureLayout";
import { titleLines } from "../docx/titleBreaks";
import { unescapeXml } from "../docx/xmlText";

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
}

const PARAGRAPH = /<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g;
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
  const rPr = [...rPrs][0] as string;
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? "";
  const body = lines
    .map((l) => `<w:r>${rPr}<w:t xml:space="preserve">${escapeText(l)}</w:t></w:r>`)
    .join(`<w:r>${rPr}<w:br/></w:r>`);
  return `<w:p>${pPr}${body}</w:p>`;
}

function placeSignature(p: string, at: SignatureParagraph): string {
  const pPr =
    `<w:pPr><w:pStyle w:val="Signature"/>` +
    `<w:ind w:left="${at.left}" w:right="${at.right}" w:firstLine="0" w:firstLineChars="0"/>` +
    `<w:jc w:val="${at.jc}"/></w:pPr>`;
  return p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, pPr);
}

export function layoutDocument(xml: string, layout: ReportLayout): string {
  const spans = [...xml.matchAll(PARAGRAPH)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
  const out = spans.map((s) => s.text);
  for (let i = 0; i < spans.length; i++) {
    const style = styleOf(out[i] as string);
    if (style === "Title") out[i] = breakTitle(out[i] as string, layout);
    // the 落款: a Signature paragraph (the name) followed by another (the date)
    if (style === "Signature" && styleOf(out[i + 1] ?? "") === "Signature") {
      const name = textOf(out[i] as string).trim();
      const date = textOf(out[i + 1] as string).trim();
      const place = signatureLayout(name, date, layout.sealed);
      out[i] = placeSignature(out[i] as string, place.name);
      out[i + 1] = placeSignature(out[i + 1] as string, place.date);
      let blanks = 0;
      for (let j = i - 1; j >= 0 && isEmpty(out[j] as string); j--) blanks += 1;
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
