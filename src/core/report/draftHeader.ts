import type PizZip from "pizzip";
import { XML_HEAD } from "../docx/ooxmlParts";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEADER_TYPE = `${R}/header`;
const HEADER_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
/** what a draft says at the top of every page */
export const DRAFT_HEADER = "草稿：尚有缺项，请勿印发";

const headerXml = () =>
  `${XML_HEAD}<w:hdr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
  `<w:r><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:color w:val="C00000"/>` +
  `<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t>${DRAFT_HEADER}</w:t></w:r></w:p></w:hdr>`;

const SECTION = /<w:sectPr\b[^>]*?(?:\/>|>[\s\S]*?<\/w:sectPr>)/g;

/**
 * Puts "草稿" at the top of every page of a draft: a header part of its own, referenced by each
 * section for every kind of page (default, even, first) that has no header yet; a header the
 * template already has is left as it is. The file's name says 草稿 too (outputNames).
 */
export function addDraftHeader(zip: PizZip): void {
  const doc = zip.file("word/document.xml")?.asText();
  const rels = zip.file("word/_rels/document.xml.rels")?.asText();
  const types = zip.file("[Content_Types].xml")?.asText();
  if (!doc || !rels || !types) return;
  let n = 1;
  while (rels.includes(`Id="rIdDraft${n}"`) || zip.file(`word/draftHeader${n}.xml`)) n++;
  const id = `rIdDraft${n}`;
  const part = `draftHeader${n}.xml`;
  let used = false;
  const sections = doc.replace(SECTION, (sect) => {
    const had = new Set(
      [...sect.matchAll(/<w:headerReference\b[^>]*w:type="(\w+)"/g)].map((m) => m[1]),
    );
    const refs = ["default", "even", "first"]
      .filter((t) => !had.has(t))
      .map((t) => `<w:headerReference w:type="${t}" r:id="${id}"/>`)
      .join("");
    if (refs === "") return sect;
    used = true;
    const open = /^<w:sectPr\b[^>]*?\/?>/.exec(sect)?.[0] ?? "<w:sectPr>";
    return open.endsWith("/>")
      ? `${open.slice(0, -2)}>${refs}</w:sectPr>`
      : `${open}${refs}${sect.slice(open.length)}`;
  });
  if (!used) return;
  // the body names r: on its root whenever it has relationships (every Word document does)
  if (!/xmlns:r="/.test(sections.slice(0, 2000))) return;
  zip.file("word/document.xml", sections);
  zip.file(`word/${part}`, headerXml());
  zip.file(
    "word/_rels/document.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${HEADER_TYPE}" Target="${part}"/></Relationships>`,
    ),
  );
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/word/${part}" ContentType="${HEADER_CONTENT}"/></Types>`,
    ),
  );
}
