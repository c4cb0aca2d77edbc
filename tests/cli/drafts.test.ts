import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { COURT_SAMPLE, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

/**
 * A draft cannot pass for a final report: its file is named 草稿, each page says so at its top,
 * and every gap and every prompt the clerk left is highlighted and counted alike.
 */
describe("a draft", () => {
  const dir = tempDir();
  const workbook = join(dir, "东营区法院2023.xlsx");
  let stdout: string;
  let docx: PizZip;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(COURT_SAMPLE);
    wb.getWorksheet("审判执行")!.getCell("C7").value = null; // a gap: 执行到位金额
    // a prompt left as the blank workbook wrote it
    wb.getWorksheet("党的领导")!.getCell("G8").value =
      "【请填写：本年度党建工作的特色做法和成效，一至两句】";
    await wb.xlsx.writeFile(workbook);
    const r = runCli(["generate", workbook, "--allow-incomplete"]);
    expect(r.code).toBe(0);
    stdout = r.stdout;
    docx = new PizZip(readFileSync(join(dir, "东营区法院2023-报告（草稿）.docx")));
  });

  it("takes a draft's name beside its workbook, never the final report's", () => {
    expect(existsSync(join(dir, "东营区法院2023-报告.docx"))).toBe(false);
    expect(stdout).toContain("东营区法院2023-报告（草稿）.docx");
  });

  it("says 草稿 at the top of every page", () => {
    const header = Object.keys(docx.files).find((f) => /^word\/draftHeader\d+\.xml$/.test(f));
    expect(header).toBeDefined();
    expect(docx.file(header!)!.asText()).toContain("草稿");
    const body = docx.file("word/document.xml")!.asText();
    expect(body).toMatch(/<w:headerReference w:type="default" r:id="rIdDraft\d+"\/>/);
    expect(body).toMatch(/<w:headerReference w:type="even" r:id="rIdDraft\d+"\/>/);
    expect(docx.file("[Content_Types].xml")!.asText()).toContain(`/${header}`);
  });

  it("highlights and counts the gap and the prompt alike, with nothing added after them", () => {
    const body = docx.file("word/document.xml")!.asText();
    const marked = [
      ...body.matchAll(/<w:highlight w:val="yellow"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => m[1]);
    expect(marked).toContain("【请填写：本年度党建工作的特色做法和成效，一至两句】");
    expect(marked.some((t) => t?.startsWith("【待补充："))).toBe(true);
    expect(stdout).toMatch(new RegExp(`其中 ${marked.length} 处标有`));
    expect(body).not.toContain("一至两句】。");
  });

  it("a complete workbook's report keeps the plain name and no 草稿 header", () => {
    const copy = join(dir, "完整.xlsx");
    copyFileSync(COURT_SAMPLE, copy);
    expect(runCli(["generate", copy, "--allow-incomplete"]).code).toBe(0);
    const final = new PizZip(readFileSync(join(dir, "完整-报告.docx")));
    expect(Object.keys(final.files).some((f) => /draftHeader/.test(f))).toBe(false);
  });
});
