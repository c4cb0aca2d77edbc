import { courtPack, sheet } from "../../../tests/helpers/workbooks";
import type { WorkbookGrid } from "../grid/grid.types";
import { readDataset } from "./readWorkbook";

/** A workbook as somebody typed it by hand, not as the scaffold wrote it. */
function handTyped(): WorkbookGrid {
  return {
    sheets: [
      sheet("报告信息", [
        ["东营区人民法院 报告信息"],
        [],
        ["内容", "项目"],
        ["东营区人民法院", "单位名称"],
        ["2023年度", "报告年度"],
        ["2023/12/15", "统计截止日期"],
      ]),
      sheet("2.审判执行情况", [
        ["审判执行工作统计表（截至12月15日）"],
        [null, "填报单位：研究室"],
        ["表述", "数 值", "指标名称", "备注", "代码", "计量单位", "上年同期"],
        [],
        [null, "１６，７４２", "新收案件", null, "SP02", "件", "15,870"],
        [null, "2000余万元", "执行到位金额", null, "sp06", "万元"],
        [null, 20345678, "追缴赃款及罚金", null, "SP09", "元"],
        [null, { error: "#REF!" }, "结案数", null, "SP03", "件"],
        [null, "40余", "集中执行", null, "SP05", "次"],
        [null, 0.8557, "结案率", null, "SP04", "%"],
        [null, null, "审结贪腐窝案", null, null, "件"],
        ["截止{统计截止日期|月日}，全口径新收案件{新收案件}。"],
        [],
        ["推进“刑拘直诉”快速办案机制落地见效。"],
      ]),
      sheet(
        "辅助计算",
        [
          ["编码", "数值"],
          ["SP07", 160],
        ],
        "veryHidden",
      ),
    ],
  };
}

describe("readDataset on a hand-typed workbook", () => {
  const grid = handTyped();
  // the 结案率 cell is formatted as a percentage in Excel
  (grid.sheets[1] as { percentCells?: Set<string> }).percentCells = new Set(["B10"]);
  const ds = readDataset(grid, courtPack());

  it("finds the info table with its columns swapped, under a title", () => {
    expect(ds.info.year).toBe(2023);
    expect(ds.info.cutoff).toEqual({ y: 2023, m: 12, d: 15 });
    expect(ds.info.entries.get("单位名称")).toMatchObject({
      cell: "A4",
      value: { kind: "text", text: "东营区人民法院" },
    });
  });

  it("matches a sheet whose name contains the category's, header on row 3 in any order", () => {
    const s = ds.sheets.find((x) => x.sheet === "2.审判执行情况");
    expect(s?.category?.category.id).toBe("trial");
    expect(s?.headerRow).toBe(2);
    expect(s?.columns).toMatchObject({
      statement: 0,
      value: 1,
      name: 2,
      note: 3,
      code: 4,
      unit: 5,
      prior: 6,
    });
  });

  it("reads full-width digits, separators, approximate forms and units typed in the cell", () => {
    expect(ds.metrics.get("SP02")).toMatchObject({
      valueCell: "B5",
      figure: { kind: "number", value: 16742, approx: null },
      prior: { kind: "number", value: 15870 },
    });
    expect(ds.metrics.get("SP06")?.figure).toEqual({ kind: "number", value: 2000, approx: "余" });
    expect(ds.metrics.get("SP05")?.figure).toEqual({ kind: "number", value: 40, approx: "余" });
  });

  it("converts a value given in another scale of the unit (元 in the row, 万元 in the pack)", () => {
    expect(ds.metrics.get("SP09")?.figure).toEqual({
      kind: "number",
      value: 2034.5678,
      approx: null,
    });
  });

  it("reads a percent-formatted rate as per cent", () => {
    expect(ds.metrics.get("SP04")?.figure).toMatchObject({ value: 85.57 });
  });

  it("keeps an error value as invalid at its cell", () => {
    expect(ds.metrics.get("SP03")).toMatchObject({
      valueCell: "B8",
      figure: { kind: "invalid", raw: "#REF!" },
    });
  });

  it("matches a row by name when its code is blank", () => {
    expect(ds.metrics.get("SP08")).toMatchObject({ valueCell: "B11", figure: { kind: "missing" } });
  });

  it("leaves a (very) hidden helper sheet that is no category's aside", () => {
    expect(ds.metrics.get("SP07")).toBeUndefined();
    expect(ds.sheets.find((s) => s.sheet === "辅助计算")).toMatchObject({ use: "other" });
  });

  it("takes narrative items in row order, skipping blank rows", () => {
    expect(ds.items.get("trial")?.map((i) => i.cell)).toEqual(["A12", "A14"]);
  });

  it("gives the same dataset whatever the column order", () => {
    const reordered: WorkbookGrid = {
      sheets: grid.sheets.map((s) =>
        s.name === "2.审判执行情况"
          ? {
              ...s,
              rows: s.rows.map((r) => Array.from({ length: 7 }, (_, c) => r?.[6 - c] ?? null)),
              percentCells: new Set(["F10"]),
            }
          : s,
      ),
    };
    const again = readDataset(reordered, courtPack());
    const figures = (d: typeof ds) => [...d.metrics.values()].map((m) => [m.def.code, m.figure]);
    expect(figures(again)).toEqual(figures(ds));
    expect(again.items.get("trial")?.map((i) => i.text)).toEqual(
      ds.items.get("trial")?.map((i) => i.text),
    );
  });
});
