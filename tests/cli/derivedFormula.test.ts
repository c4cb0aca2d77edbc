import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { docxParagraphs } from "../helpers/docxText";
import { COURT_SAMPLE, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

/**
 * A derived figure typed the way clerks do it: 结案率 as the pack's own formula in Excel
 * (=结案/(旧存+新收)*100, full precision, shown with two places), or typed as Excel's ROUND gives
 * it. Either agrees with the pack's formula; the report prints it as Excel would show it.
 */
async function courtWith(
  figures: { old: number; fresh: number; closed: number },
  rate: { formula: true; result: number } | { typed: number },
  numFmt: string,
  file: string,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(COURT_SAMPLE);
  const ws = wb.getWorksheet("审判执行") as ExcelJS.Worksheet;
  const rowOf = (code: string) => {
    let at = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === code) at = n;
    });
    if (!at) throw new Error(`no ${code}`);
    return at;
  };
  const [old, fresh, closed, rateRow] = ["SP01", "SP02", "SP03", "SP04"].map(rowOf) as number[];
  ws.getCell(`C${old}`).value = figures.old;
  ws.getCell(`C${fresh}`).value = figures.fresh;
  ws.getCell(`C${closed}`).value = figures.closed;
  const cell = ws.getCell(`C${rateRow}`);
  cell.value =
    "formula" in rate
      ? { formula: `C${closed}/(C${old}+C${fresh})*100`, result: rate.result }
      : rate.typed;
  cell.numFmt = numFmt;
  // one sentence that states the rate, so the report shows how it prints
  ws.getCell(`G${rateRow}`).value = "全年结案率{结案率}。";
  await wb.xlsx.writeFile(file);
}

describe("a derived figure compared as the clerk sees it", () => {
  const dir = tempDir();
  const codes = (file: string) =>
    (
      JSON.parse(runCli(["check", file, "--json"]).stdout) as { issues: Array<{ code: string }> }
    ).issues.map((i) => i.code);
  const text = (file: string) => {
    const out = file.replace(/\.xlsx$/, ".docx");
    expect(runCli(["generate", file, "-o", out, "--allow-incomplete"]).code).toBe(0);
    return docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
  };

  it("the pack's formula as an Excel formula, full precision, shown 0.00: no mismatch, prints 83.39%", async () => {
    const file = join(dir, "公式.xlsx");
    const result = (15629 / (2000 + 16742)) * 100;
    await courtWith(
      { old: 2000, fresh: 16742, closed: 15629 },
      { formula: true, result },
      "0.00",
      file,
    );
    expect(codes(file)).not.toContain("METRIC_FORMULA_MISMATCH");
    expect(text(file)).toContain("全年结案率83.39%。");
  });

  it.each([64.23, 64.22])(
    "2569 ÷ 4000 typed as %s (rounded or cut) passes; the report prints it",
    async (typed) => {
      const file = join(dir, `结案率${typed}.xlsx`);
      await courtWith({ old: 1000, fresh: 3000, closed: 2569 }, { typed }, "0.00", file);
      expect(codes(file)).not.toContain("METRIC_FORMULA_MISMATCH");
      expect(text(file)).toContain(`全年结案率${typed}%。`);
    },
  );

  it("a typed rate that the figures do not give is an error at its cell", async () => {
    const file = join(dir, "错.xlsx");
    await courtWith({ old: 1000, fresh: 3000, closed: 2569 }, { typed: 64.3 }, "0.00", file);
    expect(codes(file)).toContain("METRIC_FORMULA_MISMATCH");
  });
});
