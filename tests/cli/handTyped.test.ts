import { readFileSync } from "node:fs";
import { join } from "node:path";
import { docxParagraphs } from "../helpers/docxText";
import { writeHandTypedWorkbook } from "../helpers/handTypedWorkbook";
import { tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

describe("a workbook typed by hand is read right or reported at the cell", () => {
  const dir = tempDir();
  const file = join(dir, "手工.xlsx");
  let issues: Array<{
    code: string;
    sheet: string | null;
    cell: string | null;
    metric: string | null;
    message: string;
  }>;
  beforeAll(async () => {
    await writeHandTypedWorkbook(file);
    const r = runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    issues = JSON.parse(r.stdout).issues;
  });

  it("reports the #REF! at its cell", () => {
    expect(issues.find((i) => i.metric === "SP03")).toMatchObject({
      code: "METRIC_CELL_ERROR",
      sheet: "审判执行",
      cell: "B3",
    });
  });

  it("has no complaint about the values typed in other forms", () => {
    for (const code of ["DL01", "DL02", "DL03", "SP02", "SP05", "SP06", "SP01"]) {
      expect(issues.filter((i) => i.metric === code)).toEqual([]);
    }
  });

  it("reports the sheets it lacks, once each", () => {
    expect(issues.filter((i) => i.code === "SHEET_MISSING").map((i) => i.message)).toEqual([
      expect.stringContaining("服务发展"),
      expect.stringContaining("基层治理"),
      expect.stringContaining("创新治理"),
      expect.stringContaining("存在问题"),
      expect.stringContaining("工作打算"),
    ]);
  });

  it("puts every figure into a draft as it was typed, the error as a marker", () => {
    const out = join(dir, "手工.docx");
    expect(runCli(["generate", file, "-o", out, "--allow-incomplete"]).code).toBe(0);
    const text = docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
    expect(text).toContain("开展集中学习、专题研讨46次。向党委报告40余次。开展党建共建活动11次。");
    expect(text).toContain(
      "新收16742件，结案【待补充：结案数】。集中执行36次。执行到位2000余万元。",
    );
  });
});
