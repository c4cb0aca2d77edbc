import type { CellValue, WorkbookGrid } from "../../src/core/grid/grid.types";
import type { Issue } from "../../src/core/issues/issue.types";
import { issueMessage } from "../../src/core/messages/render";
import { scaffoldLayout } from "../../src/core/scaffold/scaffoldLayout";
import { docxParagraphs } from "../helpers/docxText";
import { XXGK_SAMPLE } from "../helpers/paths";
import {
  checkGrid,
  editSheet,
  generateGrid,
  readGrid,
  setInfo,
  xxgkPack,
  xxgkTemplate,
} from "../helpers/workbooks";

/**
 * Departments and governments write the same report, but a government also reports its 工作考核、
 * 社会评议和责任追究结果 (条例 第五十条) and publishes by 3月31日 instead of 1月31日: one 是/否 row
 * of 报告信息 decides both.
 */
const GOV = "本机关为人民政府";
const ASSESSMENT = "将政务公开纳入全区绩效考核，开展社会评议1次，未发生责任追究情况。";

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(XXGK_SAMPLE);
});

/** 监督保障's sheet with one more 表述 row under its last one. */
const addStatement = (grid: WorkbookGrid, text: string) =>
  editSheet(grid, "监督保障", (rows) => {
    const header = rows.findIndex((r) => r?.includes("表述"));
    const col = rows[header]?.indexOf("表述") ?? -1;
    const row: CellValue[] = [];
    row[col] = text;
    rows.push(row);
  });
const issuesOf = (grid: WorkbookGrid) => checkGrid(grid, xxgkPack(), xxgkTemplate()).result.issues;
const reportText = (grid: WorkbookGrid) => {
  const g = generateGrid(grid, xxgkPack(), xxgkTemplate(), { allowIncomplete: true });
  if (!g.ok) throw new Error(g.reason);
  return docxParagraphs(g.bytes).join("\n");
};
const zh = (i: Issue) => issueMessage(i, "zh-CN");

describe("a department's report and a government's", () => {
  it("the blank workbook asks which, 否 to start with, from a 是/否 list", () => {
    const info = scaffoldLayout(xxgkPack()).find((s) => s.name === "报告信息");
    const row = info?.rows.find((r) => r[0] === GOV);
    expect(row?.[1]).toBe("否");
    expect(info?.validations).toContainEqual(
      expect.objectContaining({ promptTitle: GOV, list: ["是", "否"] }),
    );
  });

  it("the assessment sentence prints for a government only", () => {
    const grid = addStatement(sample, `{#${GOV}}${ASSESSMENT}{/${GOV}}`);
    expect(reportText(grid)).not.toContain(ASSESSMENT);
    expect(issuesOf(grid)).toEqual([]);
    const government = setInfo(grid, GOV, "是");
    expect(reportText(government)).toContain(ASSESSMENT);
  });

  it("the default prompt for it counts only for a government", () => {
    const prompt = xxgkPack()
      .categories.flatMap((c) => c.children ?? [])
      .find((c) => c.short === "监督保障")
      ?.defaultItems?.find((d) => d.text.includes(GOV))?.text;
    expect(prompt).toContain("工作考核、社会评议和责任追究结果");
    const grid = addStatement(sample, prompt ?? "");
    expect(issuesOf(grid).filter((i) => i.severity === "error")).toEqual([]);
    const errors = issuesOf(setInfo(grid, GOV, "是")).filter((i) => i.severity === "error");
    expect(errors.map((i) => i.code)).toEqual(["PROMPT_UNFILLED"]);
  });

  it("an answer that is neither 是 nor 否 is an error at its cell; ticks and words are read", () => {
    const odd = issuesOf(setInfo(sample, GOV, "政府部门"));
    const bad = odd.find((i) => i.code === "INFO_FIELD_INVALID");
    expect(bad && zh(bad)).toBe(
      "「本机关为人民政府」填写的「政府部门」无法识别：请填写“是”或“否”。",
    );
    expect(issuesOf(setInfo(sample, GOV, "√"))).toEqual([]);
    expect(issuesOf(setInfo(sample, GOV, "不是"))).toEqual([]);
  });

  it("成文日期 after 1月31日 is a note for a department, not for a government until 3月31日", () => {
    const late = setInfo(sample, "成文日期", "2026年2月10日");
    const note = issuesOf(late).find((i) => i.code === "SIGN_DATE_LATE");
    expect(note?.severity).toBe("note");
    expect(note?.location).toEqual({ kind: "cell", sheet: "报告信息", cell: expect.any(String) });
    expect(note && zh(note)).toBe(
      "「成文日期」是2026年2月10日，晚于部门年度报告的公布期限2026年1月31日：如果本报告是人民政府的报告，请在「本机关为人民政府」一行填“是”；请尽早印发，或核对成文日期。",
    );
    const government = setInfo(late, GOV, "是");
    expect(issuesOf(government).map((i) => i.code)).not.toContain("SIGN_DATE_LATE");
    const later = setInfo(government, "成文日期", "2026年4月1日");
    const lateGov = issuesOf(later).find((i) => i.code === "SIGN_DATE_LATE");
    expect(lateGov && zh(lateGov)).toContain(
      "晚于人民政府年度报告的公布期限2026年3月31日：请尽早印发",
    );
    expect(issuesOf(sample).map((i) => i.code)).not.toContain("SIGN_DATE_LATE");
  });
});

describe("a unit named …人民政府 that answers 否", () => {
  const doubts = (grid: WorkbookGrid) =>
    issuesOf(grid).filter((i) => i.code === "GOVERNMENT_ANSWER_DOUBTFUL");

  it("is asked at its answer whether the report is a government's", () => {
    const named = setInfo(sample, "单位名称", "青山县人民政府");
    const [doubt, ...more] = doubts(named);
    expect(more).toEqual([]);
    expect([doubt?.severity, doubt?.location]).toEqual([
      "warning",
      { kind: "cell", sheet: "报告信息", cell: "B5" },
    ]);
    expect(issueMessage(doubt!)).toBe(
      "单位名称是「青山县人民政府」，但「本机关为人民政府」没有填“是”：人民政府的报告请填“是”（报告将写入工作考核、社会评议和责任追究结果，公布期限为3月31日）；如果本报告确是部门的报告，可以不改。",
    );
    expect(doubts(setInfo(named, GOV, "是"))).toEqual([]);
  });

  it("is not asked when the unit is the government's office or a department", () => {
    expect(doubts(setInfo(sample, "单位名称", "青山县人民政府办公室"))).toEqual([]);
    // a 乡镇 government reports as a department does
    expect(doubts(setInfo(sample, "单位名称", "青山县城关镇人民政府"))).toEqual([]);
    // an unreadable answer is its own error, not also this warning
    const named = setInfo(sample, "单位名称", "青山县人民政府");
    expect(doubts(setInfo(named, GOV, "不清楚"))).toEqual([]);
    expect(doubts(sample)).toEqual([]);
  });
});
