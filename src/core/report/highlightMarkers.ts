import { MARK_CLOSE, MARK_OPEN } from "../template/templateValues";

/** rPr children that must come after w:highlight in the schema's sequence (CT_RPr). */
const AFTER_HIGHLIGHT =
  /<w:(u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath)\b/;

function withHighlight(rPrInner: string): string {
  const cleaned = rPrInner.replace(/<w:highlight\b[^>]*\/>/g, "");
  const m = AFTER_HIGHLIGHT.exec(cleaned);
  const mark = `<w:highlight w:val="yellow"/>`;
  return m ? cleaned.slice(0, m.index) + mark + cleaned.slice(m.index) : cleaned + mark;
}

const RUN = /<w:r>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>|<w:r (?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g;
const TEXT_NODE = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
const WRAPPED = new RegExp(`${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, "g");
const STRAY = new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, "g");

/**
 * Splits every run that holds one of the engine's wrapped markers so the marker alone is
 * highlighted, and removes the wrapping: a draft shows each gap at a glance, in Word and in print
 * preview, while a 【待补充：…】 somebody typed into a sentence stays plain text.
 */
export function highlightMarkers(xml: string): { xml: string; count: number } {
  if (!xml.includes(MARK_OPEN)) return { xml, count: 0 };
  let count = 0;
  const out = xml.replace(RUN, (runXml) => {
    if (!runXml.includes(MARK_OPEN)) return runXml;
    const open = /^<w:r(?: [^>]*)?>/.exec(runXml)?.[0] ?? "<w:r>";
    const body = runXml.slice(open.length, -"</w:r>".length);
    const rPrMatch = /^<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body);
    const rPrInner = rPrMatch?.[1] ?? "";
    const content = rPrMatch ? body.slice(rPrMatch[0].length) : body;
    const pieces: string[] = [];
    let last = 0;
    const emit = (inner: string, highlight: boolean) => {
      const props = highlight ? withHighlight(rPrInner) : rPrInner;
      pieces.push(`${open}${props ? `<w:rPr>${props}</w:rPr>` : ""}${inner}</w:r>`);
    };
    for (const t of content.matchAll(TEXT_NODE)) {
      const before = content.slice(last, t.index);
      if (before) emit(before, false);
      last = (t.index ?? 0) + t[0].length;
      const text = t[1] ?? "";
      let pos = 0;
      for (const m of text.matchAll(WRAPPED)) {
        const start = m.index ?? 0;
        if (start > pos) emit(`<w:t xml:space="preserve">${text.slice(pos, start)}</w:t>`, false);
        emit(`<w:t xml:space="preserve">${m[1] ?? ""}</w:t>`, true);
        count++;
        pos = start + m[0].length;
      }
      if (pos < text.length) emit(`<w:t xml:space="preserve">${text.slice(pos)}</w:t>`, false);
    }
    const tail = content.slice(last);
    if (tail) emit(tail, false);
    return pieces.join("");
  });
  return { xml: out.replace(STRAY, ""), count };
}

/** The text of a rendered value without the engine's wrapping (for previews and plain text). */
export function unwrapMarkers(text: string): string {
  return text.replace(STRAY, "");
}
