/**
 * Bad and odd inputs, made by code (no binaries in the repository), each with the outcome a user
 * must get: a correct read, issues at the right cells, or one clear refusal. Never a hang, a crash
 * or a partial file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import {
  compoundFile,
  encryptedWorkbook,
  entityBomb,
  lyingDocxBomb,
  lyingZipBomb,
  oleHeader,
  randomBytes,
  zipBomb,
} from "../helpers/badFiles";
import { COURT_SAMPLE, ROOT } from "../helpers/paths";
import { statementRow } from "../helpers/workbooks";

/** A refusal is a UserError code (FILE_…); a template's faults are issue codes (TEMPLATE_…). */
export type Expectation =
  | { readonly refused: string }
  | {
      readonly complete: boolean;
      readonly issues?: ReadonlyArray<{ code: string; cell?: string; sheet?: string }>;
      readonly text?: readonly string[];
    }
  | { readonly template: "ok" | string; readonly text?: readonly string[] };

export interface OddInput {
  readonly name: string;
  readonly kind: "workbook" | "template";
  readonly build: () => Promise<Uint8Array>;
  readonly expect: Expectation;
  /** slow at its size: run by the scale tier (npm run test:scale), not the quick loop */
  readonly scale?: true;
}

async function sampleWith(
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>,
  options?: { date1904?: boolean },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(COURT_SAMPLE);
  if (options?.date1904) wb.properties.date1904 = true;
  await edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;

/** Rewrites one part of a zip (e.g. a sheet's XML) with a function of its text. */
function patchPart(bytes: Uint8Array, part: string, patch: (xml: string) => string): Uint8Array {
  const zip = new PizZip(bytes);
  zip.file(part, patch(zip.file(part)?.asText() ?? ""));
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

const template = () =>
  new Uint8Array(readFileSync(join(ROOT, "packs", "court-annual", "template.docx")));
const withBody = (paragraphs: string): Uint8Array =>
  patchPart(template(), "word/document.xml", (xml) =>
    xml.replace(/<w:body>[\s\S]*(<w:sectPr>)/, `<w:body>${paragraphs}$1`),
  );
const p = (...runs: string[]) =>
  `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join("")}</w:p>`;

export const ODD_INPUTS: readonly OddInput[] = [
  // ---- files that are not (safe) workbooks
  {
    name: "empty file",
    kind: "workbook",
    build: async () => new Uint8Array(),
    expect: { refused: "FILE_EMPTY" },
  },
  {
    name: "random bytes",
    kind: "workbook",
    build: async () => randomBytes(10_000),
    expect: { refused: "FILE_NOT_ZIP" },
  },
  {
    name: "CSV saved as .xlsx",
    kind: "workbook",
    build: async () => new TextEncoder().encode("编码,数值\nSP02,16742\n"),
    expect: { refused: "FILE_NOT_ZIP" },
  },
  {
    name: "PDF renamed .xlsx",
    kind: "workbook",
    build: async () => new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"),
    expect: { refused: "FILE_NOT_ZIP" },
  },
  {
    name: ".docx renamed .xlsx",
    kind: "workbook",
    build: async () => template(),
    expect: { refused: "FILE_WRONG_KIND" },
  },
  {
    name: "zip of text files",
    kind: "workbook",
    build: async () => new PizZip().file("a.txt", "hello").generate({ type: "uint8array" }),
    expect: { refused: "FILE_WRONG_KIND" },
  },
  {
    name: "truncated to half",
    kind: "workbook",
    build: async () => readFileSync(COURT_SAMPLE).subarray(0, 10_000),
    expect: { refused: "FILE_TRUNCATED" },
  },
  {
    name: "last bytes cut off",
    kind: "workbook",
    build: async () => readFileSync(COURT_SAMPLE).subarray(0, -10),
    expect: { refused: "FILE_TRUNCATED" },
  },
  {
    name: "password-protected (OLE container)",
    kind: "workbook",
    build: async () => encryptedWorkbook(),
    expect: { refused: "FILE_ENCRYPTED" },
  },
  {
    name: "an OLE header and nothing else",
    kind: "workbook",
    build: async () => oleHeader(),
    expect: { refused: "FILE_CORRUPT" },
  },
  {
    name: "a WPS .et or other compound file that is not an Excel workbook",
    kind: "workbook",
    build: async () => compoundFile({ WpsContent: randomBytes(512) }),
    expect: { refused: "FILE_LEGACY_FORMAT" },
  },
  {
    name: "zip bomb, honest headers",
    kind: "workbook",
    build: async () => zipBomb(),
    expect: { refused: "FILE_BOMB" },
  },
  {
    name: "zip bomb, lying headers",
    kind: "workbook",
    build: async () => lyingZipBomb(),
    // a size that lies is a damaged archive, whatever it would inflate to
    expect: { refused: "FILE_CORRUPT" },
  },
  {
    name: "XML entity bomb",
    kind: "workbook",
    build: async () => entityBomb(),
    expect: { refused: "FILE_DTD" },
  },
  {
    name: "DOCTYPE hidden after a comment",
    kind: "workbook",
    build: async () =>
      patchPart(readFileSync(COURT_SAMPLE), "xl/workbook.xml", (x) =>
        x.replace("?>", '?><!-- note --><!DOCTYPE workbook [<!ENTITY x "y">]>'),
      ),
    expect: { refused: "FILE_DTD" },
  },
  {
    name: "corrupt deflate data in a sheet",
    kind: "workbook",
    build: async () => {
      const b = Buffer.from(readFileSync(COURT_SAMPLE));
      const at = b.indexOf("xl/worksheets/sheet2.xml") + 40;
      for (let i = at; i < at + 200; i++) b[i] = 0xff;
      return new Uint8Array(b);
    },
    expect: { refused: "FILE_CORRUPT" },
  },
  {
    name: "sheet XML that is not XML",
    kind: "workbook",
    build: async () =>
      patchPart(
        readFileSync(COURT_SAMPLE),
        "xl/worksheets/sheet2.xml",
        () => "<worksheet><sheetData><row",
      ),
    expect: { refused: "FILE_CORRUPT" },
  },
  {
    name: "twenty thousand zip entries",
    kind: "workbook",
    build: async () => {
      const zip = new PizZip(readFileSync(COURT_SAMPLE));
      for (let i = 0; i < 20_000; i++) zip.file(`junk/${i}.txt`, "");
      return zip.generate({ type: "uint8array", compression: "STORE" });
    },
    expect: { refused: "FILE_BOMB" },
  },
  {
    name: "an emptied sheet written as <sheetData/> (as openpyxl writes an empty sheet)",
    kind: "workbook",
    build: async () =>
      patchPart(readFileSync(COURT_SAMPLE), "xl/worksheets/sheet8.xml", (x) =>
        x.replace(/<sheetData>[\s\S]*<\/sheetData>/, "<sheetData/>"),
      ),
    expect: { complete: false, issues: [{ code: "SHEET_HEADER_MISSING", sheet: "存在问题" }] },
  },
  {
    name: "a million blank formatted rows",
    scale: true,
    kind: "workbook",
    build: async () =>
      patchPart(readFileSync(COURT_SAMPLE), "xl/worksheets/sheet3.xml", (x) =>
        x.replace(
          "</sheetData>",
          `${Array.from({ length: 1_000_000 - 40 }, (_, i) => `<row r="${i + 40}" s="1" customFormat="1"/>`).join("")}</sheetData>`,
        ),
      ),
    expect: { complete: true, text: ["全口径新收案件16742件"] },
  },
  {
    name: "an enormous sheet (60,000 rows of other data)",
    scale: true,
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => {
        const ws = wb.addWorksheet("明细");
        for (let i = 0; i < 60_000; i++) ws.addRow([`案号${i}`, i, "某某", "已结"]);
      }),
    expect: { complete: true },
  },
  // ---- odd but readable workbooks
  {
    name: "merged header cells",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => {
        const ws = sheet(wb, "党的领导");
        ws.spliceColumns(4, 0, []);
        ws.mergeCells("C1:D1");
      }),
    expect: { complete: true },
  },
  {
    name: "duplicate 数值 column",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => void (sheet(wb, "党的领导").getCell("J1").value = "数值")),
    expect: {
      complete: true,
      issues: [{ code: "SHEET_COLUMN_DUPLICATE", sheet: "党的领导", cell: "J1" }],
    },
  },
  {
    name: "duplicate metric code",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => void sheet(wb, "党的领导").addRow(["DL01", "集中学习研讨", 99])),
    expect: {
      complete: false,
      issues: [{ code: "METRIC_DUPLICATE", sheet: "党的领导", cell: "C8" }],
    },
  },
  {
    name: "category sheet hidden",
    kind: "workbook",
    build: async () => sampleWith((wb) => void (sheet(wb, "服务发展").state = "hidden")),
    expect: { complete: true, text: ["制发司法建议8份"] },
  },
  {
    name: "category sheet very hidden",
    kind: "workbook",
    build: async () => sampleWith((wb) => void (sheet(wb, "服务发展").state = "veryHidden")),
    expect: { complete: true },
  },
  {
    name: "formulas whose results are errors",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => {
        const ws = sheet(wb, "党的领导");
        ws.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
        ws.getCell("C3").value = { formula: "NA()", result: { error: "#N/A" } };
      }),
    expect: {
      complete: false,
      issues: [
        { code: "METRIC_CELL_ERROR", cell: "C2" },
        { code: "METRIC_CELL_ERROR", cell: "C3" },
      ],
    },
  },
  {
    name: "formula without a cached result",
    kind: "workbook",
    build: async () =>
      sampleWith(
        (wb) =>
          void (sheet(wb, "党的领导").getCell("C4").value = {
            formula: "5+6",
          } as ExcelJS.CellFormulaValue),
      ),
    expect: { complete: false, issues: [{ code: "METRIC_FORMULA_UNCALCULATED", cell: "C4" }] },
  },
  {
    name: "numbers stored as text, full width, with separators",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => {
        const ws = sheet(wb, "审判执行");
        ws.getCell("C3").value = "１６，７４２";
        ws.getCell("C4").value = "15,629件";
      }),
    expect: { complete: true, text: ["全口径新收案件16742件，结案15629件"] },
  },
  {
    name: "negative value",
    kind: "workbook",
    build: async () => sampleWith((wb) => void (sheet(wb, "服务发展").getCell("C3").value = -8)),
    expect: { complete: true, issues: [{ code: "METRIC_OUT_OF_RANGE", cell: "C3" }] },
  },
  {
    name: "NaN-like values",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => {
        const ws = sheet(wb, "基层治理");
        ws.getCell("C2").value = "NaN";
        ws.getCell("C3").value = "Infinity";
        ws.getCell("C4").value = "1e309";
      }),
    expect: {
      complete: false,
      issues: [
        { code: "METRIC_NOT_NUMBER", cell: "C2" },
        { code: "METRIC_NOT_NUMBER", cell: "C3" },
        { code: "METRIC_NOT_NUMBER", cell: "C4" },
      ],
    },
  },
  {
    name: "cut-off date as a serial number",
    kind: "workbook",
    build: async () => sampleWith((wb) => void (sheet(wb, "报告信息").getCell("B4").value = 45275)),
    expect: { complete: true, text: ["截止12月15日"] },
  },
  {
    name: "cut-off date as 2023.12.15",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => void (sheet(wb, "报告信息").getCell("B4").value = "2023.12.15")),
    expect: { complete: true, text: ["截止12月15日"] },
  },
  {
    name: "cut-off date as 20231215",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => void (sheet(wb, "报告信息").getCell("B4").value = "20231215")),
    expect: { complete: true, text: ["截止12月15日"] },
  },
  {
    name: "cut-off date as 12月15日",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => void (sheet(wb, "报告信息").getCell("B4").value = "12月15日")),
    expect: { complete: true, text: ["截止12月15日"] },
  },
  {
    name: "1904 date system",
    kind: "workbook",
    build: async () =>
      sampleWith(
        (wb) => void (sheet(wb, "报告信息").getCell("B4").value = new Date(Date.UTC(2023, 11, 15))),
        { date1904: true },
      ),
    expect: { complete: true, text: ["截止12月15日"] },
  },
  {
    name: "impossible date",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => void (sheet(wb, "报告信息").getCell("B4").value = "2023年2月30日")),
    expect: { complete: false, issues: [{ code: "INFO_FIELD_INVALID", cell: "B4" }] },
  },
  {
    name: "zero-width and right-to-left marks in codes",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => {
        const ws = sheet(wb, "审判执行");
        ws.getCell("A3").value = "SP02\u200b";
        ws.getCell("A4").value = "\u202bSP03\u202c";
      }),
    expect: { complete: true, text: ["全口径新收案件16742件，结案15629件"] },
  },
  {
    name: "emoji in a sheet name and a statement",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => {
        wb.addWorksheet("📊统计").addRow(["自由", "内容"]);
        sheet(wb, "服务发展").addRow(statementRow("开展“法治进社区”活动👍。"));
      }),
    expect: { complete: true, text: ["开展“法治进社区”活动👍。"] },
  },
  {
    name: "header below row 30",
    kind: "workbook",
    build: async () =>
      sampleWith(
        (wb) =>
          void sheet(wb, "创新治理").spliceRows(
            1,
            0,
            ...Array.from({ length: 30 }, () => ["说明文字"]),
          ),
      ),
    expect: { complete: false, issues: [{ code: "SHEET_HEADER_MISSING", sheet: "创新治理" }] },
  },
  {
    name: "unit that measures something else",
    kind: "workbook",
    build: async () => sampleWith((wb) => void (sheet(wb, "服务发展").getCell("C3").value = "8人")),
    expect: { complete: true, issues: [{ code: "METRIC_UNIT_MISMATCH", cell: "C3" }] },
  },
  {
    name: "value in another scale of the unit",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => void (sheet(wb, "审判执行").getCell("C7").value = "20345700元")),
    expect: { complete: true, text: ["执行到位2000余万元"] },
  },
  {
    // 不适用 is a valid answer, but a sentence states the figure: the draft marks it, check errs
    name: "不适用 for a figure a sentence states",
    kind: "workbook",
    build: async () =>
      sampleWith((wb) => void (sheet(wb, "创新治理").getCell("C2").value = "不适用")),
    // the clause that states it leaves by itself, said as a note at the sentence
    expect: { complete: true, issues: [{ code: "CLAUSE_DROPPED", sheet: "创新治理" }] },
  },
  {
    name: "a statement with an unclosed placeholder",
    kind: "workbook",
    build: async () =>
      sampleWith(
        (wb) => void sheet(wb, "服务发展").addRow(statementRow("制发司法建议{司法建议。")),
      ),
    expect: {
      complete: false,
      issues: [{ code: "PLACEHOLDER_SYNTAX", sheet: "服务发展", cell: "G10" }],
    },
  },
  // ---- templates
  {
    name: "template: an Excel workbook",
    kind: "template",
    build: async () => new Uint8Array(readFileSync(COURT_SAMPLE)),
    expect: { template: "FILE_WRONG_KIND" },
  },
  {
    name: "template: random bytes",
    kind: "template",
    build: async () => randomBytes(),
    expect: { template: "FILE_NOT_ZIP" },
  },
  {
    name: "template: unbalanced loop",
    kind: "template",
    build: async () => withBody(p("{#党的领导.表述}{文本}")),
    expect: { template: "TEMPLATE_SYNTAX" },
  },
  {
    name: "template: crossed loops",
    kind: "template",
    build: async () => withBody(p("{#党的领导}{#表述}{/党的领导}{/表述}")),
    expect: { template: "TEMPLATE_SYNTAX" },
  },
  {
    name: "template: unclosed tag",
    kind: "template",
    build: async () => withBody(p("新收{新收案件")),
    expect: { template: "TEMPLATE_SYNTAX" },
  },
  {
    name: "template: stray closing brace",
    kind: "template",
    build: async () => withBody(p("新收}案件")),
    expect: { template: "TEMPLATE_SYNTAX" },
  },
  {
    name: "template: tag split over runs",
    kind: "template",
    build: async () => withBody(p("新收{新收", "案件|同", "比}")),
    expect: { template: "ok", text: ["新收同比增长5.5%"] },
  },
  {
    name: "template: loop over table rows",
    kind: "template",
    build: async () =>
      withBody(
        `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="6000"/></w:tblGrid>` +
          `<w:tr><w:tc><w:p><w:r><w:t>{#工作打算.表述}{编号}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{标题}{/工作打算.表述}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
          p("完"),
      ),
    expect: {
      template: "ok",
      text: ["1", "聚焦习近平法治思想学宣贯", "3", "聚焦推进法治政府建设"],
    },
  },
  {
    name: "template: with an image",
    kind: "template",
    build: async () => {
      const zip = new PizZip(
        withBody(
          `${p("{单位名称}")}<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="logo"/></wp:inline></w:drawing></w:r></w:p>`,
        ),
      );
      zip.file("word/media/logo.png", readFileSync(join(ROOT, "assets", "icon-16.png")));
      return zip.generate({ type: "uint8array" });
    },
    expect: { template: "ok", text: ["东营区人民法院"] },
  },
  {
    name: "template: hostile expression",
    kind: "template",
    build: async () => withBody(p('{constructor.constructor("return process")()}')),
    expect: { template: "TEMPLATE_SYNTAX" },
  },
  {
    name: "template: unknown name",
    kind: "template",
    build: async () => withBody(p("{审结总数}")),
    expect: { template: "TEMPLATE_UNKNOWN_NAME" },
  },
  {
    name: "template: entity declaration in the document",
    kind: "template",
    build: async () =>
      patchPart(template(), "word/document.xml", (x) =>
        x.replace("?>", '?><!DOCTYPE w:document [<!ENTITY a "aaaa">]>'),
      ),
    expect: { template: "FILE_DTD" },
  },
  {
    name: "template: zip bomb",
    scale: true,
    kind: "template",
    build: async () => {
      const zip = new PizZip(template());
      zip.file("word/bomb.xml", new Uint8Array(300 * 1024 * 1024));
      return zip.generate({ type: "uint8array", compression: "DEFLATE" });
    },
    expect: { template: "FILE_BOMB" },
  },
  {
    name: "template: a picture that declares 100 bytes and inflates to 64 MiB",
    kind: "template",
    build: async () => lyingDocxBomb(template(), "word/media/image9.png", 100, 64),
    expect: { template: "FILE_CORRUPT" },
  },
  {
    name: "template: a part that declares 0 bytes and inflates to 64 MiB",
    kind: "template",
    build: async () => lyingDocxBomb(template(), "word/media/image9.png", 0, 64),
    expect: { template: "FILE_CORRUPT" },
  },
  {
    name: "template: its relationships part cut off",
    kind: "template",
    build: async () => patchPart(template(), "_rels/.rels", (x) => x.slice(0, x.length - 40)),
    expect: { template: "FILE_CORRUPT" },
  },
  {
    name: "template: an attribute value in the body holds <",
    kind: "template",
    build: async () =>
      patchPart(template(), "word/document.xml", (x) => x.replace('w:val="', 'w:val="<')),
    expect: { template: "FILE_CORRUPT" },
  },
  {
    name: "template: an XML part that declares 0 bytes",
    kind: "template",
    build: async () => lyingDocxBomb(template(), "word/bomb.xml", 0, 64),
    expect: { template: "FILE_CORRUPT" },
  },
];
