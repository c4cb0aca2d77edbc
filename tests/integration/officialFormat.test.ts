import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { docxParagraphs } from "../helpers/docxText";
import { COURT_SAMPLE, GOV_SAMPLE, tempDir } from "../helpers/paths";
import { LEFT, RIGHT_EDGE, linesAt28, measureGrid, pdfRows } from "../helpers/pdfLayout";
import { runCli } from "../helpers/runCli";

/**
 * GB/T 9704 as LibreOffice renders the reports (the CLI's own --pdf): 28 characters × 22 lines,
 * the page count the text gives at that grid, the 落款 where §7.3.5 puts it, the outline.
 */
interface Para {
  readonly style: string;
  readonly text: string;
  readonly xml: string;
}

function paragraphs(docx: string): Para[] {
  const xml = new PizZip(readFileSync(docx)).file("word/document.xml")!.asText();
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(m[0])?.[1] ?? "Normal",
    text: [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[1] === undefined ? "\n" : t[1]))
      .join(""),
    xml: m[0],
  }));
}

describe.each([
  ["court", COURT_SAMPLE, 4],
  ["gov", GOV_SAMPLE, 3],
])("the %s sample through LibreOffice", (name, sample, expectedPages) => {
  const dir = tempDir();
  const docx = join(dir, `${name}.docx`);
  const pdf = join(dir, `${name}.pdf`);
  beforeAll(() => {
    const r = runCli(["generate", sample, "-o", docx, "--pdf"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(pdf);
  });

  it("sets 28 characters a full line", () => {
    const m = measureGrid(pdf);
    expect(m.cjkFullRows.length).toBeGreaterThan(5);
    for (const n of m.cjkFullRows) expect(n).toBeGreaterThanOrEqual(27);
    for (const n of m.cjkFullRows) expect(n).toBeLessThanOrEqual(29);
    const at28 = m.cjkFullRows.filter((n) => n === 28).length;
    expect(at28 / m.cjkFullRows.length).toBeGreaterThanOrEqual(0.8);
    // lines with digits: LibreOffice spaces CJK from digits a little wider than Word
    const median = [...m.fullRows].sort((a, b) => a - b)[Math.floor(m.fullRows.length / 2)];
    expect(median).toBe(28);
  });

  it("fills 22 lines on every full page, and has as many pages as the text at 28 × 22", () => {
    const m = measureGrid(pdf);
    for (const slot of m.lastSlot.slice(0, -1)) {
      expect(slot).toBeGreaterThan(21.5);
      expect(slot).toBeLessThan(22.2);
    }
    const lines = linesAt28(
      paragraphs(docx).map((p) => ({
        text: p.text,
        indent: !["Title", "Signature", "Addressee"].includes(p.style),
      })),
    );
    expect(m.pages).toBe(Math.ceil(lines / 22));
    expect(m.pages).toBe(expectedPages);
  });

  it("writes a PDF whose text is the report's", () => {
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })
      .replace(/—\s*\d+\s*—/g, "")
      .replace(/\s/g, "");
    const report = docxParagraphs(new Uint8Array(readFileSync(docx)))
      .join("")
      .replace(/\s/g, "");
    expect(text).toBe(report);
  });

  it("keeps the title out of the outline: 一、 is level 1, （一） level 2 when its own paragraph", () => {
    const styles = new PizZip(readFileSync(docx)).file("word/styles.xml")!.asText();
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    expect(style("Title")).not.toContain("outlineLvl");
    expect(style("Heading1")).toContain('<w:outlineLvl w:val="0"/>');
    expect(style("Heading2")).toContain('<w:outlineLvl w:val="1"/>');
    const ps = paragraphs(docx);
    expect(ps.filter((p) => p.style === "Heading1").map((p) => p.text[0])).toEqual(
      expect.arrayContaining(["一", "二"]),
    );
    expect(ps.find((p) => /^一、/.test(p.text))?.style).toBe("Heading1");
    expect(ps.filter((p) => p.style === "Title").length).toBeGreaterThan(0);
  });
});

describe("the gov sample's 落款 (GB/T 9704 §7.3.5, unsealed)", () => {
  const dir = tempDir();
  const docx = join(dir, "gov.docx");
  const pdf = join(dir, "gov.pdf");
  beforeAll(() => {
    expect(runCli(["generate", GOV_SAMPLE, "-o", docx, "--pdf"]).code).toBe(0);
  });

  it("stands one blank line under the body: name 右空二字, date two characters right of the name", () => {
    const ps = paragraphs(docx);
    const at = ps.findIndex((p) => p.style === "Signature");
    const [name, date] = [ps[at]!, ps[at + 1]!];
    expect([name.text, date.text]).toEqual(["示例区市场监督管理局", "2025年1月20日"]);
    expect(ps[at - 1]!.text).toBe("");
    expect(ps[at - 2]!.text).toBe("无。");
    expect(name.xml).toMatch(/<w:ind w:left="0" w:right="640"/);
    expect(name.xml).toContain('<w:jc w:val="right"/>');
    // the name's first character: 8844 − 640 − 10 × 315 = 5054 tw; the date's two characters on
    const left = Number(/<w:ind w:left="(\d+)"/.exec(date.xml)?.[1]);
    expect(left).toBe(5054 + 640);
    expect(date.xml).toContain('<w:jc w:val="left"/>');
  });

  it("is where the XML says in the PDF", () => {
    const rows = pdfRows(pdf).flat();
    const name = rows.find((r) => r.text === "示例区市场监督管理局")!;
    const date = rows.find((r) => r.text.replace(/\s/g, "") === "2025年1月20日")!;
    expect(Math.abs(RIGHT_EDGE - name.x1 - 32)).toBeLessThan(2.5);
    expect(Math.abs(date.x0 - (name.x0 + 32))).toBeLessThan(2.5);
    expect(Math.abs(date.y1 - name.y1 - 28.95)).toBeLessThan(1);
    expect(name.x0).toBeGreaterThan(LEFT);
  });
});

it("a sealed report leaves room for the seal and centres the name over the date", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(GOV_SAMPLE);
  wb.getWorksheet("报告信息")!.eachRow((row) => {
    if (row.getCell(1).value === "加盖印章") row.getCell(2).value = "是";
  });
  const dir = tempDir();
  const sealed = join(dir, "sealed.xlsx");
  await wb.xlsx.writeFile(sealed);
  const docx = join(dir, "sealed.docx");
  expect(runCli(["generate", sealed, "-o", docx, "--pdf"]).code).toBe(0);
  const ps = paragraphs(docx);
  const at = ps.findIndex((p) => p.style === "Signature");
  expect(ps.slice(at - 3, at).map((p) => p.text)).toEqual(["", "", ""]);
  expect(ps[at]!.xml).toContain('<w:jc w:val="center"/>');
  const rows = pdfRows(join(dir, "sealed.pdf")).flat();
  const name = rows.find((r) => r.text === "示例区市场监督管理局")!;
  const date = rows.find((r) => r.text.replace(/\s/g, "") === "2025年1月20日")!;
  expect(Math.abs((name.x0 + name.x1) / 2 - (date.x0 + date.x1) / 2)).toBeLessThan(1);
});

it("generate --pdf without LibreOffice writes nothing and says what to install", () => {
  const dir = tempDir();
  const out = join(dir, "r.docx");
  const r = runCli(["generate", GOV_SAMPLE, "-o", out, "--pdf"], undefined, {
    REPORT_ASSEMBLER_SOFFICE: join(dir, "no-soffice"),
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^error: 生成 PDF 需要 LibreOffice.*libreoffice-writer.*\n$/);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir)).toEqual([]);
});
