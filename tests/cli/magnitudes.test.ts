import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { docxParagraphs } from "../helpers/docxText";
import { ROOT, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

/**
 * A blank workbook filled the way clerks fill it — figures at every magnitude (10², 10⁴, 10⁶, 10⁸
 * in the metric's base unit), last year's for every metric, a few typed with 万/亿 and 余, the
 * prompts written — gives a report that reads as published reports do: it opens with its 导语,
 * compares every headline figure with last year, writes no amount of 1亿元 or more in 万元, never
 * puts 余 after a run of zeros, and gives back the forms the clerk typed.
 */
interface MetricJson {
  code: string;
  name: string;
  unit: string;
  kind: string;
  formula?: string;
  headline?: boolean;
}
interface PackJson {
  metrics: MetricJson[];
  rules?: Array<{ left: string[]; right: string[] }>;
}

const SCALE: Record<string, number> = { 万元: 1e4, 亿元: 1e8, 万: 1e4 };
const MAGNITUDES = [1e2, 1e4, 1e6, 1e8];
/** Forms a clerk types, kept as typed: by unit of the metric they go to. */
const TYPED: Array<{ unit: RegExp; typed: string; shown: string }> = [
  { unit: /万元$/, typed: "1.3亿余元", shown: "1.3亿余元" },
  { unit: /^(件|人次|人|次|场|条)$/, typed: "12万余", shown: "12万余" },
  { unit: /^(件|人次|人|次|场|条)$/, typed: "3.2万", shown: "3.2万" },
];

describe.each([
  ["court-annual", "测试区人民法院"],
  ["gov-annual", "测试区市场监督管理局"],
])("a blank %s workbook filled at every magnitude", (packId, unit) => {
  const dir = tempDir();
  const blank = join(dir, "blank.xlsx");
  const filled = join(dir, "filled.xlsx");
  const pack = JSON.parse(
    readFileSync(join(ROOT, "packs", packId, "pack.json"), "utf8"),
  ) as PackJson;
  const typedBack: string[] = [];
  let text = "";
  let checkCode: number | null = null;
  let checkOut = "";

  beforeAll(async () => {
    expect(runCli(["scaffold", "--pack", packId, "-o", blank]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    wb.getWorksheet("报告信息")!.eachRow((row) => {
      const key = row.getCell(1).value;
      if (key === "单位名称") row.getCell(2).value = unit;
      if (key === "报告年度") row.getCell(2).value = 2025;
      if (key === "统计截止日期") row.getCell(2).value = "2025年12月20日";
    });
    const values = new Map<string, number>();
    const rows = new Map<string, ExcelJS.Row>();
    const typed = [...TYPED];
    let n = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row, r) => {
        const m = pack.metrics.find((x) => x.code === row.getCell(1).value);
        if (r === 1 || !m || m.formula) return;
        rows.set(m.code, row);
        if (m.kind === "rate") {
          row.getCell(3).value = 92.5;
          row.getCell(6).value = 90;
          return;
        }
        const form = typed.findIndex((t) => t.unit.test(m.unit));
        if (form >= 0 && !m.headline) {
          const [t] = typed.splice(form, 1);
          row.getCell(3).value = t!.typed;
          row.getCell(6).value = 100;
          typedBack.push(t!.shown);
          values.set(m.code, Number.POSITIVE_INFINITY);
          return;
        }
        const inBase = MAGNITUDES[n++ % MAGNITUDES.length]! * 1.2345;
        const v = Math.round(inBase / (SCALE[m.unit.slice(0, 2)] ?? SCALE[m.unit[0] ?? ""] ?? 1));
        values.set(m.code, v);
        row.getCell(3).value = v;
        row.getCell(6).value = Math.round(v * 0.9);
      });
    // every rule kept: a part never above its whole
    for (const rule of pack.rules ?? []) {
      const whole = Math.min(...rule.right.map((c) => values.get(c) ?? 0));
      for (const c of rule.left) {
        const row = rows.get(c);
        if (!row || !Number.isFinite(whole)) continue;
        row.getCell(3).value = whole;
        row.getCell(6).value = Math.round(whole * 0.9);
      }
    }
    // the prompts written, the 导语's among them
    let k = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && cell.value.includes("【请填写"))
            cell.value = cell.value.replace(/【请填写：[^】]*】/g, () => `本单位的第${++k}项做法`);
        }),
      );
    await wb.xlsx.writeFile(filled);
    const c = runCli(["check", filled]);
    checkCode = c.code;
    checkOut = c.stdout;
    const out = join(dir, "report.docx");
    expect(runCli(["generate", filled, "-o", out, "--allow-incomplete"]).code).toBe(0);
    text = docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
  });

  it("checks clean", () => {
    expect([checkCode, checkOut]).toEqual([0, expect.stringContaining("完整")]);
  });

  it("opens with its 导语, before 一、", () => {
    const lead = text.indexOf("现将有关情况报告如下：");
    expect(lead).toBeGreaterThan(0);
    expect(lead).toBeLessThan(text.indexOf("一、"));
  });

  it("compares every headline figure with last year", () => {
    const headline = pack.metrics.filter((m) => m.headline);
    const comparisons = (text.match(/同比(分别)?(增长|下降|提高|增加|减少)|持平/g) ?? []).length;
    const paired = (text.match(/同比分别/g) ?? []).length;
    expect(comparisons + paired).toBeGreaterThanOrEqual(headline.length);
  });

  it("writes no amount of 1亿元 or more in 万元, and never 余 after a run of zeros", () => {
    expect(text).not.toMatch(/\d{5,}(\.\d+)?万元/);
    expect(text).not.toMatch(/0000余/);
    expect(text).not.toMatch(/\d{6,}(件|人次|次|人)/);
  });

  it("gives back the forms the clerk typed", () => {
    expect(typedBack.length).toBeGreaterThan(0);
    for (const t of typedBack) expect(text).toContain(t);
  });
});
