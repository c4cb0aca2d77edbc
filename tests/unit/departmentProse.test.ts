import type { WorkbookGrid } from "../../src/core/grid/grid.types";
import { docxParagraphs } from "../helpers/docxText";
import { GOV_SAMPLE } from "../helpers/paths";
import { leafCategories } from "../../src/core/packs/leafCategories";
import {
  checkGrid,
  editSheet,
  generateGrid,
  govPack,
  govTemplate,
  readGrid,
  setPrior,
  setValue,
} from "../helpers/workbooks";

/**
 * The department pack writes reconsideration and litigation as what they are: cases in which the
 * bureau is the respondent or the defendant; a zero is good news said as such, once, without a
 * comparison after it.
 */
let sample: WorkbookGrid;
beforeAll(async () => {
  // the sample with the pack's own default sentences for 复议应诉 (the sample writes its own)
  const defaults =
    leafCategories(govPack())
      .find((l) => l.category.id === "disputes")
      ?.category.defaultItems?.map((d) => d.text) ?? [];
  sample = editSheet(await readGrid(GOV_SAMPLE), "复议应诉", (rows) => {
    const header = rows[0] ?? [];
    const col = header.indexOf("表述");
    const typed = rows.slice(1).filter((r) => typeof r?.[col] === "string" && r[col] !== "");
    for (const r of typed) r[col] = null;
    defaults.forEach((text, i) => {
      const row = rows[i + 1] ?? (rows[i + 1] = []);
      row[col] = text;
    });
  });
});

const report = (grid: WorkbookGrid) => {
  const g = generateGrid(grid, govPack(), govTemplate(), { allowIncomplete: true });
  if (!g.ok) throw new Error(g.reason);
  return docxParagraphs(g.bytes).join("\n");
};

describe("the department's reconsideration and litigation", () => {
  it("none received: said once as an event that did not happen, with no 同比 and no unused figure", () => {
    let grid = setValue(setValue(sample, "复议应诉", "FY01", 0), "复议应诉", "FY02", 0);
    grid = setPrior(grid, "复议应诉", "FY01", 3);
    const text = report(grid);
    expect(text.match(/全年未发生以本单位为被申请人的行政复议案件/g)).toHaveLength(1);
    expect(text).not.toMatch(/行政复议案件0件|已审结0件/);
    const issues = checkGrid(grid, govPack(), govTemplate()).result.issues;
    expect(
      issues.filter((i) => i.code === "METRIC_UNUSED" && /^FY0[12]$/.test(i.metric ?? "")),
    ).toEqual([]);
  });

  it("a zero 败诉率 is good news: 无败诉案件", () => {
    const text = report(setValue(sample, "复议应诉", "FY06", 0));
    expect(text).toContain("无败诉案件");
    expect(text).not.toContain("败诉率0%");
  });
});
