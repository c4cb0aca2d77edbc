import type { PackTable, TableCell } from "../packs/pack.types";
import { tableGeometry } from "../packs/tableGeometry";
import { escapeXml } from "../xml/xmlText";
import { FONTS, TEXT_WIDTH } from "./officialFormat";
import { labelLines } from "./labelLines";
import { rFonts } from "./ooxmlParts";

/** ½ pt single rules on every cell, as the published forms print them. */
const RULE = `w:val="single" w:sz="4" w:space="0" w:color="000000"`;
const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} ${RULE}/>`)
  .join("");
/** the table's text: 宋体 for Chinese, Times New Roman for figures */
const TABLE_FONT = "宋体";
/**
 * lines under the header rows that keep with the next (keepNext): with the one they keep with,
 * this many and one more stay on the header's page
 */
const KEPT_LINES = 2;
/** a cell's left and right padding, in twips (1 mm) */
const CELL_MARGIN = 57;
/** what the clerk sees in Word's style list for each size: the 字号 she asks for by name */
const SIZE_NAMES = new Map([
  [9, "小五"],
  [10.5, "五号"],
  [12, "小四"],
  [14, "四号"],
]);

/**
 * The paragraph style a table's cells are set in, one per font size: the body's spacing, indent
 * and line grid set aside (a table keeps single lines), 宋体 with Times New Roman figures, centred.
 * Set once in the styles part rather than on each of 300 cells, it keeps the report a third of
 * the size and lets the clerk change every table's font in one place (表格文字 → 仿宋).
 */
export function tableParagraphStyle(fontSize: number): {
  readonly id: string;
  readonly xml: string;
} {
  const sz = Math.round(fontSize * 2);
  const id = `ReportTableText${sz}`;
  const name = `表格文字（${SIZE_NAMES.get(sz / 2) ?? `${sz / 2}磅`}）`;
  return {
    id,
    xml:
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:qFormat/>` +
      `<w:pPr>${CELL_PPR}<w:jc w:val="center"/></w:pPr>${cellRPr(sz)}</w:style>`,
  };
}

/** the paragraph properties that set the body's aside, for a cell */
const CELL_PPR =
  `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>` +
  `<w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/>`;
const cellRPr = (sz: number) =>
  `<w:rPr>${rFonts(TABLE_FONT, FONTS.latin)}<w:spacing w:val="0"/>` +
  `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>`;

/**
 * The grid's column widths in twips, scaled from the pack's points to fill the type area
 * exactly (the last column takes the rounding), so that the table is as wide as the text.
 */
export function gridWidths(widths: readonly number[], total = TEXT_WIDTH): number[] {
  const sum = widths.reduce((a, w) => a + w, 0);
  const out = widths.map((w) => Math.floor((w / sum) * total));
  const last = out.length - 1;
  out[last] = (out[last] ?? 0) + total - out.reduce((a, w) => a + w, 0);
  return out;
}

/**
 * A table as OOXML in the official grid: merged labels by gridSpan and vMerge (each row's spans
 * add up to the grid), figures centred, row labels flush left, the header rows repeated on each
 * page (tblHeader) and no row split across pages (cantSplit). Paragraph spacing, indent and the
 * line grid of the body are set aside in each cell (tableParagraphStyle): a table keeps single
 * lines.
 *   values: what each data cell prints, by metric code (already worded: 46, 0, 12.5, or a marker)
 *   styled: the cells name the table's paragraph style, which the report's styles part must
 *     define; otherwise (a template without one) each cell carries the same properties itself
 */
export function tableXml(
  table: PackTable,
  values: ReadonlyMap<string, string>,
  styled = true,
): string {
  const g = tableGeometry(table);
  const cols = gridWidths(table.widths);
  const sz = Math.round(table.fontSize * 2);
  const style = tableParagraphStyle(table.fontSize);
  const rPr = styled ? "" : cellRPr(sz);
  // the header rows and the first lines under them keep with the next row: a table never starts
  // at a page's foot with its header alone (or one line) there and the rest on the next page
  let keep = false;
  const keepNext = () => (keep ? "<w:keepNext/>" : "");
  const pPr = (jc: "center" | "left") =>
    styled
      ? `<w:pPr><w:pStyle w:val="${style.id}"/>${keepNext()}${jc === "left" ? `<w:jc w:val="left"/>` : ""}</w:pPr>`
      : `<w:pPr>${keepNext()}${CELL_PPR}<w:jc w:val="${jc}"/></w:pPr>`;
  const para = (text: string, jc: "center" | "left", lines: readonly string[] = [text]) =>
    `<w:p>${pPr(jc)}` +
    (text === ""
      ? ""
      : `<w:r>${rPr}${lines.map((l) => `<w:t xml:space="preserve">${escapeXml(l)}</w:t>`).join("<w:br/>")}</w:r>`) +
    `</w:p>`;
  // how many ems a label's line holds in its cell, a little short of the full width so that no
  // renderer's rounding wraps a line we set
  const capacity = (c: TableCell) =>
    Math.floor((span(c) - 2 * CELL_MARGIN) / 20 / table.fontSize - 0.1);
  const label = (c: TableCell, text: string) =>
    para(text, rowLabel(c) ? "left" : "center", labelLines(text, capacity(c), table.keepTogether));
  // a label with figures on its right names a line: flush left; other labels are headers
  const rightmostData = new Map<number, number>();
  for (const d of g.data)
    rightmostData.set(d.cell.row, Math.max(rightmostData.get(d.cell.row) ?? -1, d.cell.col));
  const rowLabel = (c: TableCell) => {
    for (let r = c.row; r < c.row + c.rowSpan; r++)
      if ((rightmostData.get(r) ?? -1) > c.col) return true;
    return false;
  };
  const span = (c: TableCell) => cols.slice(c.col, c.col + c.colSpan).reduce((a, w) => a + w, 0);
  const tcPr = (c: TableCell, merge: "" | "restart" | "continue") =>
    `<w:tcPr><w:tcW w:w="${span(c)}" w:type="dxa"/>` +
    (c.colSpan > 1 ? `<w:gridSpan w:val="${c.colSpan}"/>` : "") +
    (merge === "restart"
      ? `<w:vMerge w:val="restart"/>`
      : merge === "continue"
        ? `<w:vMerge/>`
        : "") +
    `<w:vAlign w:val="center"/></w:tcPr>`;
  let rowsXml = "";
  for (let r = 0; r < g.height; r++) {
    keep = r < table.headerRows + KEPT_LINES && r < g.height - 1;
    let cells = "";
    for (let c = 0; c < g.width; c++) {
      const o = g.owner[r]?.[c];
      if (!o || o.col !== c) continue; // covered by the gridSpan of a cell on its left
      if (o.row !== r) {
        cells += `<w:tc>${tcPr(o, "continue")}${para("", "center")}</w:tc>`;
        continue;
      }
      const merge = o.rowSpan > 1 ? "restart" : "";
      const content =
        o.metric !== undefined
          ? para(values.get(o.metric) ?? "", "center")
          : o.text !== undefined
            ? label(o, o.text)
            : para("", "center");
      cells += `<w:tc>${tcPr(o, merge)}${content}</w:tc>`;
    }
    const header = r < table.headerRows ? "<w:tblHeader/>" : "";
    rowsXml += `<w:tr><w:trPr><w:cantSplit/>${header}</w:trPr>${cells}</w:tr>`;
  }
  const width = cols.reduce((a, w) => a + w, 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${CELL_MARGIN}" w:type="dxa"/><w:right w:w="${CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>` +
    `</w:tblPr><w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    rowsXml +
    `</w:tbl>`
  );
}
