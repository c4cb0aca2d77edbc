import { readFileSync } from "node:fs";
import { join } from "node:path";
import { docxParagraphs, reportLines } from "../helpers/docxText";
import { sofficeConvert } from "../helpers/office";
import { COURT_SAMPLE, GOV_SAMPLE, REFERENCE, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

const reference = readFileSync(REFERENCE, "utf8")
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);

/**
 * Offices still receive .xls forms from above and keep .ods files from LibreOffice: the sample
 * saved in either by LibreOffice checks complete and gives the same report, word for word.
 */
describe.each([
  ["xls", "xls:MS Excel 97"],
  ["ods", "ods:calc8"],
])("the court sample saved by LibreOffice as .%s", (ext, filter) => {
  const dir = tempDir();
  let file: string;
  beforeAll(() => {
    file = sofficeConvert(COURT_SAMPLE, filter, dir);
  });

  it("checks complete", () => {
    const r = runCli(["check", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/完整：可以生成报告/);
  });

  it("generates the same report", () => {
    const out = join(dir, `report-${ext}.docx`);
    expect(runCli(["generate", file, "-o", out]).code).toBe(0);
    expect(reportLines(new Uint8Array(readFileSync(out)))).toEqual(reference);
  });
});

it("the gov sample as .xls gives the same figures as the .xlsx", () => {
  const dir = tempDir();
  const xls = sofficeConvert(GOV_SAMPLE, "xls:MS Excel 97", dir);
  const [a, b] = [GOV_SAMPLE, xls].map((f) => {
    const r = runCli(["check", f, "--pack", "gov-annual", "--json"]);
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as { categories: unknown }).categories;
  });
  expect(b).toEqual(a);
  const outs = [GOV_SAMPLE, xls].map((f, i) => {
    const out = join(dir, `gov${i}.docx`);
    expect(runCli(["generate", f, "--pack", "gov-annual", "-o", out]).code).toBe(0);
    return docxParagraphs(new Uint8Array(readFileSync(out)));
  });
  expect(outs[1]).toEqual(outs[0]);
});
