import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { SYSTEM_PYTHON, sofficeConvert } from "../helpers/office";
import { COURT_SAMPLE, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

/**
 * next-year on workbooks the way offices have them: saved by LibreOffice with a chart beside the
 * figures, and kept as .ods. The chart and everything else not edited survive byte for byte, and
 * LibreOffice opens the result.
 */
const CHART_SCRIPT = `
import sys, openpyxl
from openpyxl.chart import BarChart, Reference
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["审判执行"]
chart = BarChart()
chart.title = "审判执行"
chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=10), titles_from_data=True)
ws.add_chart(chart, "J2")
wb.save(sys.argv[2])
`;

function parts(path: string): Map<string, string> {
  const zip = new PizZip(readFileSync(path));
  return new Map(
    Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .map((n) => [n, zip.file(n)!.asText()]),
  );
}

describe("next-year on a LibreOffice workbook with a chart", () => {
  const dir = tempDir();
  let source: string;
  let next: string;
  beforeAll(() => {
    const charted = join(dir, "charted.xlsx");
    execFileSync(SYSTEM_PYTHON, ["-c", CHART_SCRIPT, COURT_SAMPLE, charted]);
    // saved again by LibreOffice: its own XML, its own chart parts
    source = sofficeConvert(charted, "xlsx:Calc MS Excel 2007 XML", join(dir, "lo"));
    next = join(dir, "next.xlsx");
  });

  it("keeps the chart and every part it does not edit", () => {
    const r = runCli(["next-year", source, "-o", next]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const a = parts(source);
    const b = parts(next);
    expect([...a.keys()].filter((n) => n.includes("chart")).length).toBeGreaterThan(0);
    for (const [name, text] of a) {
      if (
        /^xl\/worksheets\/sheet\d+\.xml$|^xl\/workbook\.xml$|_rels\/workbook|Content_Types/.test(
          name,
        )
      )
        continue;
      expect([name, b.get(name)]).toEqual([name, text]);
    }
  });

  it("LibreOffice opens the result, and it holds last year's figures as 上年同期", async () => {
    const csvDir = join(dir, "csv");
    sofficeConvert(next, "pdf", csvDir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(next);
    const ws = wb.getWorksheet("审判执行")!;
    expect(ws.getCell("F3").value).toBe(16742);
    expect(ws.getCell("C3").value ?? null).toBeNull();
    const check = runCli(["check", next, "--json"]);
    expect(check.code).toBe(1);
  });
});

it("next-year on an .ods workbook writes an .xlsx with the same content moved", async () => {
  const dir = tempDir();
  const ods = sofficeConvert(COURT_SAMPLE, "ods:calc8", dir);
  const next = join(dir, "next.xlsx");
  const r = runCli(["next-year", ods, "-o", next]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(".ods");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(next);
  expect(wb.getWorksheet("审判执行")!.getCell("F3").value).toBe(16742);
  const check = JSON.parse(runCli(["check", next, "--json"]).stdout) as {
    issues: Array<{ code: string }>;
  };
  expect(check.issues.filter((i) => i.code === "CARRIED_UNCHANGED").length).toBe(31);
});
