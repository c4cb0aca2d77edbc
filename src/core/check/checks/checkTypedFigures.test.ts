import { COURT_SAMPLE } from "../../../../tests/helpers/paths";
import {
  checkGrid,
  courtPack,
  courtTemplate,
  editSheet,
  readGrid,
  statementRow,
} from "../../../../tests/helpers/workbooks";
import type { WorkbookGrid } from "../../grid/grid.types";
import { issueMessage } from "../../messages/render";

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(COURT_SAMPLE);
});

/** The FIGURE_TYPED_MISMATCH warnings for one sentence added to 审判执行 (新收 16742, 结案 15629). */
const mismatches = (sentence: string) =>
  checkGrid(
    editSheet(sample, "审判执行", (rows) => rows.push(statementRow(sentence))),
    courtPack(),
    courtTemplate(),
  ).result.issues.filter((i) => i.code === "FIGURE_TYPED_MISMATCH");

describe("a figure typed into a sentence is compared with the sheet", () => {
  it("after the metric's name or an alias: a different figure warns, naming both", () => {
    const [w, ...rest] = mismatches("全年共受理各类案件1400件。");
    expect(rest).toEqual([]);
    expect(w).toMatchObject({
      severity: "warning",
      metric: "SP02",
      location: { sheet: "审判执行" },
    });
    expect(issueMessage(w!)).toContain("“1400件”与「新收案件」（「审判执行」表 C3）的16742件不符");
  });

  it("the sheet's own figure, last year's, or an approximate one does not", () => {
    expect(mismatches("全年共受理各类案件16742件，审执结15629件。")).toEqual([]);
    expect(mismatches("全年共受理各类案件1.6万余件。")).toEqual([]);
  });

  it("a slip of the hand anywhere in the part: one digit changed, or two swapped", () => {
    expect(mismatches("今年审理案件16724件。").map((i) => i.metric)).toEqual(["SP02"]);
    expect(mismatches("今年审理案件16749件。").map((i) => i.metric)).toEqual(["SP02"]);
    // a figure far from every figure of the sheet is the clerk's own
    expect(mismatches("其中涉企案件3210件。")).toEqual([]);
  });

  it("counts in 万 and amounts in 亿 are compared in the metric's unit", () => {
    expect(mismatches("执行到位0.3亿元。").map((i) => i.metric)).toEqual(["SP06"]);
    expect(mismatches("执行到位2034.57万元，约0.2亿元。")).toEqual([]);
  });
});
