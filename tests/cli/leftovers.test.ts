import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { docxParagraphs } from "../helpers/docxText";
import { COURT_SAMPLE, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

/**
 * What a clerk leaves behind must never reach a report that check called complete: each is an
 * error at its cell, and generate refuses; a draft marks what is left and adds nothing after it.
 */
const LEFT: ReadonlyArray<readonly [cell: string, text: string, code: string]> = [
  ["G8", "完成党支部换届选举。【】", "BRACKET_LEFT"],
  // brackets and 请填写 deleted, the prompt's wording kept
  ["G9", "本年度党建工作的特色做法和成效，一至两句", "PROMPT_UNFILLED"],
  // only 请填写： deleted
  ["G10", "【本年度党建工作的特色做法和成效，一至两句】", "PROMPT_UNFILLED"],
  ["G11", "开展集中学习研讨{集中学习研讨}次。", "UNIT_DOUBLED"],
  ["G12", "向党委报告{向党委报告}余次。", "UNIT_DOUBLED"],
];

describe("leftovers a clerk leaves in the workbook", () => {
  const dir = tempDir();
  const file = join(dir, "留下的.xlsx");
  let issues: Array<{ code: string; severity: string; sheet: string; cell: string }>;
  let exit: number | null;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(COURT_SAMPLE);
    const ws = wb.getWorksheet("党的领导")!;
    for (const [cell, text] of LEFT) ws.getCell(cell).value = text;
    await wb.xlsx.writeFile(file);
    const r = runCli(["check", file, "--json"]);
    exit = r.code;
    issues = JSON.parse(r.stdout).issues;
  });

  it("make check exit 1", () => expect(exit).toBe(1));

  it.each(LEFT)("%s (%s): %s, an error at its cell", (cell, _text, code) => {
    expect(issues).toContainEqual(
      expect.objectContaining({ code, severity: "error", sheet: "党的领导", cell }),
    );
  });

  it("make generate refuse; a draft holds the marks but nothing added after a 】", () => {
    const out = join(dir, "留下的.docx");
    expect(runCli(["generate", file, "-o", out]).code).toBe(1);
    expect(runCli(["generate", file, "-o", out, "--allow-incomplete"]).code).toBe(0);
    const text = docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
    expect(text).toContain("【本年度党建工作的特色做法和成效，一至两句】");
    expect(text).not.toContain("】。");
  });
});
