import { unescapeXml } from "../xml/xmlText";
import { QUOTE_LIMIT } from "../messages/quote";

/** The visible text of one XML part, as docxtemplater counts offsets in it. */
export function partText(xml: string): string {
  let s = "";
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) s += unescapeXml(m[1] ?? "");
  return s;
}

/** The words around a tag, so somebody can find it in Word: a little before, a little after. */
export function contextAround(text: string, offset: number | undefined): string {
  if (offset === undefined || offset < 0) return "";
  const before = Math.floor(QUOTE_LIMIT / 3);
  return text
    .slice(Math.max(0, offset - before), offset - before + QUOTE_LIMIT)
    .replace(/\s+/g, " ");
}
