import { escapeXml } from "../xml/xmlText";
import { FONTS, FONT_TABLE, PAGE, SIZES } from "./officialFormat";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** rFonts with East Asian text in `eastAsia` and digits/Latin in Times New Roman. */
export function rFonts(eastAsia: string, latin: string = FONTS.latin): string {
  const l = escapeXml(latin);
  return `<w:rFonts w:ascii="${l}" w:hAnsi="${l}" w:cs="${l}" w:eastAsia="${escapeXml(eastAsia)}" w:hint="eastAsia"/>`;
}

export const contentTypesXml = (): string =>
  XML_HEAD +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
  `<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
  `<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
  `</Types>`;

export const rootRelsXml = (): string =>
  XML_HEAD +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  `</Relationships>`;

export const documentRelsXml = (): string =>
  XML_HEAD +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/fontTable" Target="fontTable.xml"/>` +
  `<Relationship Id="rId4" Type="${REL}/footer" Target="footer1.xml"/>` +
  `<Relationship Id="rId5" Type="${REL}/footer" Target="footer2.xml"/>` +
  `</Relationships>`;

export const corePropsXml = (title: string): string =>
  XML_HEAD +
  `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  `<dc:title>${escapeXml(title)}</dc:title><dc:creator>报告助手</dc:creator>` +
  `</cp:coreProperties>`;

export const appPropsXml = (): string =>
  XML_HEAD +
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>报告助手</Application></Properties>`;

export const settingsXml = (): string =>
  XML_HEAD +
  `<w:settings xmlns:w="${W_NS}">` +
  `<w:defaultTabStop w:val="420"/>` +
  // odd pages carry the number on the right, even pages on the left (GB/T 9704 §7.5)
  `<w:evenAndOddHeaders/>` +
  // every punctuation mark keeps its full cell, as the 28-a-line count assumes
  `<w:characterSpacingControl w:val="doNotCompress"/>` +
  `<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>` +
  `<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
  `<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>` +
  `</w:settings>`;

export const fontTableXml = (): string =>
  XML_HEAD +
  `<w:fonts xmlns:w="${W_NS}">` +
  FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${escapeXml(f.name)}">${f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : ""}` +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join("") +
  `</w:fonts>`;

const LANG = `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`;
const CHAR_SPACING = `<w:spacing w:val="${PAGE.charSpacing}"/>`;
const EXACT_LINE = `<w:spacing w:line="${PAGE.linePitch}" w:lineRule="exact"/>`;

export const stylesXml = (): string =>
  XML_HEAD +
  `<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${rFonts(FONTS.body)}${CHAR_SPACING}<w:kern w:val="2"/><w:sz w:val="${SIZES.body}"/><w:szCs w:val="${SIZES.body}"/>${LANG}</w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/>${EXACT_LINE}<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  // Normal repeats the body font, the condensed spacing and the exact line: Word and WPS take
  // their measure of a line from it; the exact height holds whatever font a machine falls back to.
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:widowControl w:val="0"/>${EXACT_LINE}<w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>` +
  `<w:rPr>${rFonts(FONTS.body)}${CHAR_SPACING}<w:sz w:val="${SIZES.body}"/><w:szCs w:val="${SIZES.body}"/>${LANG}</w:rPr></w:style>` +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  // off the grid so a 2号 line takes one grid line, not two; outside the outline (一、 is level 1)
  `<w:pPr><w:snapToGrid w:val="0"/>${EXACT_LINE}<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` +
  `<w:rPr>${rFonts(FONTS.title)}<w:sz w:val="${SIZES.title}"/><w:szCs w:val="${SIZES.title}"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>${rFonts(FONTS.heading1)}</w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>${rFonts(FONTS.heading2)}</w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="Heading2Run"><w:name w:val="二级标题（段内）"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>` +
  `<w:rPr>${rFonts(FONTS.heading2)}</w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>` +
  // the 落款's indents are set per report (they depend on the name and date): see signatureLayout
  `<w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Addressee"><w:name w:val="主送机关"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
  `<w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>` +
  // single spacing: the exact body line would lift the page number 1.8 pt
  `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` +
  `<w:rPr>${rFonts(FONTS.pageNumber, FONTS.pageNumber)}<w:sz w:val="${SIZES.pageNumber}"/><w:szCs w:val="${SIZES.pageNumber}"/></w:rPr></w:style>` +
  `</w:styles>`;

/** "— 1 —" in 4号 宋体; odd pages right-aligned, even pages left-aligned, one character in. */
export const footerXml = (side: "odd" | "even"): string => {
  const ind =
    side === "odd"
      ? `<w:ind w:rightChars="100" w:right="280"/>`
      : `<w:ind w:leftChars="100" w:left="280"/>`;
  const jc = side === "odd" ? "right" : "left";
  const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  return (
    XML_HEAD +
    `<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/>${ind}<w:jc w:val="${jc}"/></w:pPr>` +
    run("— ") +
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
    run(" —") +
    `</w:p></w:ftr>`
  );
};

const sectionPropertiesXml = (): string =>
  `<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>` +
  `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
  `<w:pgMar w:top="${PAGE.marginTop}" w:right="${PAGE.marginRight}" w:bottom="${PAGE.marginBottom}" w:left="${PAGE.marginLeft}" w:header="${PAGE.headerDistance}" w:footer="${PAGE.footerDistance}" w:gutter="0"/>` +
  `<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="${PAGE.linePitch}"/></w:sectPr>`;

export const documentXml = (bodyXml: string): string =>
  XML_HEAD +
  `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${bodyXml}${sectionPropertiesXml()}</w:body></w:document>`;
