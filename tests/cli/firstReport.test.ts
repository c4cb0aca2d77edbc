import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { docxParagraphs } from "../helpers/docxText";
import { ROOT, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

/**
 * A clerk's first report, from a blank workbook: scaffold → type only the figures → a draft with
 * every figure in a sentence and the prompts marked → write the prompts → a clean check and a
 * report with no marker. For both built-in packs.
 */
interface PackJson {
  metrics: Array<{ code: string; name: string; unit: string; kind: string; formula?: string }>;
}
interface JsonIssue {
  severity: string;
  code: string;
  sheet: string | null;
  cell: string | null;
}

const PROMPT = "【请填写";

/** Every cell that holds a prompt, as "sheet!A1". */
function promptCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === "使用说明") continue; // the guide names the prompt's form; it is no prompt
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.includes(PROMPT))
          out.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  return out.sort();
}

const where = (i: JsonIssue) => `${i.sheet}!${i.cell}`;

describe.each([
  ["court-annual", "测试区人民法院"],
  ["gov-annual", "测试区市场监督管理局"],
])("first report from a blank %s workbook", (packId, unit) => {
  const dir = tempDir();
  const blank = join(dir, "blank.xlsx");
  const figuresOnly = join(dir, "figures.xlsx");
  const written = join(dir, "written.xlsx");
  const pack = JSON.parse(
    readFileSync(join(ROOT, "packs", packId, "pack.json"), "utf8"),
  ) as PackJson;
  /** the text each typed figure must print as */
  const expected = new Map<string, string>();
  let prompts: string[] = [];

  beforeAll(async () => {
    expect(runCli(["scaffold", "--pack", packId, "-o", blank]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    prompts = promptCells(wb);
    const info = wb.getWorksheet("报告信息")!;
    info.eachRow((row) => {
      const key = row.getCell(1).value;
      if (key === "单位名称") row.getCell(2).value = unit;
      if (key === "报告年度") row.getCell(2).value = 2025;
      if (key === "统计截止日期") row.getCell(2).value = "2025年12月20日";
    });
    // distinct figures, whole numbers for counts, rates under 100; derived ones left blank
    let n = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row, r) => {
        const m = pack.metrics.find((x) => x.code === row.getCell(1).value);
        if (r === 1 || !m || m.formula) return;
        n += 1;
        const value =
          m.kind === "rate" ? 80 + n / 10 : m.kind === "amount" ? 100 + n + 0.5 : 2000 - 13 * n;
        row.getCell(3).value = value;
        row.getCell(5).value = m.kind === "rate" ? 70 : 100;
        expected.set(m.code, `${value}${m.unit}`);
      });
    }
    await wb.xlsx.writeFile(figuresOnly);
  });

  it("the blank workbook holds prompts and records its pack", async () => {
    expect(prompts.length).toBeGreaterThan(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    const info = wb.getWorksheet("报告信息")!;
    const types: unknown[] = [];
    info.eachRow((row) => {
      if (row.getCell(1).value === "报告类型") types.push(row.getCell(2).value);
    });
    expect(types).toEqual([expect.stringContaining(`（${packId}，第`)]);
  });

  it("figures only: the draft states every figure and marks every prompt", () => {
    const out = join(dir, "draft.docx");
    // no --pack: the workbook's 报告类型 says which report it is
    const g = runCli(["generate", figuresOnly, "-o", out, "--allow-incomplete"]);
    expect(g.stderr).toBe("");
    expect(g.code).toBe(0);
    const text = docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
    for (const [code, shown] of expected) {
      if (!text.includes(shown)) throw new Error(`${code} (${shown}) is not in the report`);
    }
    const marked = text.match(/【请填写：[^】]*】/g) ?? [];
    expect(marked.length).toBe(prompts.length);
    expect(text).not.toMatch(/【待补充|【不适用|【未知字段|undefined/);
    expect(text).toContain(unit);
  });

  it("figures only: check exits 1 with an error at every prompt cell and nowhere else", () => {
    const c = runCli(["check", figuresOnly, "--json"]);
    expect(c.code).toBe(1);
    const issues = (JSON.parse(c.stdout) as { issues: JsonIssue[] }).issues;
    const errors = issues.filter((i) => i.severity === "error");
    expect(errors.filter((i) => i.code !== "PROMPT_UNFILLED")).toEqual([]);
    expect(errors.map(where).sort()).toEqual(prompts);
  });

  it("prompts written: check exits 0 and the report has no marker", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(figuresOnly);
    let k = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && cell.value.includes(PROMPT)) {
            k += 1;
            cell.value = cell.value.replace(/【请填写：[^】]*】/g, `本单位写下的第${k}句话`);
          }
        }),
      );
    await wb.xlsx.writeFile(written);
    const c = runCli(["check", written]);
    expect(c.stdout).toContain("完整");
    expect(c.code).toBe(0);
    const out = join(dir, "report.docx");
    expect(runCli(["generate", written, "-o", out]).code).toBe(0);
    const text = docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
    expect(text).not.toMatch(/【|undefined/);
    expect(text).toContain(`本单位写下的第${k}句话`);
    for (const shown of expected.values()) expect(text).toContain(shown);
  });
});

describe("the blank workbook a clerk starts from", () => {
  const dir = tempDir();
  const blank = join(dir, "blank.xlsx");
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    expect(runCli(["scaffold", "--pack", "court-annual", "-o", blank]).code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
  });

  it("opens on 使用说明: the three steps, 不适用, the braces, how to drop a sentence", () => {
    const first = wb.worksheets[0]!;
    expect(first.name).toBe("使用说明");
    const text = first
      .getColumn(1)
      .values.filter((v) => typeof v === "string")
      .join("\n");
    for (const words of [
      "第一步",
      "第二步",
      "第三步",
      "不适用",
      "{新收案件}",
      "清空它所在的单元格",
    ])
      expect(text).toContain(words);
  });

  it("offers 是/否 for 加盖印章 and takes a four-digit 报告年度", () => {
    const info = wb.getWorksheet("报告信息")!;
    const rowOf = (key: string) => {
      let at = 0;
      info.eachRow((row, r) => {
        if (row.getCell(1).value === key) at = r;
      });
      return at;
    };
    expect(info.getCell(`B${rowOf("加盖印章")}`).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"是,否"'],
    });
    expect(info.getCell(`B${rowOf("报告年度")}`).dataValidation).toMatchObject({
      type: "decimal",
      formulae: [2000, 2100],
    });
  });

  it("is checked without a word about 使用说明", () => {
    const r = runCli(["check", blank, "--json"]);
    const issues = (JSON.parse(r.stdout) as { issues: JsonIssue[] }).issues;
    expect(issues.filter((i) => i.sheet === "使用说明")).toEqual([]);
  });
});
