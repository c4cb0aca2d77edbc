import PizZip from "pizzip";
import { unescapeXml } from "../xml/xmlText";

export interface DocxParagraph {
  readonly text: string;
  /** the paragraph style id ("Title", "Heading1", …), "" for the default */
  readonly style: string;
}

/** The body's paragraphs as plain text with their styles: what the pane previews before download. */
export function readDocxParagraphs(docx: Uint8Array): DocxParagraph[] {
  const xml = new PizZip(docx).file("word/document.xml")?.asText() ?? "";
  const out: DocxParagraph[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    let text = "";
    for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:br|cr)\/>|<w:tab\/>/g)) {
      text += m[1] !== undefined ? unescapeXml(m[1]) : m[0].includes("tab") ? "\t" : "\n";
    }
    out.push({ text, style: /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1] ?? "" });
  }
  return out;
}
