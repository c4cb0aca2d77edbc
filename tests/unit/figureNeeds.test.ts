import type { CellValue, WorkbookGrid } from "../../src/core/grid/grid.types";
import type { Issue } from "../../src/core/issues/issue.types";
import { issueMessage } from "../../src/core/messages/render";
import { GAP_MARKER_PATTERN } from "../../src/core/template/templateValues";
import { COURT_SAMPLE } from "../helpers/paths";
import { docxParagraphs } from "../helpers/docxText";
import { p, r, templateWith } from "../helpers/templates";
import {
  checkGrid,
  courtPack,
  courtTemplate,
  editSheet,
  engine,
  generateGrid,
  readGrid,
  setPrior,
  setValue,
} from "../helpers/workbooks";

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(COURT_SAMPLE);
});

type Row = Array<CellValue | undefined>;
/** Replaces the 表述 (column F) in a row of a sheet. */
const setStatement = (grid: WorkbookGrid, sheetName: string, row: number, text: string) =>
  editSheet(grid, sheetName, (rows) => {
    (rows[row - 1] as Row)[6] = text;
  });

const needs = (grid: WorkbookGrid, template = courtTemplate()) =>
  checkGrid(grid, courtPack(), template).result.issues.filter((i) => i.code === "FIGURE_NEEDED");

/** The report's text when generate is asked for a draft. */
function draft(grid: WorkbookGrid, template = courtTemplate()): string {
  const g = generateGrid(grid, courtPack(), template, { allowIncomplete: true });
  if (!g.ok) throw new Error(g.reason);
  return docxParagraphs(g.bytes).join("\n");
}

describe("a figure the report states but the workbook lacks is an error at its cell", () => {
  it("a blank optional figure in a 表述 leaves its clause by itself, said as a note there", () => {
    const grid = setValue(sample, "审判执行", "SP08", null);
    expect(needs(grid)).toEqual([]);
    const notes = checkGrid(grid, courtPack(), courtTemplate()).result.issues.filter(
      (i) => i.code === "CLAUSE_DROPPED",
    );
    expect(notes).toEqual([
      expect.objectContaining({
        severity: "note",
        location: { kind: "cell", sheet: "审判执行", cell: "G16" },
        args: expect.objectContaining({ name: "审结贪腐窝案", reason: "missing" }),
      }),
    ]);
    expect(issueMessage(notes[0] as Issue)).toMatch(
      /「审结贪腐窝案」未填写，(这一句|分句.*)不写入报告/,
    );
    const text = draft(grid);
    expect(text).not.toMatch(GAP_MARKER_PATTERN);
    expect(text).toContain("追缴涉案赃款及罚金3200余万元");
  });

  it("in a Word template, a blank figure outside a condition is still an error, with the syntax", () => {
    const grid = setValue(sample, "审判执行", "SP08", null);
    const template = engine.openTemplate(
      templateWith(courtPack(), [p(r("依法审结贪腐系列窝案{审结贪腐窝案}。"))]),
    );
    const [issue] = needs(grid, template);
    expect(issue).toMatchObject({ location: { cell: "C9" }, metric: "SP08" });
    expect(issueMessage(issue as Issue)).toContain("{#审结贪腐窝案}…{/审结贪腐窝案}");
  });

  it("不适用 leaves its clause too, even on a required figure", () => {
    const grid = setValue(sample, "创新治理", "CX03", "不适用");
    expect(needs(grid)).toEqual([]);
    expect(
      checkGrid(grid, courtPack(), courtTemplate()).result.issues.filter(
        (i) => i.code === "CLAUSE_DROPPED",
      ),
    ).toMatchObject([{ args: { name: "法治夏令营", reason: "notApplicable" } }]);
  });

  it("the same figure inside its condition drops the clause, and check is clean", () => {
    let grid = setValue(sample, "审判执行", "SP08", null);
    grid = setStatement(
      grid,
      "审判执行",
      16,
      "依法审结{#审结贪腐窝案}贪腐系列窝案{审结贪腐窝案}，{/审结贪腐窝案}追缴涉案赃款及罚金{追缴赃款及罚金|约}。",
    );
    expect(needs(grid)).toEqual([]);
    const text = draft(grid);
    expect(text).toContain("依法审结追缴涉案赃款及罚金3200余万元");
    expect(text).not.toMatch(GAP_MARKER_PATTERN);
  });

  it("a comparison with no 上年同期 leaves its clause; the rest of the sentence stays", () => {
    let grid = setPrior(sample, "审判执行", "SP02", null);
    grid = setStatement(grid, "审判执行", 12, "新收案件{新收案件}，{新收案件|同比}。");
    expect(needs(grid)).toEqual([]);
    expect(draft(grid)).toContain("新收案件16742件。");
    // in a Word template it is still asked for, at the 上年同期 cell, with the condition that fits
    const template = engine.openTemplate(
      templateWith(courtPack(), [p(r("新收{新收案件}，{新收案件|同比}。"))]),
    );
    const [issue] = needs(grid, template);
    expect(issue).toMatchObject({
      location: { sheet: "审判执行", cell: "F3" },
      args: { side: "prior" },
    });
    expect(issueMessage(issue as Issue)).toContain("{#新收案件|上年}…{/新收案件|上年}");
  });

  it("a share of zero: at the whole's cell", () => {
    let grid = setValue(sample, "基层治理", "JC01", 0);
    grid = setStatement(grid, "基层治理", 6, "调解成功{成功调解案件|占:特邀调解员}。");
    expect(needs(grid)).toMatchObject([
      { location: { sheet: "基层治理", cell: "C2" }, args: { side: "base", reason: "zero" } },
    ]);
  });

  it("one error per figure, however many places use it, and none twice for a blank required figure", () => {
    const grid = setValue(sample, "审判执行", "SP09", null);
    const template = engine.openTemplate(
      templateWith(courtPack(), [p(r("追缴{追缴赃款及罚金}。")), p(r("共追缴{追缴赃款及罚金}。"))]),
    );
    const found = needs(grid, template);
    expect(found).toHaveLength(1);
    expect(found[0]?.location).toMatchObject({ cell: "C10" });
    const required = checkGrid(
      setValue(sample, "审判执行", "SP02", null),
      courtPack(),
      courtTemplate(),
    );
    const atCell = required.result.issues.filter(
      (i) => i.location.kind === "cell" && i.location.cell === "C3" && i.severity === "error",
    );
    expect(atCell.map((i) => i.code)).toEqual(["METRIC_VALUE_MISSING"]);
  });

  it("the template's own tag outside a condition counts, inside one it does not", () => {
    const grid = setValue(sample, "审判执行", "SP08", 0);
    const plain = engine.openTemplate(
      templateWith(courtPack(), [p(r("审结窝案{审结贪腐窝案}。"))]),
    );
    expect(needs(setValue(sample, "审判执行", "SP08", null), plain)).toMatchObject([
      {
        location: { cell: "C9" },
        args: { uses: expect.arrayContaining([expect.objectContaining({ tag: "审结贪腐窝案" })]) },
      },
    ]);
    const guarded = engine.openTemplate(
      templateWith(courtPack(), [p(r("{#审结贪腐窝案}审结窝案{审结贪腐窝案}。{/审结贪腐窝案}"))]),
    );
    // inside its condition the template asks nothing; the sample's own sentence leaves its clause
    expect(needs(setValue(sample, "审判执行", "SP08", null), guarded)).toEqual([]);
    expect(
      needs(grid, guarded).every((i) => !JSON.stringify(i.args.uses ?? []).includes("template")),
    ).toBe(true);
  });

  it("an optional report-information date a sentence uses: at its row", () => {
    const grid = editSheet(sample, "报告信息", (rows) => {
      (rows[5] as Row)[1] = "本报告于{成文日期}印发。";
    });
    expect(needs(grid)).toMatchObject([
      { location: { sheet: "报告信息", cell: "B7" }, args: { name: "成文日期" } },
    ]);
  });
});
