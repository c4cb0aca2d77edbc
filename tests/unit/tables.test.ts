import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import PizZip from "pizzip";
import { join } from "node:path";
import { cellAddress, parseCellAddress } from "../../src/core/grid/a1";
import type { CellValue, WorkbookGrid } from "../../src/core/grid/grid.types";
import { TEXT_WIDTH } from "../../src/core/docx/officialFormat";
import type { Issue } from "../../src/core/issues/issue.types";
import { issueMessage } from "../../src/core/messages/render";
import { PackError, type PackProblem } from "../../src/core/packs/packProblem";
import { parsePack } from "../../src/core/packs/parsePack";
import { tableGeometry } from "../../src/core/packs/tableGeometry";
import {
  MEMORY_HEADER,
  MEMORY_SHEET,
  PRIOR_FIGURE_MARK,
} from "../../src/core/read/carriedStatements";
import { readDataset } from "../../src/core/read/readWorkbook";
import { scaffoldLayout } from "../../src/core/scaffold/scaffoldLayout";
import { engine as cliEngine } from "../../src/surfaces/cli/loadInputs";
import { loadPack, packTemplateBytes } from "../../src/adapters/node-files/packStore";
import { documentXml, docxParagraphs } from "../helpers/docxText";
import { ROOT, XXGK_SAMPLE } from "../helpers/paths";
import {
  checkGrid,
  editSheet,
  engine,
  generateGrid,
  readGrid,
  setInfo,
  setValue,
  xxgkPack,
  xxgkTemplate,
} from "../helpers/workbooks";

/**
 * Statutory tables: a pack declares them as data (refused when the grid is not whole), the sheet
 * is read by the form's labels, the form's relations are errors at their cells, and the report
 * prints each table in the official grid right after its heading.
 */
const rawPack = () =>
  JSON.parse(readFileSync(join(ROOT, "packs", "xxgk-annual", "pack.json"), "utf8")) as {
    tables: Array<{
      cells: Array<Record<string, unknown>>;
      relations: Array<{ left: string[] }>;
    }>;
  };
const problemsOf = (json: unknown): PackProblem[] => {
  try {
    parsePack(json);
    return [];
  } catch (e) {
    if (e instanceof PackError) return [...e.problems];
    throw e;
  }
};

describe("a pack's tables, as data", () => {
  it("the built-in pack's three tables are whole", () => {
    expect(problemsOf(rawPack())).toEqual([]);
    const pack = xxgkPack();
    const sizes = pack.tables.map((t) => {
      const g = tableGeometry(t);
      return [g.height, g.width, g.data.length];
    });
    // the national format: 表二 14 × 4 with 10 figures, 表三 28 × 10 with 175, 表四 4 × 15 with 15
    expect(sizes).toEqual([
      [14, 4, 10],
      [28, 10, 175],
      [4, 15, 15],
    ]);
  });

  it("refuses a merged cell overlapping another, at its JSON path", () => {
    const json = rawPack();
    // 表三's 法人或其他组织 stretched over 总计
    const cell = json.tables[1]?.cells[3];
    if (cell) cell.colSpan = 6;
    expect(problemsOf(json)).toContainEqual(
      expect.objectContaining({ path: "tables[1].cells[4]", code: "cell_overlap" }),
    );
  });

  it("refuses a relation naming a cell that is not in the table", () => {
    const json = rawPack();
    json.tables[1]?.relations[0]?.left.splice(0, 1, "B9-99");
    expect(problemsOf(json)).toContainEqual({
      path: "tables[1].relations[0]",
      code: "relation_unknown",
      args: { code: "B9-99" },
    });
  });

  it("refuses a relation whose condition names no 是/否 row of 报告信息", () => {
    const json = rawPack() as unknown as {
      tables: Array<{ relations: Array<{ when?: { info: string } }> }>;
    };
    const r7 = json.tables[0]?.relations[0];
    if (!r7?.when) throw new Error("表二's first relation is R7, with its condition");
    r7.when.info = "统计范围"; // a row, but not a 是/否 one
    expect(problemsOf(json)).toContainEqual({
      path: "tables[0].relations[0].when.info",
      code: "relation_when_unknown",
      args: { key: "统计范围" },
    });
  });

  it("refuses an empty side (0) with anything but ==", () => {
    const json = rawPack() as unknown as { tables: Array<{ relations: Array<{ op: string }> }> };
    const r7 = json.tables[0]?.relations[0];
    if (!r7) throw new Error("表二's first relation is R7");
    r7.op = "<=";
    expect(problemsOf(json)).toContainEqual({
      path: "tables[0].relations[0].right",
      code: "relation_empty_side",
      args: { op: "<=" },
    });
  });

  it("refuses a data cell bound to no metric, and the metric left without a cell", () => {
    const json = rawPack();
    const cells = json.tables[2]?.cells ?? [];
    const at = cells.findIndex((c) => c.metric === "B4-01");
    const cell = cells[at];
    if (cell) cell.metric = "B9-99";
    const found = problemsOf(json);
    expect(found).toContainEqual({
      path: `tables[2].cells[${at}].metric`,
      code: "table_unknown_metric",
      args: { code: "B9-99" },
    });
    expect(found).toContainEqual(
      expect.objectContaining({
        code: "table_metric_unplaced",
        args: { code: "B4-01", table: "biao4" },
      }),
    );
  });

  it("refuses a position no cell covers", () => {
    const json = rawPack();
    json.tables[2]?.cells.splice(0, 1); // 表四's 行政复议 over five columns
    expect(problemsOf(json)).toContainEqual(
      expect.objectContaining({ path: "tables[2].cells", code: "cell_gap" }),
    );
  });
});

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(XXGK_SAMPLE);
});

const cellOf = (grid: WorkbookGrid, name: string) => {
  const pack = xxgkPack();
  const def = pack.metrics.find((m) => m.name === name);
  const row = def && readDataset(grid, pack).metrics.get(def.code);
  if (!row) throw new Error(`no cell for ${name}`);
  return { sheet: row.sheet, cell: row.valueCell };
};
const valueOf = (grid: WorkbookGrid, name: string): CellValue | undefined => {
  const { sheet, cell } = cellOf(grid, name);
  const at = parseCellAddress(cell);
  return at ? grid.sheets.find((s) => s.name === sheet)?.rows[at.row]?.[at.col] : undefined;
};
const setCell = (grid: WorkbookGrid, sheet: string, cell: string, value: CellValue) => {
  const at = parseCellAddress(cell);
  if (!at) throw new Error(cell);
  return editSheet(grid, sheet, (rows) => {
    const row = rows[at.row] ?? (rows[at.row] = []);
    row[at.col] = value;
  });
};
const setFigure = (grid: WorkbookGrid, name: string, value: CellValue) => {
  const { sheet, cell } = cellOf(grid, name);
  return setCell(grid, sheet, cell, value);
};
const plusOne = (grid: WorkbookGrid, name: string) =>
  setFigure(grid, name, Number(valueOf(grid, name)) + 1);
const issuesOf = (grid: WorkbookGrid) => checkGrid(grid, xxgkPack(), xxgkTemplate()).result.issues;
const errors = (grid: WorkbookGrid) => issuesOf(grid).filter((i) => i.severity === "error");
const zh = (i: Issue) => issueMessage(i, "zh-CN");
const toFullWidth = (n: number) =>
  String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe("the 政府信息公开 sample", () => {
  it("checks clean", () => {
    expect(issuesOf(sample)).toEqual([]);
  });

  it("prints the three tables in the official grid, each right after its heading", () => {
    const g = generateGrid(sample, xxgkPack(), xxgkTemplate(), { allowIncomplete: false });
    if (!g.ok) throw new Error(g.reason);
    const xml = documentXml(g.bytes);
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(3);
    xxgkPack().tables.forEach((t, i) => {
      const tbl = tables[i] ?? "";
      const cols = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(cols).toHaveLength(t.widths.length);
      // as wide as the type area
      expect(cols.reduce((a, w) => a + w, 0)).toBe(TEXT_WIDTH);
      const rows = [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows).toHaveLength(tableGeometry(t).height);
      for (const row of rows) {
        // each row's cells, with their spans, fill the grid; no row breaks across pages
        const spans = [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
          Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[1] ?? "")?.[1] ?? 1),
        );
        expect(spans.reduce((a, s) => a + s, 0)).toBe(t.widths.length);
        expect(row).toContain("<w:cantSplit/>");
      }
      expect(rows.filter((r) => r.includes("<w:tblHeader/>"))).toHaveLength(t.headerRows);
      // the header rows and two lines under them keep together with the rows that follow
      expect(rows.map((r) => r.includes("<w:keepNext/>"))).toEqual(
        rows.map((_r, k) => k < t.headerRows + 2 && k < rows.length - 1),
      );
      const restarts = (tbl.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length;
      expect(restarts).toBe(t.cells.filter((c) => c.rowSpan > 1).length);
      // every label, whole once the lines it is set in are joined
      const joined = tbl.replace(/<\/w:t><w:br\/><w:t xml:space="preserve">/g, "");
      for (const c of t.cells) if (c.text !== undefined) expect(joined).toContain(c.text);
    });
    // 表三 follows its heading at once
    expect(xml).toMatch(/三、收到和处理政府信息公开申请情况<\/w:t><\/w:r><\/w:p><w:tbl>/);
    const text = docxParagraphs(g.bytes).join("\n");
    expect(text).toContain("全年新收政府信息公开申请46件，上年结转2件；办理完毕47件");
    expect(text).not.toMatch(/\uE002|\uE003/);
  });

  it("信息处理费 is stated every year: a blank asks for 0, and 不适用 is an error, not a dropped clause", () => {
    const fee = (v: CellValue) =>
      issuesOf(setValue(sample, "其他事项", "XF01", v)).filter((i) => i.severity === "error");
    expect(fee(null).map(zh)).toEqual([
      "「信息处理费」未填写：请填写数值（单位：元）；没有的填 0。",
    ]);
    expect(fee("不适用").map((i) => [i.code, zh(i)])).toEqual([
      [
        "METRIC_ALWAYS_STATED",
        "「信息处理费」每年都要在报告中写明，不能填“不适用”：没有的请填 0。",
      ],
    ]);
  });

  it("sets the cells in one paragraph style per size, and keeps a template's own", () => {
    const styleOf = (bytes: Uint8Array) =>
      new PizZip(bytes).file("word/styles.xml")?.asText() ?? "";
    const generate = (template: Uint8Array) => {
      const g = generateGrid(sample, xxgkPack(), engine.openTemplate(template), {
        allowIncomplete: false,
      });
      if (!g.ok) throw new Error(g.reason);
      return g.bytes;
    };
    const builtIn = packTemplateBytes(loadPack("xxgk-annual"));
    const plain = generate(builtIn);
    const styles = styleOf(plain);
    // 表二 小四, 表三 and 表四 五号: two styles, each once, 宋体
    expect(styles.match(/w:styleId="ReportTableText\d+"/g)).toEqual([
      'w:styleId="ReportTableText24"',
      'w:styleId="ReportTableText21"',
    ]);
    expect(styles).toContain('<w:name w:val="表格文字（五号）"/>');
    const cells = [...documentXml(plain).matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(cells.length).toBeGreaterThan(300);
    for (const c of cells) expect(c).toMatch(/<w:pStyle w:val="ReportTableText2[14]"\/>/);
    expect(documentXml(plain)).not.toContain("<w:sz ");

    // a template whose designer set the tables in 仿宋 keeps it
    const zip = new PizZip(builtIn);
    const own =
      '<w:style w:type="paragraph" w:styleId="ReportTableText21"><w:name w:val="表格文字"/>' +
      '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="21"/></w:rPr></w:style>';
    zip.file("word/styles.xml", styleOf(builtIn).replace("</w:styles>", `${own}</w:styles>`));
    const kept = styleOf(generate(zip.generate({ type: "uint8array" })));
    expect(kept.match(/w:styleId="ReportTableText21"/g)).toHaveLength(1);
    expect(kept).toContain(own);

    // a template without a styles part: each cell carries the same properties itself
    const bare = new PizZip(builtIn);
    bare.remove("word/styles.xml");
    const xml = documentXml(generate(bare.generate({ type: "uint8array" })));
    expect(xml).not.toContain('<w:pStyle w:val="ReportTableText');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('<w:sz w:val="21"/>');
  });

  it("the scaffold lays each table down as its form: merged, inputs open, the rest locked", () => {
    const form = scaffoldLayout(xxgkPack()).find((s) => s.name === "表三依申请")?.form;
    expect(form?.inputs).toHaveLength(175);
    // the title and note rows, then every merged cell of the printed form
    expect(form?.merges).toHaveLength(
      2 + xxgkPack().tables[1]!.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1).length,
    );
  });
});

describe("the form's relations, each broken by one", () => {
  const broken = (grid: WorkbookGrid, total: string) => {
    const at = cellOf(grid, total);
    const found = errors(grid).filter(
      (i) =>
        i.code === "TABLE_RELATION" &&
        i.location.kind === "cell" &&
        i.location.cell === at.cell &&
        i.location.sheet === at.sheet,
    );
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it("R1 本年新收 + 上年结转 = 办理结果总计 + 结转下年度, per column", () => {
    const i = broken(plusOne(sample, "结转下年度·自然人"), "办理结果总计·自然人");
    expect(i.args).toMatchObject({ leftValue: 40, rightValue: 41, diff: 1 });
    expect(zh(i)).toContain("新收申请·自然人 D6 + 上年结转·自然人 D7 = 40");
    expect(zh(i)).toMatch(/办理结果总计·自然人 D29 \+ 结转下年度·自然人 D30 = 41，相差 1/);
    expect(i.related).toHaveLength(3);
  });

  it("R2 办理结果总计 = the sum of its 21 lines, per column", () => {
    const i = broken(plusOne(sample, "予以公开·商业企业"), "办理结果总计·商业企业");
    expect(i.args).toMatchObject({ leftValue: 6, rightValue: 5, diff: 1 });
    expect(zh(i)).toContain("（共 21 格）");
  });

  it("R3 总计 = the six applicants, per line", () => {
    const i = broken(plusOne(sample, "部分公开·总计"), "部分公开·总计");
    expect(i.args).toMatchObject({ leftValue: 6, rightValue: 7 });
  });

  it("R4 表四's 总计 = 维持 + 纠正 + 其他 + 尚未审结", () => {
    const i = broken(plusOne(sample, "行政复议·结果纠正"), "行政复议·总计");
    expect(i.args).toMatchObject({ leftValue: 2, rightValue: 1 });
  });

  it("R7 a unit without 规章制定权 has no 规章: a warning at the row, unless 报告信息 says it has", () => {
    const grid = setFigure(sample, "规章·本年制发", 2);
    const relations = (g: WorkbookGrid) => issuesOf(g).filter((x) => x.code === "TABLE_RELATION");
    const [i, ...more] = relations(grid);
    if (!i) throw new Error("no R7 warning");
    expect(more).toEqual([]);
    expect([i.severity, i.location]).toEqual([
      "warning",
      { kind: "cell", ...cellOf(sample, "规章·本年制发") },
    ]);
    expect(i.related).toHaveLength(2);
    expect(zh(i)).toBe(
      "「本机关有规章制定权」填的是“否”，规章·本年制发 B5 + 规章·本年废止 C5 + 规章·现行有效 D5 应为 0，现在是 2：请核对这几格；如果「本机关有规章制定权」填错了，请改为“是”。",
    );
    // a blank answer, or no row at all (a workbook made before the pack asked), is 否, said so
    const blank = relations(setInfo(grid, "本机关有规章制定权", null));
    expect(zh(blank[0]!)).toMatch(
      /^「本机关有规章制定权」没有填（按“否”计），.*；如果「本机关有规章制定权」应为“是”，请填上“是”。$/,
    );
    const noRow = editSheet(grid, "报告信息", (rows) => {
      rows.splice(
        rows.findIndex((r) => r?.[0] === "本机关有规章制定权"),
        1,
      );
    });
    expect(zh(relations(noRow)[0]!)).toMatch(
      /^「报告信息」表中没有「本机关有规章制定权」这一行（按“否”计），.*请在「报告信息」表新增「本机关有规章制定权」一行并填“是”。$/,
    );
    // 是 checks nothing; an unreadable answer is its own issue
    const has = setInfo(grid, "本机关有规章制定权", "是");
    // R8 still holds: last year's table is not in the sample
    expect(relations(has)).toEqual([]);
    const unreadable = issuesOf(setInfo(grid, "本机关有规章制定权", "不清楚"));
    expect(unreadable.map((x) => x.code)).toContain("INFO_FIELD_INVALID");
    expect(unreadable.filter((x) => x.code === "TABLE_RELATION")).toEqual([]);
  });

  it("a negative figure is a warning at its cell that says it cannot be negative", () => {
    const grid = setFigure(sample, "行政许可·处理决定", -3);
    const found = issuesOf(grid).filter((i) => i.code === "METRIC_OUT_OF_RANGE");
    expect(found.map((i) => [i.severity, i.location])).toEqual([
      ["warning", { kind: "cell", ...cellOf(sample, "行政许可·处理决定") }],
    ]);
    expect(zh(found[0]!)).toBe("「行政许可·处理决定」是 -3件，不应是负数：请核对是否填错。");
  });

  it("a 总计 left 0 under parts that are not is said as such", () => {
    const i = broken(setFigure(sample, "行政复议·总计", 0), "行政复议·总计");
    expect(zh(i)).toMatch(/^总计 行政复议·总计 E6 填的是 0，而各项 .* 之和是 1：总计应填各项之和/);
  });
});

describe("cells the form wants filled", () => {
  const table3 = (grid: WorkbookGrid, edit: (rows: Array<Array<CellValue | undefined>>) => void) =>
    editSheet(grid, "表三依申请", edit);
  const blankAll = (rows: Array<Array<CellValue | undefined>>) => {
    for (const row of rows) row.forEach((v, c) => typeof v === "number" && (row[c] = null));
  };

  it("an empty table is one error at its first cell, not 175", () => {
    const found = errors(table3(sample, blankAll)).filter((i) => i.category === "requests-table");
    expect(found.map((i) => [i.code, i.location.kind === "cell" ? i.location.cell : ""])).toEqual([
      ["TABLE_EMPTY", "D6"],
    ]);
    expect(zh(found[0]!)).toContain("「表格空白格按0计」填为“是”");
  });

  it("表格空白格按0计 = 是 reads every blank cell as 0", () => {
    const grid = setInfo(table3(sample, blankAll), "表格空白格按0计", "是");
    const found = errors(grid);
    // zeros everywhere: the text's clauses for 0 leave, and no relation fails
    expect(found).toEqual([]);
  });

  it("with 表格空白格按0计 = 是, a 总计 left blank under parts that are not is said to be blank", () => {
    const grid = setInfo(setFigure(sample, "新收申请·总计", null), "表格空白格按0计", "是");
    const at = cellOf(sample, "新收申请·总计");
    const total = errors(grid).find(
      (i) => i.location.kind === "cell" && i.location.cell === at.cell,
    );
    expect(zh(total!)).toMatch(/^总计 新收申请·总计 \S+ 空着（按 0 计），而各项 .* 之和是 46/);
  });

  it("a blank cell and a “/” are errors at their cells", () => {
    let grid = setFigure(sample, "不予处理·重复申请·科研机构", null);
    grid = setFigure(grid, "不予处理·重复申请·其他组织", "/");
    const found = errors(grid).map((i) => [
      i.code,
      i.location.kind === "cell" ? i.location.cell : "",
    ]);
    expect(found).toEqual([
      ["TABLE_CELL_BLANK", "F22"],
      ["TABLE_CELL_INVALID", "I22"],
    ]);
  });

  it("an approximate figure (约12, 40余) or one in another unit is an error at its cell: a form counts exactly", () => {
    const at = cellOf(sample, "予以公开·自然人");
    for (const typed of ["约12", "40余", "12人"]) {
      const found = errors(setFigure(sample, "予以公开·自然人", typed));
      expect(found.map((i) => [i.code, i.location])).toContainEqual([
        "TABLE_CELL_INVALID",
        { kind: "cell", ...at },
      ]);
      expect(zh(found.find((i) => i.code === "TABLE_CELL_INVALID")!)).toContain(
        typed === "12人"
          ? "填的是“12人”：这一格的单位是“件”"
          : `填的是“${typed}”：表中每格填准确的数字`,
      );
      // the cell's own error, not also a warning that the figure was used as typed
      const all = issuesOf(setFigure(sample, "予以公开·自然人", typed));
      expect(all.map((i) => i.code)).not.toContain("METRIC_UNIT_MISMATCH");
    }
  });
});

describe("reading a form as clerks re-type it", () => {
  it("a hidden line of a form is still the form's: read, with no warning that it is left out", () => {
    const pack = xxgkPack();
    const at = cellOf(sample, "予以公开·自然人");
    const row = parseCellAddress(at.cell)?.row ?? -1;
    const grid: WorkbookGrid = {
      ...sample,
      sheets: sample.sheets.map((s) =>
        s.name === at.sheet ? { ...s, hiddenRows: new Set([row]) } : s,
      ),
    };
    expect(
      readDataset(grid, pack).metrics.get(
        pack.metrics.find((m) => m.name === "予以公开·自然人")!.code,
      )?.figure,
    ).toEqual(
      readDataset(sample, pack).metrics.get(
        pack.metrics.find((m) => m.name === "予以公开·自然人")!.code,
      )?.figure,
    );
    expect(issuesOf(grid).map((i) => i.code)).not.toContain("ROWS_HIDDEN");
  });

  it("figures typed as text (5, ５, 1520件) in any cell are figures, never labels", () => {
    const pack = xxgkPack();
    const before = readDataset(sample, pack);
    const forms = ["表二主动公开", "表三依申请", "表四复议诉讼"];
    // with its unit: each cell's own (件, or 万元 for 表二's 收费金额)
    const unitAt = new Map(
      [...before.metrics.values()].map((r) => [`${r.sheet}!${r.valueCell}`, r.def.unit]),
    );
    const spellings = [
      (n: number) => String(n),
      (n: number, unit: string) => `${n}${unit}`,
      (n: number) => toFullWidth(n),
    ];
    spellings.forEach((spell) => {
      let grid = sample;
      for (const sheet of forms)
        grid = editSheet(grid, sheet, (rows) => {
          rows.forEach((row, r) =>
            row.forEach((v, c) => {
              const unit = unitAt.get(`${sheet}!${cellAddress(r, c)}`) ?? "";
              if (typeof v === "number") row[c] = spell(v, unit);
            }),
          );
        });
      const after = readDataset(grid, pack);
      for (const [code, row] of before.metrics)
        expect([code, after.metrics.get(code)?.figure]).toEqual([code, row.figure]);
      expect(issuesOf(grid).filter((i) => i.severity === "error")).toEqual([]);
    });
  });

  it("extra rows and columns, columns in another order, spaces in labels, no merges: the same figures", () => {
    const pack = xxgkPack();
    const before = readDataset(sample, pack);
    const retyped = editSheet(sample, "表三依申请", (rows) => {
      for (let r = 0; r < rows.length; r++) {
        const row = [null, ...(rows[r] ?? [])]; // a column inserted on the left
        // 自然人 and 总计 swapped (columns E and K after the shift)
        [row[4], row[10]] = [row[10], row[4]];
        rows[r] = row.map((v) => (typeof v === "string" ? v.replace(/(.)(.)/u, "$1 $2") : v));
      }
      rows.splice(5, 0, []); // a blank row under the header
    });
    const after = readDataset(retyped, pack);
    const codes = tableGeometry(pack.tables[1]!).data.map((d) => d.metric);
    for (const code of codes)
      expect([code, after.metrics.get(code)?.figure]).toEqual([
        code,
        before.metrics.get(code)?.figure,
      ]);
    expect(errors(retyped)).toEqual([]);
  });

  it("a line whose label is gone is named; a column typed twice is an error at the second", () => {
    let grid = editSheet(sample, "表三依申请", (rows) => {
      const row = rows.find((r) => r?.[2] === "2.重复申请");
      if (row) row[2] = "重复的申请";
    });
    expect(errors(grid).map((i) => [i.code, i.args.label])).toContainEqual([
      "TABLE_LABEL_MISSING",
      "三、本年度办理结果 › （五）不予处理 › 2.重复申请",
    ]);
    // a line copied and pasted under the form
    grid = editSheet(sample, "表三依申请", (rows) => {
      const row = rows.find((r) => r?.[2] === "2.重复申请");
      rows.push([], ["三、本年度办理结果", "（五）不予处理", ...(row ?? []).slice(2)]);
    });
    const twice = errors(grid).filter((i) => i.code === "TABLE_LABEL_TWICE");
    expect(
      twice.map((i) => [i.location.kind === "cell" ? i.location.cell : "", i.args.label]),
    ).toEqual([["C32", "三、本年度办理结果 › （五）不予处理 › 2.重复申请"]]);
  });

  it("the 2019 layout (one 其他处理 line) is recognised and named", () => {
    const grid = editSheet(sample, "表三依申请", (rows) => {
      const at = rows.findIndex((r) => r?.[1] === "（六）其他处理");
      rows.splice(at, 3, ["", "（六）其他处理", "", 1, 0, 0, 0, 0, 0, 1]);
    });
    const found = errors(grid).filter((i) => i.category === "requests-table");
    expect(found.map((i) => i.code)).toEqual(["TABLE_OLD_LAYOUT"]);
    expect(zh(found[0]!)).toContain("是2019年旧格式的");
  });
});

describe("next year's form", () => {
  it("carries 结转下年度 into 上年结转 and empties every other cell of the form", () => {
    const pack = xxgkPack();
    const plan = engine.planNextYear(readDataset(sample, pack));
    const written = new Map(plan.edits.map((e) => [`${e.sheet}!${e.cell}`, e.value]));
    const after = (name: string) => {
      const { sheet, cell } = cellOf(sample, name);
      return written.has(`${sheet}!${cell}`) ? written.get(`${sheet}!${cell}`) : "unchanged";
    };
    expect(after("上年结转·自然人")).toBe(1);
    expect(after("上年结转·总计")).toBe(1);
    expect(after("上年结转·商业企业")).toBe(0);
    for (const t of pack.tables)
      for (const d of tableGeometry(t).data) {
        if (/^上年结转·/.test(pack.metrics.find((m) => m.code === d.metric)?.name ?? "")) continue;
        expect([d.metric, after(pack.metrics.find((m) => m.code === d.metric)!.name)]).toEqual([
          d.metric,
          null,
        ]);
      }
  });
});

describe("last year's table, remembered by next-year", () => {
  /** the sample with a memory sheet holding last year's figures of the named cells */
  const remembering = (grid: WorkbookGrid, figures: Record<string, number>): WorkbookGrid => {
    const pack = xxgkPack();
    const code = (name: string) => pack.metrics.find((m) => m.name === name)?.code ?? name;
    return {
      sheets: [
        ...grid.sheets,
        {
          name: MEMORY_SHEET,
          visibility: "veryHidden",
          rows: [
            [...MEMORY_HEADER],
            ...Object.entries(figures).map(([n, v]) => [PRIOR_FIGURE_MARK, code(n), String(v)]),
          ],
        },
      ],
    };
  };
  const r5 = (grid: WorkbookGrid) =>
    issuesOf(grid).filter((i) => i.code === "TABLE_RELATION" && i.severity === "warning");

  it("next-year remembers every figure of the forms, and the new year's workbook reads them as last year's", async () => {
    const pack = xxgkPack();
    const next = await cliEngine.nextYear(new Uint8Array(readFileSync(XXGK_SAMPLE)), pack);
    const dir = mkdtempSync(join(tmpdir(), "xxgk-next-"));
    writeFileSync(join(dir, "next.xlsx"), next.bytes);
    const data = readDataset(await readGrid(join(dir, "next.xlsx")), pack);
    const before = readDataset(sample, pack);
    for (const t of pack.tables)
      for (const d of tableGeometry(t).data) {
        const was = before.metrics.get(d.metric)?.figure;
        expect([d.metric, data.metrics.get(d.metric)?.prior]).toEqual([d.metric, was]);
      }
    // 上年结转 is last year's 结转下年度 as carried: no warning on it
    const issues = checkGrid(await readGrid(join(dir, "next.xlsx")), pack, xxgkTemplate()).result
      .issues;
    expect(issues.filter((i) => i.code === "TABLE_RELATION")).toEqual([]);
    expect(next.sentences).toBeGreaterThan(0);
  });

  it("next year's workbook says each untouched form once, and not that carried figures are unused", async () => {
    const pack = xxgkPack();
    const next = await cliEngine.nextYear(new Uint8Array(readFileSync(XXGK_SAMPLE)), pack);
    const dir = mkdtempSync(join(tmpdir(), "xxgk-next-"));
    writeFileSync(join(dir, "next.xlsx"), next.bytes);
    const issues = checkGrid(await readGrid(join(dir, "next.xlsx")), pack, xxgkTemplate()).result
      .issues;
    // 上年结转 is filled by next-year: 表三 is still one error, not 168 blank cells
    const forms = issues.filter((i) => i.category?.endsWith("-table") && i.severity === "error");
    expect(forms.map((i) => i.code)).toEqual(["TABLE_EMPTY", "TABLE_EMPTY", "TABLE_EMPTY"]);
    expect(zh(forms[1]!)).toContain("除了从上年结转过来的数，还一格都没有填");
    // last year's figures, carried into 上年同期 as they were, are not the clerk's to explain
    expect(issues.map((i) => i.code)).not.toContain("METRIC_PRIOR_UNUSED");
    // the unit's own sentences are to be looked at again; the pack's 导语, all placeholders, is not
    const carried = issues.filter((i) => i.code === "CARRIED_UNCHANGED");
    expect(carried.length).toBeGreaterThan(5);
    expect(carried.map((i) => (i.location.kind === "cell" ? i.location.sheet : ""))).not.toContain(
      "报告信息",
    );
  });

  it("R5: 上年结转 that is not last year's 结转下年度 is a warning at its cell, naming both", () => {
    const carried = Number(valueOf(sample, "上年结转·自然人"));
    const total = Number(valueOf(sample, "上年结转·总计"));
    const same = remembering(sample, {
      "结转下年度·自然人": carried,
      "结转下年度·总计": total,
    });
    expect(r5(same)).toEqual([]);
    const other = remembering(sample, {
      "结转下年度·自然人": carried + 1,
      "结转下年度·总计": total + 1,
    });
    const found = r5(other);
    expect(found.map((i) => (i.location.kind === "cell" ? i.location.cell : ""))).toEqual([
      cellOf(sample, "上年结转·自然人").cell,
      cellOf(sample, "上年结转·总计").cell,
    ]);
    expect(zh(found[0]!)).toBe(
      `结转下年度·自然人（上年报告） = ${carried + 1}，应等于 上年结转·自然人 ${cellOf(sample, "上年结转·自然人").cell} = ${carried}，相差 1：请核对这几格；核对无误的可以不改。`,
    );
    // without last year's table nothing is said
    expect(r5(sample)).toEqual([]);
  });

  it("R8: 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止, a warning only", () => {
    const now = Number(valueOf(sample, "规范性文件·现行有效"));
    const made = Number(valueOf(sample, "规范性文件·本年制发"));
    const repealed = Number(valueOf(sample, "规范性文件·本年废止"));
    const fits = remembering(sample, { "规范性文件·现行有效": now - made + repealed });
    expect(r5(fits)).toEqual([]);
    const off = remembering(sample, { "规范性文件·现行有效": now - made + repealed + 3 });
    const found = r5(off);
    expect(found).toHaveLength(1);
    expect(found[0]?.location).toEqual({
      kind: "cell",
      sheet: "表二主动公开",
      cell: cellOf(sample, "规范性文件·现行有效").cell,
    });
    expect(zh(found[0]!)).toContain("规范性文件·现行有效（上年报告）");
    expect(zh(found[0]!)).toContain("相差 3");
  });

  it("{X|同比} on a table figure compares with last year's", () => {
    const grid = remembering(
      editSheet(sample, "依申请公开", (rows) => {
        const header = rows.findIndex((r) => r?.includes("表述"));
        const col = rows[header]?.indexOf("表述") ?? -1;
        const row: CellValue[] = [];
        row[col] = "全年新收申请{新收申请·总计}，{新收申请·总计|同比}。";
        rows.push(row);
      }),
      { "新收申请·总计": 40 },
    );
    const g = generateGrid(grid, xxgkPack(), xxgkTemplate(), { allowIncomplete: false });
    if (!g.ok) throw new Error(g.reason);
    expect(docxParagraphs(g.bytes).join("\n")).toContain("全年新收申请46件，同比增长15%。");
  });
});

describe("the preview", () => {
  it("shows each table as a table, its merges as HTML spans", () => {
    const g = generateGrid(sample, xxgkPack(), xxgkTemplate(), { allowIncomplete: false });
    if (!g.ok) throw new Error(g.reason);
    const tables = g.preview().filter((p) => p.table);
    expect(tables).toHaveLength(3);
    const t3 = tables[1]?.table ?? [];
    expect(t3).toHaveLength(28);
    // the corner note over three rows and three columns; 申请人情况 over the seven applicants
    expect(t3[0]?.[0]).toMatchObject({ colSpan: 3, rowSpan: 3 });
    expect(t3[0]?.[1]).toMatchObject({ text: "申请人情况", colSpan: 7, rowSpan: 1 });
    expect(t3[5]?.[0]).toMatchObject({ text: "三、本年度办理结果", rowSpan: 22 });
    expect(t3[3]?.map((c) => c.text)).toEqual([
      "一、本年新收政府信息公开申请数量",
      "38",
      "5",
      "0",
      "1",
      "2",
      "0",
      "46",
    ]);
    // no cell paragraph leaks into the preview as a paragraph of its own
    expect(g.preview().some((p) => !p.table && p.text === "申请人情况")).toBe(false);
  });
});
