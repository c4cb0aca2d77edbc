import PizZip from "pizzip";
import { unescapeXml } from "../xml/xmlText";

/** A cell of a previewed table: its text and how far it is merged. */
export interface PreviewCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

export interface DocxParagraph {
  /** the paragraph's text; a table's, every cell's text in reading order */
  readonly text: string;
  /** the paragraph style id ("Title", "Heading1", …), "" for the default, "Table" for a table */
  readonly style: string;
  /** a table, row by row: cells covered by a merge above are left out, as in HTML */
  readonly table?: ReadonlyArray<readonly PreviewCell[]>;
}

const textOf = (p: string): string => {
  let text = "";
  for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:br|cr)\/>|<w:tab\/>/g))
    text += m[1] !== undefined ? unescapeXml(m[1]) : m[0].includes("tab") ? "\t" : "\n";
  return text;
};

/** A table's rows as HTML would merge them: gridSpan → colSpan, a vMerge run → rowSpan. */
function tableRows(tbl: string): PreviewCell[][] {
  const rows: PreviewCell[][] = [];
  // the cell that a vertical merge continues, by grid column
  const above = new Map<number, { rowSpan: number }>();
  for (const tr of tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) {
    const row: PreviewCell[] = [];
    let col = 0;
    for (const tc of tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
      const colSpan = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
      const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc);
      const continued = vMerge !== null && vMerge[1] !== "restart";
      const host = above.get(col);
      if (continued && host) host.rowSpan += 1;
      else {
        const paras = tc.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
        // a label's own line breaks (set for the printed column) are not the preview's
        const cell = {
          text: paras.map((p) => textOf(p).replace(/\n/g, "")).join("\n"),
          colSpan,
          rowSpan: 1,
        };
        row.push(cell);
        if (vMerge) above.set(col, cell);
        else above.delete(col);
      }
      col += colSpan;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The body's paragraphs as plain text with their styles, and its tables as tables: what the pane
 * previews before download.
 */
export function readDocxParagraphs(docx: Uint8Array): DocxParagraph[] {
  const xml = new PizZip(docx).file("word/document.xml")?.asText() ?? "";
  const out: DocxParagraph[] = [];
  for (const [block] of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if (block.startsWith("<w:tbl>")) {
      const table = tableRows(block);
      const text = table.flatMap((r) => r.map((c) => c.text)).join(" ");
      out.push({ text, style: "Table", table });
    } else
      out.push({ text: textOf(block), style: /<w:pStyle w:val="([^"]*)"/.exec(block)?.[1] ?? "" });
  }
  return out;
}
