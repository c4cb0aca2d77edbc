import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { FIXED_ZIP_DATE } from "../docx/fixedZipDate";
import { createTagParser, newSession, unknownNameGetter, type GapUse } from "../template/tagParser";
import type { TemplateValue } from "../template/templateValues";
import { TemplateEngineFault } from "../template/syntaxProblems";
import { tableAnchor } from "../template/templateValues";
import { addStyles } from "../docx/addStyles";
import { tableParagraphStyle, tableXml } from "../docx/tableXml";
import type { PackTable } from "../packs/pack.types";
import { stampFingerprint } from "./fingerprint";
import { addDraftHeader } from "./draftHeader";
import { highlightMarkers } from "./highlightMarkers";
import { dropAnchors, placeTables } from "./placeTables";
import { reportCoreProperties } from "./coreProperties";
import { documentTitle, layoutDocument, styleRoles, type ReportLayout } from "./layoutReport";
import { DOCXTEMPLATER_OPTIONS, type OpenedTemplate } from "./openTemplate";

export interface RenderedReport {
  readonly bytes: Uint8Array;
  /** gap markers in the document, each highlighted */
  readonly markers: number;
  /** what the template's own tags met that the data lacks (statements' gaps are in the scope) */
  readonly gaps: readonly GapUse[];
}

const XML_PART = /^word\/.*\.xml$/;

/** A table of the pack and what each of its data cells prints, by metric code. */
export interface FilledTable {
  readonly table: PackTable;
  readonly values: ReadonlyMap<string, string>;
}

/**
 * Template + data → .docx. Only a template without syntax faults reaches here (check refuses the
 * others), so anything docxtemplater throws now is a fault of ours, never blamed on the template.
 * Every gap marker is highlighted; the body's fingerprint goes into the custom properties; every
 * zip entry carries one fixed date, so the same input gives the same bytes.
 */
export function renderReport(
  template: OpenedTemplate,
  data: Readonly<Record<string, TemplateValue>>,
  layout: ReportLayout = { sealed: false },
  relieve?: () => void,
  /** the pack's tables with what their data cells print, each set after its part's heading */
  tables: readonly FilledTable[] = [],
): RenderedReport {
  const zip = new PizZip();
  for (const [name, content] of template.files) zip.file(name, content);
  const holder = { session: newSession(data), ...(relieve ? { relieve } : {}) };
  const session = holder.session;
  // docxtemplater renders one part after another; this notes which, for where a gap was met.
  const partTracker = {
    name: "PartTracker",
    priority: 1000,
    render(_part: unknown, options: { filePath?: string }) {
      session.file = options.filePath;
      return null;
    },
  };
  let out: PizZip;
  try {
    const doc = new Docxtemplater(zip, {
      ...DOCXTEMPLATER_OPTIONS,
      modules: [partTracker],
      parser: createTagParser(holder),
      nullGetter: unknownNameGetter,
    });
    doc.render(data);
    out = doc.getZip();
  } catch (e) {
    throw new TemplateEngineFault(e);
  }
  relieve?.();
  let markers = 0;
  for (const name of Object.keys(out.files)) {
    const file = out.file(name);
    if (!file || file.dir || !XML_PART.test(name)) continue;
    const text = file.asText();
    // the body keeps its tables' anchors until it is laid out: tables go in last, each
    // highlighted on its own, so the layout's passes never walk their cells
    const { xml, count } = highlightMarkers(
      name === "word/document.xml" ? text : dropAnchors(text),
    );
    markers += count;
    if (count > 0 || xml.length !== text.length) out.file(name, xml);
  }
  // the tables' cells are set in a paragraph style of their own, added to the template's styles
  const stylesPart = out.file("word/styles.xml")?.asText();
  const withTableStyles =
    tables.length > 0 && stylesPart !== undefined
      ? addStyles(
          stylesPart,
          tables.map((t) => tableParagraphStyle(t.table.fontSize)),
        )
      : null;
  if (withTableStyles !== null && withTableStyles !== stylesPart)
    out.file("word/styles.xml", withTableStyles);
  const placedTables = new Map<string, string>();
  const bodyText = tables.length > 0 ? (out.file("word/document.xml")?.asText() ?? "") : "";
  for (const { table, values } of tables) {
    const id = table.id;
    const { xml, count } = highlightMarkers(tableXml(table, values, withTableStyles !== null));
    placedTables.set(id, xml);
    // a table counts once it is placed: its heading is in the body
    if (count > 0 && bodyText.includes(tableAnchor(id))) markers += count;
  }
  relieve?.();
  const body = out.file("word/document.xml");
  const styles = template.files.get("word/styles.xml");
  const roles = styleRoles(typeof styles === "string" ? styles : null);
  if (body) {
    const laid = layoutDocument(body.asText(), { ...layout, styles: roles });
    out.file("word/document.xml", placeTables(laid, placedTables));
    const core = out.file("docProps/core.xml");
    if (core)
      out.file(
        "docProps/core.xml",
        reportCoreProperties(core.asText(), {
          title: documentTitle(laid, roles),
          creator: layout.unitName ?? "",
        }),
      );
  }
  relieve?.();
  if (layout.draft) addDraftHeader(out);
  stampFingerprint(out);
  // cast: PizZip's file objects carry a date its typings do not declare
  for (const f of Object.values(out.files)) (f as { date: Date }).date = FIXED_ZIP_DATE;
  const bytes = out.generate({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, markers, gaps: session.gaps };
}
