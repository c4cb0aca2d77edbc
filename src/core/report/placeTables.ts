import { TABLE_CLOSE, TABLE_OPEN } from "../template/templateValues";
import { PARAGRAPH } from "./layoutReport";
const ANCHOR = new RegExp(`${TABLE_OPEN}([^${TABLE_CLOSE}]*)${TABLE_CLOSE}`, "g");

/**
 * Sets each part's table after the paragraph that holds its anchor (the part's heading), and
 * removes every anchor. A table inside a table cell is followed by an empty paragraph, as a
 * cell must end with one; a table whose heading the template does not print is not placed.
 *   tables: table id → the table's OOXML
 */
export function placeTables(xml: string, tables: ReadonlyMap<string, string>): string {
  if (!xml.includes(TABLE_OPEN)) return xml;
  const placed = new Set<string>();
  return xml.replace(PARAGRAPH, (p, offset: number) => {
    if (!p.includes(TABLE_OPEN)) return p;
    let after = "";
    for (const m of p.matchAll(ANCHOR)) {
      const id = m[1] ?? "";
      const table = tables.get(id);
      if (!table || placed.has(id)) continue;
      placed.add(id);
      after += table;
    }
    const clean = p.replace(ANCHOR, "");
    if (after === "") return clean;
    const rest = xml.slice(offset + p.length, offset + p.length + 16);
    return clean + after + (/^\s*<\/w:tc>/.test(rest) ? "<w:p/>" : "");
  });
}

/** Anchors in a part that holds no table place (headers, footers): removed. */
export function dropAnchors(xml: string): string {
  return xml.includes(TABLE_OPEN) ? xml.replace(ANCHOR, "") : xml;
}
