import type { WorkbookGrid } from "../../src/core/grid/grid.types";
import { COURT_SAMPLE } from "../helpers/paths";
import { checkCourt, editSheet, readGrid, setValue } from "../helpers/workbooks";

/** 各部分完成情况 is a promise: n/n only when nothing in the part is wrong. */
let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(COURT_SAMPLE);
});
const part = (grid: WorkbookGrid, short: string) =>
  checkCourt(grid).categories.find((c) => c.short === short);

describe("a part's completion", () => {
  it("the sample's parts are n/n", () => {
    const p = part(sample, "党的领导");
    expect(p?.filled).toBe(p?.required);
    expect(p?.complete).toBe(true);
  });

  it("a sentence still holding its prompt does not count as written", () => {
    const grid = editSheet(sample, "党的领导", (rows) => {
      for (const r of rows.slice(1)) if (typeof r?.[6] === "string") r[6] = null;
      const row = rows[1] ?? (rows[1] = []);
      row[6] = "【请填写：本年度党建工作的特色做法和成效，一至两句】";
    });
    const p = part(grid, "党的领导");
    expect(p?.complete).toBe(false);
    expect(p?.filled).toBeLessThan(p?.required ?? 0);
  });

  it("a figure with an error does not count, and any error keeps the part from n/n", () => {
    const p = part(setValue(sample, "党的领导", "DL01", 3.5), "党的领导");
    expect(p?.complete).toBe(false);
    expect(p?.filled).toBeLessThan(p?.required ?? 0);
  });
});
