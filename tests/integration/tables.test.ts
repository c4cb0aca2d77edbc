import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { gridWidths } from "../../src/core/docx/tableXml";
import { documentXml } from "../helpers/docxText";
import { LEFT, RIGHT_EDGE } from "../helpers/pdfLayout";
import { XXGK_SAMPLE, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";
import { xxgkPack } from "../helpers/workbooks";

/**
 * The 政府信息公开 sample's tables as LibreOffice prints them: inside the type area, each label in
 * its own column, 表三's header rows again at the top of the page it continues on.
 */
interface Word {
  page: number;
  x0: number;
  x1: number;
  y0: number;
  t: string;
}

function words(pdf: string): Word[] {
  const out = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return out
    .split(/<page width/)
    .slice(1)
    .flatMap((chunk, page) =>
      [
        ...chunk.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        page,
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        t: m[4] ?? "",
      })),
    );
}

describe("the statutory tables through LibreOffice", () => {
  const dir = tempDir();
  const docx = join(dir, "xxgk.docx");
  const pdf = join(dir, "xxgk.pdf");
  let all: Word[];
  beforeAll(() => {
    const r = runCli(["generate", XXGK_SAMPLE, "-o", docx, "--pdf"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    all = words(pdf);
  });

  it("holds three tables python-docx reads back with the official grid and merges", () => {
    const script = [
      "import sys, json, docx",
      "d = docx.Document(sys.argv[1])",
      "out = []",
      "for t in d.tables:",
      "    rows = [[c.text for c in r.cells] for r in t.rows]",
      "    ps = [p for r in t.rows for c in r.cells for p in c.paragraphs]",
      "    st = {(p.style.name, p.style.font.name, p.style.font.size.pt if p.style.font.size else None,",
      "           p.style.element.rPr.rFonts.get(docx.oxml.ns.qn('w:eastAsia'))) for p in ps}",
      "    out.append({'rows': len(t.rows), 'cols': len(t.columns), 'r0': rows[0], 'r3': rows[3],",
      "                'styles': sorted(map(list, st))})",
      "print(json.dumps(out, ensure_ascii=False))",
    ].join("\n");
    const read = JSON.parse(
      execFileSync("/usr/bin/python3", ["-c", script, docx], { encoding: "utf8" }),
    ) as Array<{ rows: number; cols: number; r0: string[]; r3: string[]; styles: unknown[] }>;
    // every cell in the table's own style: 宋体 (Times New Roman figures), 表二 小四, the others 五号
    expect(read.map((t) => t.styles)).toEqual([
      [["表格文字（小四）", "Times New Roman", 12, "宋体"]],
      [["表格文字（五号）", "Times New Roman", 10.5, "宋体"]],
      [["表格文字（五号）", "Times New Roman", 10.5, "宋体"]],
    ]);
    expect(read.map((t) => [t.rows, t.cols])).toEqual([
      [14, 4],
      [28, 10],
      [4, 15],
    ]);
    // merged cells repeat their text across the columns they span
    expect(read[1]?.r0.slice(3)).toEqual(Array(7).fill("申请人情况"));
    expect(read[2]?.r0).toEqual([...Array(5).fill("行政复议"), ...Array(10).fill("行政诉讼")]);
    expect(read[1]?.r3).toEqual([
      ...Array(3).fill("一、本年新收政府信息公开申请数量"),
      "38",
      "5",
      "0",
      "1",
      "2",
      "0",
      "46",
    ]);
  });

  it("refuses a sheet whose sums do not add up: exit 1, at the total's cell", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(XXGK_SAMPLE);
    wb.getWorksheet("表三依申请")!.getCell("D30").value = 2; // 结转下年度·自然人, one too many
    const broken = join(dir, "对不上.xlsx");
    await wb.xlsx.writeFile(broken);
    const r = runCli(["check", broken, "--json"]);
    expect(r.code).toBe(1);
    const issues = (JSON.parse(r.stdout) as { issues: Array<Record<string, string>> }).issues;
    const found = issues.filter((i) => i.code === "TABLE_RELATION");
    expect(found.map((i) => [i.sheet, i.cell])).toContainEqual(["表三依申请", "D29"]);
    expect(found.find((i) => i.cell === "D29")?.message).toContain(
      "办理结果总计·自然人 D29 + 结转下年度·自然人 D30 = 41，相差 1",
    );
  });

  it("a 总计 written as a formula by openpyxl (no result stored) is said as such at its cell", () => {
    const file = join(dir, "公式.xlsx");
    const script = [
      "import sys, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "ws = wb['表三依申请']",
      "ws['J6'] = '=SUM(D6:I6)'",
      "wb.save(sys.argv[2])",
    ].join("\n");
    execFileSync("/usr/bin/python3", ["-c", script, XXGK_SAMPLE, file]);
    const r = runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const issues = (JSON.parse(r.stdout) as { issues: Array<Record<string, string>> }).issues;
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([
      ["METRIC_FORMULA_UNCALCULATED", "J6"],
    ]);
  });

  it("keeps every label and figure of the tables inside the type area", () => {
    const labels = xxgkPack().tables.flatMap((t) => t.cells.flatMap((c) => c.text ?? []));
    // body lines may hang a 、，。 past the margin; table text may not
    const ofTables = all.filter(
      (w) => /^\d+$/.test(w.t) || (w.t.length >= 2 && labels.some((l) => l.includes(w.t))),
    );
    expect(ofTables.length).toBeGreaterThan(200);
    const outside = ofTables.filter((w) => w.x0 < LEFT - 1 || w.x1 > RIGHT_EDGE + 1);
    expect(outside).toEqual([]);
  });

  it("wraps a label between the pack's words, never inside one", () => {
    const tables = xxgkPack().tables;
    const labels = tables.flatMap((t) => t.cells.flatMap((c) => c.text ?? []));
    const words = [...new Set(tables.flatMap((t) => t.keepTogether))];
    // a table line: a short piece of one label (body lines run 28 characters)
    const piece = (w: Word) => w.t.length < 16 && labels.some((l) => l.includes(w.t));
    const lines = all.filter(piece);
    let wrapped = 0;
    const split: string[] = [];
    for (const a of lines)
      for (const b of lines) {
        // b is the line under a in the same cell: same page, next line, overlapping columns
        const below = b.y0 - a.y0;
        if (a.page !== b.page || below < 5 || below > 16 || b.x1 < a.x0 || b.x0 > a.x1) continue;
        if (!labels.some((l) => l.includes(a.t + b.t))) continue;
        wrapped++;
        // a word wider than the column (自然人 over two-character lines) cannot stay whole
        const room = Math.max(a.t.length, b.t.length);
        for (const w of words.filter((x) => x.length <= room))
          for (let k = 1; k < w.length; k++)
            if (a.t.endsWith(w.slice(0, k)) && b.t.startsWith(w.slice(k)))
              split.push(`${a.t}/${b.t}`);
      }
    // the applicants' and 表四's headers, the long 不予处理/其他处理 lines: dozens of wraps
    expect(wrapped).toBeGreaterThan(20);
    expect(split).toEqual([]);
  });

  it("sets every label line as the report set it: LibreOffice wraps none of them again", () => {
    const xml = documentXml(new Uint8Array(readFileSync(docx)));
    const lines = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].flatMap((cell) =>
      (cell[1] ?? "")
        .split("<w:br/>")
        .map((part) => [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
        .filter((line) => line.length >= 2 && !/^\d+$/.test(line)),
    );
    expect(lines.length).toBeGreaterThan(100);
    const printed = new Set(all.map((w) => w.t));
    expect(lines.filter((line) => !printed.has(line))).toEqual([]);
  });

  it("repeats 表三's header rows on the page it continues on", () => {
    const pages = new Set(all.filter((w) => w.t.includes("申请人情况")).map((w) => w.page));
    expect(pages.size).toBe(2);
  });

  it("starts 表三 on the page of its heading with its first two lines, not alone at a page's foot", () => {
    const pageOf = (text: string) => all.find((w) => w.t === text)?.page;
    const heading = pageOf("三、收到和处理政府信息公开申请情况");
    expect(heading).toBeDefined();
    expect(pageOf("一、本年新收政府信息公开申请数量")).toBe(heading);
    expect(pageOf("二、上年结转政府信息公开申请数量")).toBe(heading);
  });

  it("sets each of 表三's applicant labels and figures inside its own column", () => {
    const t3 = xxgkPack().tables.find((t) => t.id === "biao3")!;
    const cols = gridWidths(t3.widths).map((w) => w / 20);
    const starts = cols.map((_w, i) => LEFT + cols.slice(0, i).reduce((a, w) => a + w, 0));
    // the applicants' labels wrap two characters a line; every piece stays in its column
    const labels = ["自然", "商业", "科研", "社会", "法律", "其他", "总计"];
    labels.forEach((l, j) => {
      const col = 3 + j;
      // in 表三's header rows: just under 申请人情况, on each page the table spans
      const heads = all.filter((w) => w.t.includes("申请人情况"));
      const found = all.filter(
        (w) => w.t === l && heads.some((h) => h.page === w.page && w.y0 > h.y0 && w.y0 - h.y0 < 60),
      );
      expect(found.length).toBeGreaterThan(0);
      const inside = found.filter(
        (w) =>
          w.x0 >= (starts[col] ?? 0) - 0.5 && w.x1 <= (starts[col] ?? 0) + (cols[col] ?? 0) + 0.5,
      );
      // found once on each page 表三 spans (its header repeats), always in its column
      expect([l, inside.length]).toEqual([l, found.length]);
    });
    // the 总计 of 新收: 46, in the last column
    const last = starts[9] ?? 0;
    expect(all.some((w) => w.t === "46" && w.x0 >= last && w.x1 <= RIGHT_EDGE + 0.5)).toBe(true);
  });
});
