import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { docxParagraphs } from "../helpers/docxText";
import { COURT_SAMPLE, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

/**
 * Next year's workbook from this year's: the figures move to 上年同期, this year's columns and
 * dates are blank, the sentences stay; the source is untouched and nothing else in the file moves.
 */
interface JsonIssue {
  severity: string;
  code: string;
  sheet: string | null;
  cell: string | null;
}

const CATEGORY_SHEETS = ["党的领导", "审判执行", "服务发展", "基层治理", "创新治理"];

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** code → [数值, 上年同期, 表述 of the row] for every metric row. */
function figures(wb: ExcelJS.Workbook): Map<string, [unknown, unknown]> {
  const out = new Map<string, [unknown, unknown]>();
  for (const name of CATEGORY_SHEETS)
    wb.getWorksheet(name)!.eachRow((row, r) => {
      const code = row.getCell(1).value;
      if (r > 1 && typeof code === "string" && /^[A-Z]{2}\d\d$/.test(code))
        out.set(code, [row.getCell(3).value, row.getCell(6).value]);
    });
  return out;
}

function statements(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const name of CATEGORY_SHEETS)
    wb.getWorksheet(name)!.eachRow((row) => {
      const v = row.getCell(7).value;
      if (typeof v === "string") out.push(v);
    });
  return out;
}

function info(wb: ExcelJS.Workbook, key: string): unknown {
  let found: unknown;
  wb.getWorksheet("报告信息")!.eachRow((row) => {
    if (row.getCell(1).value === key) found = row.getCell(2).value;
  });
  return found;
}

describe("next-year on the court sample", () => {
  const dir = tempDir();
  const source = join(dir, "东营区法院2023.xlsx");
  const next = join(dir, "东营区法院2024.xlsx");
  let before: Buffer;

  beforeAll(() => {
    copyFileSync(COURT_SAMPLE, source);
    before = readFileSync(source);
  });

  it("writes next year's workbook beside it, named for the year, and leaves the source as it was", () => {
    const r = runCli(["next-year", source]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2024年度");
    expect(existsSync(next)).toBe(true);
    expect(readFileSync(source).equals(before)).toBe(true);
  });

  it("moves every figure to 上年同期 and empties 数值 and the dates; keeps every sentence", async () => {
    const was = await workbook(source);
    const now = await workbook(next);
    const old = figures(was);
    for (const [code, [value, prior]] of figures(now)) {
      expect([code, value]).toEqual([code, null]);
      expect([code, prior]).toEqual([code, old.get(code)?.[0] ?? null]);
    }
    expect(statements(now)).toEqual(statements(was));
    expect(info(now, "报告年度")).toBe(2024);
    expect(info(now, "统计截止日期") ?? null).toBeNull();
    expect(info(now, "单位名称")).toBe(info(was, "单位名称"));
    expect(info(now, "审判执行标题")).toBe(info(was, "审判执行标题"));
  });

  it("changes nothing else in the file: every other part is byte for byte the same", () => {
    const a = new PizZip(readFileSync(source));
    const b = new PizZip(readFileSync(next));
    const changed = Object.keys(a.files).filter(
      (n) => !a.files[n]!.dir && a.file(n)!.asText() !== b.file(n)?.asText(),
    );
    // the five category sheets and 报告信息, and the workbook's list of sheets (the memory sheet)
    expect(changed.filter((n) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort()).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
    ]);
    expect(changed.filter((n) => n.startsWith("xl/worksheets/")).length).toBe(6);
  });

  it("check lists exactly the figures to fill, and flags each carried sentence", () => {
    const r = runCli(["check", next, "--json"]);
    expect(r.code).toBe(1);
    const issues = (JSON.parse(r.stdout) as { issues: JsonIssue[] }).issues;
    const carried = issues.filter((i) => i.code === "CARRIED_UNCHANGED");
    // every statement of the five parts with figures, 存在问题, 工作打算, and 导语
    expect(carried.length).toBe(31);
    expect(carried.every((i) => i.severity === "warning")).toBe(true);
    const errors = issues.filter((i) => i.severity === "error");
    expect(new Set(errors.map((i) => i.code))).toEqual(
      // optional figures left blank leave their clauses by themselves (a note each)
      new Set(["INFO_FIELD_MISSING", "METRIC_VALUE_MISSING"]),
    );
    expect(
      errors.every((i) => i.code === "INFO_FIELD_MISSING" || /^C\d+$/.test(i.cell ?? "")),
    ).toBe(true);
  });

  it("after new figures are typed, the report reads them, with 同比 against last year's", async () => {
    const wb = await workbook(next);
    for (const name of CATEGORY_SHEETS)
      wb.getWorksheet(name)!.eachRow((row, r) => {
        const prior = row.getCell(5).value;
        if (r > 1 && typeof prior === "number") row.getCell(3).value = Math.round(prior * 1.1);
      });
    wb.getWorksheet("审判执行")!.getCell("C3").value = 20_000; // 新收案件, 16742 last year
    wb.getWorksheet("审判执行")!.getCell("C4").value = 18_000; // 结案数
    wb.getWorksheet("审判执行")!.getCell("C5").value = null; // 结案率: computed
    wb.getWorksheet("报告信息")!.getCell("B4").value = "2024年12月20日";
    wb.getWorksheet("审判执行")!.getCell("G11").value =
      "全口径新收案件{新收案件}，{新收案件|同比}。";
    // the rows 不适用 stood in last year stay blank: fill the optional ones the sentences state
    for (const c of ["C8", "C9", "C10"]) wb.getWorksheet("审判执行")!.getCell(c).value = 3;
    const filled = join(dir, "filled.xlsx");
    await wb.xlsx.writeFile(filled);
    const out = join(dir, "2024.docx");
    const g = runCli(["generate", filled, "-o", out, "--allow-incomplete"]);
    expect(g.code).toBe(0);
    const text = docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
    expect(text).toContain("2024年");
    // (20000 − 16742) ÷ 16742 = 19.46 %
    expect(text).toMatch(/全口径新收案件20000件，同比增长19\.5%。/);
  });

  it("refuses to replace an existing workbook without --force, and never the source", () => {
    const again = runCli(["next-year", source, "-o", next]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/已经存在，没有覆盖/);
    const same = runCli(["next-year", source, "-o", source, "--force"]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/不能写回原文件/);
    expect(readFileSync(source).equals(before)).toBe(true);
    expect(runCli(["next-year", source, "-o", next, "--force"]).code).toBe(0);
  });

  it("a workbook without 报告年度 is one sentence, exit 2", async () => {
    const wb = await workbook(source);
    wb.getWorksheet("报告信息")!.getCell("B3").value = null;
    const noYear = join(dir, "无年度.xlsx");
    await wb.xlsx.writeFile(noYear);
    const r = runCli(["next-year", noYear]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: 工作簿的报告年度未填写或无法识别.*\n$/);
  });

  it("next-year of next year's workbook replaces the memory, not adds to it", () => {
    const third = join(dir, "东营区法院2025.xlsx");
    expect(runCli(["next-year", next, "-o", third]).code).toBe(0);
    const names = Object.keys(new PizZip(readFileSync(third)).files).filter((n) =>
      n.startsWith("xl/worksheets/sheet"),
    );
    const before2 = Object.keys(new PizZip(readFileSync(next)).files).filter((n) =>
      n.startsWith("xl/worksheets/sheet"),
    );
    expect(names.length).toBe(before2.length);
    writeFileSync(join(dir, "done"), "");
  });
});

describe("next-year never writes a workbook it would damage", () => {
  it("a figure inside an array formula that spans a row next-year keeps: exit 2 naming the cell, nothing written", async () => {
    const dir = tempDir();
    const wb = await workbook(COURT_SAMPLE);
    // 执行到位金额's row (C10, a metric) and the narrative row under it (C11), one array formula
    const ws = wb.getWorksheet("审判执行")!;
    // ExcelJS's typings omit the share type its fillFormula takes
    (ws.fillFormula as (...args: unknown[]) => void).call(ws, "C10:C11", "C9*1", [7, 7], "array");
    const source = join(dir, "数组公式.xlsx");
    await wb.xlsx.writeFile(source);
    const out = join(dir, "下一年.xlsx");
    const r = runCli(["next-year", source, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: 「审判执行」表 C10 在数组公式（C10:C11）之中，无法单独改动.*\n$/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
