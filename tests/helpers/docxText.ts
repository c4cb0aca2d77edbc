import PizZip from "pizzip";

/** The paragraphs of a .docx body as plain text, the way a reader sees them. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  return paragraphXml(bytes).map(paragraphText);
}

function paragraphXml(bytes: Uint8Array): string[] {
  return documentXml(bytes).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}

/** A paragraph's text, a line break as "\n". */
function paragraphText(p: string): string {
  let t = "";
  for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g))
    t += m[1] === undefined ? "\n" : unescape(m[1]);
  return t;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function documentXml(bytes: Uint8Array): string {
  return new PizZip(bytes).file("word/document.xml")?.asText() ?? "";
}

/**
 * A report's text as the reference is written: no empty paragraphs, a title's line breaks as
 * paragraph breaks, and no 落款 (the reference carries none).
 */
export function reportLines(bytes: Uint8Array): string[] {
  return paragraphXml(bytes)
    .filter((p) => !/<w:pStyle w:val="Signature"\/>/.test(p))
    .flatMap((p) => paragraphText(p).split("\n"))
    .map((l) => l.trim())
    .filter((l) => l !== "");
}
