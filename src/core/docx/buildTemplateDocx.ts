import PizZip from "pizzip";
import { leafCategories } from "../packs/leafCategories";
import type { Pack, PackCategory } from "../packs/pack.types";
import { headingOrdinal, type HeadingLevel } from "../phrasing/chineseNumerals";
import { FIXED_ZIP_DATE } from "./fixedZipDate";
import { FONTS } from "./officialFormat";
import {
  appPropsXml,
  contentTypesXml,
  corePropsXml,
  documentRelsXml,
  documentXml,
  fontTableXml,
  footerXml,
  rFonts,
  rootRelsXml,
  settingsXml,
  stylesXml,
} from "./ooxmlParts";
import { escapeXml } from "../xml/xmlText";

const run = (text: string, rPr = "") =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

const para = (runs: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${runs}</w:p>`;

/** The run formatting of a heading number and title at a level: 黑体, 楷体, then body 仿宋. */
function headingRunProps(level: number): string {
  if (level === 1) return rFonts(FONTS.heading1);
  if (level === 2) return `<w:rStyle w:val="Heading2Run"/>`;
  return "";
}

function headingParagraph(level: number, text: string): string {
  if (level === 1) return para(run(text), "Heading1");
  if (level === 2) return para(run(text), "Heading2");
  return para(run(text));
}

/** A loop whose opening and closing tags stand in paragraphs of their own: no empty paragraph remains. */
function paragraphLoop(tag: string, inner: string[]): string[] {
  return [para(run(`{#${tag}}`)), ...inner, para(run(`{/${tag}}`))];
}

function categoryBlock(cat: PackCategory, path: number[], shortOf: Map<string, string>): string[] {
  // cast: Math.min(≥1, 4) is 1..4, a HeadingLevel
  const level = Math.min(path.length, 4) as HeadingLevel;
  const ordinal = headingOrdinal(path[path.length - 1] ?? 0, level);
  if (cat.children && cat.children.length > 0) {
    return [
      headingParagraph(level, `${ordinal}${cat.title}`),
      ...cat.children.flatMap((c, i) => categoryBlock(c, [...path, i + 1], shortOf)),
    ];
  }
  const short = shortOf.get(cat.id) ?? cat.title;
  const items = `${short}.表述`;
  // a part's heading is the unit's own (its 「…标题」 row), else the pack's: read from the data
  const title = `{${short}.标题}`;
  const layout = cat.layout ?? "paragraphs";
  if (layout === "inline" && level >= 2) {
    return [
      para(
        run(`${ordinal}${title}。`, headingRunProps(level)) + run(`{#${items}}{文本}{/${items}}`),
      ),
    ];
  }
  const heading = headingParagraph(level, `${ordinal}${title}`);
  if (layout === "inline") return [heading, para(run(`{#${items}}{文本}{/${items}}`))];
  if (layout === "paragraphs") return [heading, ...paragraphLoop(items, [para(run("{文本}"))])];
  const itemLevel = Math.min(level + 1, 4);
  const itemHeading = run(
    `{编号|序号:${itemLevel}}{#标题}{标题}。{/标题}`,
    headingRunProps(itemLevel),
  );
  return [heading, ...paragraphLoop(items, [para(itemHeading + run("{文本}"))])];
}

/** The body of the default template: title, optional lead, every category in order, signature. */
function templateBodyXml(pack: Pack): string {
  const shortOf = new Map(leafCategories(pack).map((l) => [l.category.id, l.short]));
  const has = (key: string) => pack.info.some((f) => f.key === key);
  const parts: string[] = [];
  // The unit's name heads the title unless the title itself already names it (…局关于…的报告).
  if (has("单位名称") && !pack.defaultTitle.includes("{单位名称}"))
    parts.push(para(run("{单位名称}"), "Title"));
  parts.push(para(run("{报告标题}"), "Title"));
  // 标题下空一行; then the 主送机关 of a report sent upward, flush left, when there is one
  parts.push("<w:p/>");
  const addressee = pack.info.find((f) => f.role === "addressee")?.key;
  if (addressee)
    parts.push(...paragraphLoop(addressee, [para(run(`{${addressee}}`), "Addressee")]));
  if (has("导语")) parts.push(...paragraphLoop("导语", [para(run("{导语}"))]));
  pack.categories.forEach((c, i) => parts.push(...categoryBlock(c, [i + 1], shortOf)));
  // the 落款: the blank line(s) above it and its indents are set per report (layoutReport)
  if (has("成文日期")) {
    parts.push(
      ...paragraphLoop("成文日期", [
        para(run("{单位名称}"), "Signature"),
        para(run("{成文日期}"), "Signature"),
      ]),
    );
  }
  return parts.join("");
}

/**
 * The pack's default Word template, in GB/T 9704 format, made from the pack itself: a new report
 * type gets a usable template without anybody drawing one. Staff can open and edit it in Word.
 */
export function buildTemplateDocx(pack: Pack): Uint8Array {
  const zip = new PizZip();
  const opts = { date: FIXED_ZIP_DATE, createFolders: false };
  zip.file("[Content_Types].xml", contentTypesXml(), opts);
  zip.file("_rels/.rels", rootRelsXml(), opts);
  zip.file("docProps/core.xml", corePropsXml(pack.title), opts);
  zip.file("docProps/app.xml", appPropsXml(), opts);
  zip.file("word/document.xml", documentXml(templateBodyXml(pack)), opts);
  zip.file("word/styles.xml", stylesXml(), opts);
  zip.file("word/settings.xml", settingsXml(), opts);
  zip.file("word/fontTable.xml", fontTableXml(), opts);
  zip.file("word/footer1.xml", footerXml("odd"), opts);
  zip.file("word/footer2.xml", footerXml("even"), opts);
  zip.file("word/_rels/document.xml.rels", documentRelsXml(), opts);
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}
