/**
 * Whether a part is well-formed XML, checked before a parser that would fail on it in its own
 * words (docxtemplater's, xmldom's) sees it: one root element, every element closed in order,
 * attribute values quoted and free of `<`, every `&` a known entity or a character reference,
 * comments, CDATA and processing instructions closed. Real Word and Excel parts always pass; a
 * damaged one is the file's fault, said as such.
 */

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[\w.:\-\u00B7\u00C0-\uFFFF]/;
const REFERENCE = /^&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

/** Index past a name starting at i, or -1 if none starts there. */
function nameEnd(xml: string, i: number): number {
  if (!NAME_START.test(xml[i] ?? "")) return -1;
  let j = i + 1;
  while (j < xml.length && NAME_CHAR.test(xml[j] ?? "")) j++;
  return j;
}

/** Text between markup: each & must begin a reference. */
function textOk(text: string): boolean {
  for (let a = text.indexOf("&"); a >= 0; a = text.indexOf("&", a + 1))
    if (!REFERENCE.test(text.slice(a, a + 12))) return false;
  return true;
}

/** The XML declaration, only at the very start: version, then encoding and standalone. */
const DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/;

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r";

export function isWellFormed(xml: string): boolean {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? n : lt);
    if (!textOk(text)) return false;
    if (stack.length === 0 && text.replace(/^\uFEFF/, "").trim() !== "") return false;
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) {
      const e = xml.indexOf("-->", lt + 4);
      if (e < 0) return false;
      i = e + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      if (stack.length === 0) return false;
      const e = xml.indexOf("]]>", lt + 9);
      if (e < 0) return false;
      i = e + 3;
    } else if (xml.startsWith("<?", lt)) {
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) return false;
      const pi = xml.slice(lt, e + 2);
      // a processing instruction names its target; "xml" only for the declaration, at the start
      const target = nameEnd(xml, lt + 2);
      if (target < 0 || !(isSpace(xml[target]) || xml.startsWith("?>", target))) return false;
      if (/^<\?xml[\s?]/i.test(pi) && (lt !== xml.search(/\S/) || !DECLARATION.test(pi)))
        return false;
      i = e + 2;
    } else if (xml.startsWith("<!", lt)) {
      return false; // a document type declaration: never in OOXML (and refused before this)
    } else if (xml[lt + 1] === "/") {
      const e = nameEnd(xml, lt + 2);
      if (e < 0) return false;
      let j = e;
      while (isSpace(xml[j])) j++;
      if (xml[j] !== ">" || stack.pop() !== xml.slice(lt + 2, e)) return false;
      i = j + 1;
    } else {
      const e = nameEnd(xml, lt + 1);
      if (e < 0) return false;
      const name = xml.slice(lt + 1, e);
      let j = e;
      // attributes: name = "value" | 'value', separated by white space
      for (;;) {
        const spaced = isSpace(xml[j]);
        while (isSpace(xml[j])) j++;
        if (xml[j] === ">" || xml.startsWith("/>", j)) break;
        if (!spaced) return false;
        const a = nameEnd(xml, j);
        if (a < 0) return false;
        j = a;
        while (isSpace(xml[j])) j++;
        if (xml[j] !== "=") return false;
        j++;
        while (isSpace(xml[j])) j++;
        const q = xml[j];
        if (q !== '"' && q !== "'") return false;
        const close = xml.indexOf(q, j + 1);
        if (close < 0) return false;
        const value = xml.slice(j + 1, close);
        if (value.includes("<") || !textOk(value)) return false;
        j = close + 1;
      }
      if (xml[j] === "/") {
        if (stack.length === 0) roots++;
        i = j + 2;
      } else {
        if (stack.length === 0) roots++;
        stack.push(name);
        i = j + 1;
      }
      if (roots > 1) return false;
    }
  }
  return stack.length === 0 && roots === 1;
}
