import { escapeXmlText } from "../xml/xmlText";

/**
 * The report's own document properties (docProps/core.xml), visible in Word's 属性, in the PDF
 * made from it, and on the 政府信息公开 site where reports are published: the title as printed
 * (the unit's name and the report's title) and the unit as author — never the pack's title, the
 * product's name or whoever last saved the template.
 */
export function reportCoreProperties(
  coreXml: string,
  props: { readonly title: string; readonly creator: string },
): string {
  let xml = coreXml;
  for (const [name, value] of [
    ["title", props.title],
    ["creator", props.creator],
    ["lastModifiedBy", props.creator],
  ] as const) {
    const element = new RegExp(
      `<([\\w.-]+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1?${name}\\s*>)`,
      "u",
    );
    const m = element.exec(xml);
    const prefix = m?.[1] ?? (name === "lastModifiedBy" ? "cp:" : "dc:");
    const written = `<${prefix}${name}>${escapeXmlText(value)}</${prefix}${name}>`;
    if (m) xml = xml.slice(0, m.index) + written + xml.slice(m.index + m[0].length);
    else if (name !== "lastModifiedBy" || /xmlns:cp=/.test(xml)) {
      // a template without the element gets it before the root's end
      const end = xml.lastIndexOf("</");
      if (end !== -1 && (prefix !== "dc:" || /xmlns:dc=/.test(xml)))
        xml = xml.slice(0, end) + written + xml.slice(end);
    }
  }
  return xml;
}
