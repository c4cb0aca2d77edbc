import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadPack, packTemplateBytes } from "../../src/adapters/node-files/packStore";
import { run, sofficeConvert, SYSTEM_PYTHON } from "../helpers/office";
import { COURT_SAMPLE, REFERENCE, ROOT, tempDir } from "../helpers/paths";
import { engine, generateGrid, readGrid } from "../helpers/workbooks";
import { reportLines } from "../helpers/docxText";

const squash = (s: string) => s.replace(/\s+/g, "");
const reference = readFileSync(REFERENCE, "utf8")
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);

async function courtReport(dir: string): Promise<string> {
  const loaded = loadPack("court-annual");
  const g = generateGrid(
    await readGrid(COURT_SAMPLE),
    loaded.pack,
    engine.openTemplate(packTemplateBytes(loaded)),
    {
      allowIncomplete: false,
    },
  );
  if (!g.ok) throw new Error("generation refused");
  const file = join(dir, "report.docx");
  writeFileSync(file, g.bytes);
  return file;
}

describe("the report opens in LibreOffice and prints as the reference", () => {
  const dir = tempDir();
  let pdf: string;
  beforeAll(async () => {
    pdf = sofficeConvert(await courtReport(dir), "pdf", dir);
  });

  it("converts to an A4 PDF", () => {
    const info = run("pdfinfo", [pdf]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
  });

  it("holds every paragraph of the reference, page numbers in the official form", () => {
    const text = run("pdftotext", ["-layout", pdf, "-"]);
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
    const body = squash(text.replace(/—\s*\d+\s*—/g, ""));
    for (const para of reference) expect(body).toContain(squash(para));
  });

  it("embeds Chinese fonts for the body, headings and title", () => {
    const fonts = run("pdffonts", [pdf]);
    expect(fonts).toMatch(/CJK|Sungti|Kaiti|Noto|AR PL/i);
  });
});

describe("python-docx reads the official format back", () => {
  it("A4, margins 37/35/28/26 mm, fonts declared for East Asian text", async () => {
    const file = await courtReport(tempDir());
    const script = `
import docx, json, sys
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
s = d.sections[0]
def east(style):
    rpr = style.element.rPr
    f = rpr.find(qn('w:rFonts')) if rpr is not None else None
    return None if f is None else f.get(qn('w:eastAsia'))
print(json.dumps({
  "w": round(s.page_width.mm, 1), "h": round(s.page_height.mm, 1),
  "top": round(s.top_margin.mm), "bottom": round(s.bottom_margin.mm),
  "left": round(s.left_margin.mm), "right": round(s.right_margin.mm),
  "normal": east(d.styles['Normal']), "h1": east(d.styles['Heading 1']),
  "title": east(d.styles['Title']), "h2run": east(d.styles['二级标题（段内）']),
  "normalSize": d.styles['Normal'].font.size.pt, "titleSize": d.styles['Title'].font.size.pt,
  "oddEven": d.settings.odd_and_even_pages_header_footer,
  "footer": s.footer.paragraphs[0].text, "evenFooter": s.even_page_footer.paragraphs[0].text,
  "paragraphs": [p.text for p in d.paragraphs],
}, ensure_ascii=False))
`;
    const out = JSON.parse(run(SYSTEM_PYTHON, ["-c", script, file]));
    expect(out).toMatchObject({ w: 210, h: 297, top: 37, bottom: 35, left: 28, right: 26 });
    expect(out).toMatchObject({
      normal: "仿宋_GB2312",
      h1: "黑体",
      title: "方正小标宋简体",
      h2run: "楷体_GB2312",
    });
    expect(out).toMatchObject({ normalSize: 16, titleSize: 22, oddEven: true });
    expect(out.footer).toMatch(/^— 1 —$/);
    expect(out.evenFooter).toMatch(/^— 1 —$/);
    expect((out.paragraphs as string[]).filter((p) => p.trim())).toEqual(reference);
  });
});

describe("files from LibreOffice", () => {
  it("the sample saved by LibreOffice Calc still reproduces the reference", async () => {
    const dir = tempDir();
    const xlsx = sofficeConvert(COURT_SAMPLE, "xlsx:Calc MS Excel 2007 XML", dir);
    expect(readFileSync(xlsx).equals(readFileSync(COURT_SAMPLE))).toBe(false);
    const loaded = loadPack("court-annual");
    const g = generateGrid(
      await readGrid(xlsx),
      loaded.pack,
      engine.openTemplate(packTemplateBytes(loaded)),
      {
        allowIncomplete: false,
      },
    );
    expect(g.ok).toBe(true);
    if (g.ok) expect(reportLines(g.bytes)).toEqual(reference);
  });

  it("the default template re-saved by LibreOffice Writer still renders (tags survive an editor)", async () => {
    const dir = tempDir();
    const template = sofficeConvert(
      join(ROOT, "packs", "court-annual", "template.docx"),
      "docx:MS Word 2007 XML",
      dir,
    );
    const loaded = loadPack("court-annual");
    const g = generateGrid(
      await readGrid(COURT_SAMPLE),
      loaded.pack,
      engine.openTemplate(new Uint8Array(readFileSync(template))),
      { allowIncomplete: false },
    );
    expect(g.ok).toBe(true);
    if (g.ok) expect(reportLines(g.bytes)).toEqual(reference);
  });
});
