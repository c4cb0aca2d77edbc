import { COURT_SAMPLE } from "../../../tests/helpers/paths";
import {
  checkCourt,
  editSheet,
  readGrid,
  setValue,
  statementRow,
} from "../../../tests/helpers/workbooks";
import type { WorkbookGrid } from "../grid/grid.types";
import { issueMessage } from "../messages/render";

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(COURT_SAMPLE);
});

const check = checkCourt;
const find = (grid: WorkbookGrid, code: string) =>
  check(grid).issues.filter((i) => i.code === code);

describe("runChecks on the court sample", () => {
  it("finds the sample complete, every category filled", () => {
    const r = check(sample);
    // the sample has no 成文日期: its report ends without a 落款, as the reference report does
    expect(r.issues.filter((i) => i.severity !== "note").map((i) => [i.code, i.severity])).toEqual([
      ["SIGN_DATE_MISSING", "warning"],
    ]);
    // every 上年同期 the sample types that no sentence compares with is said, as a note
    expect(r.issues.filter((i) => i.severity === "note").map((i) => i.code)).toEqual(
      r.issues.filter((i) => i.severity === "note").map(() => "METRIC_PRIOR_UNUSED"),
    );
    expect(r.complete).toBe(true);
    expect(r.categories.map((c) => [c.short, c.complete])).toEqual([
      ["党的领导", true],
      ["审判执行", true],
      ["服务发展", true],
      ["基层治理", true],
      ["创新治理", true],
      ["存在问题", true],
      ["工作打算", true],
    ]);
  });

  it("counts each sentence that prints a zero once, however many tags it has", () => {
    // DL01 states its zero (DL03's clause, "zero": "drop", would leave by itself)
    const zero = setValue(sample, "党的领导", "DL01", 0);
    const uses = (grid: WorkbookGrid) =>
      (find(grid, "ZERO_STATED")[0]?.args as { useCount: number } | undefined)?.useCount ?? 0;
    const before = uses(zero);
    const many = `{DL01}、{DL01|数}${"、{DL02}".repeat(9)}`;
    const withTwo = editSheet(zero, "党的领导", (rows) =>
      rows.push(statementRow(many), statementRow("{DL01}")),
    );
    expect(before).toBeGreaterThan(0);
    expect(uses(withTwo)).toBe(before + 2);
  });

  it("reports a required value left empty at its cell, as an error in its category", () => {
    const [i, ...rest] = find(setValue(sample, "审判执行", "SP06", null), "METRIC_VALUE_MISSING");
    expect(rest).toEqual([]);
    expect(i).toMatchObject({
      severity: "error",
      metric: "SP06",
      category: "trial",
      location: { sheet: "审判执行", cell: "C7" },
    });
    expect(issueMessage(i!)).toContain("执行到位金额");
    const r = check(setValue(sample, "审判执行", "SP06", null));
    expect(r.complete).toBe(false);
    expect(r.categories.find((c) => c.id === "trial")).toMatchObject({
      complete: false,
      filled: 6,
      required: 7,
    });
  });

  it("accepts 不适用 for a required metric: the clause that states it leaves, with a note", () => {
    const r = check(setValue(sample, "审判执行", "SP06", "不适用"));
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.issues.filter((i) => i.code === "CLAUSE_DROPPED")).toContainEqual(
      expect.objectContaining({ args: expect.objectContaining({ name: "执行到位金额" }) }),
    );
  });

  it("reports text where a number belongs, and error values, at the cell", () => {
    expect(
      find(setValue(sample, "党的领导", "DL01", "很多次"), "METRIC_NOT_NUMBER")[0]?.location,
    ).toEqual({ kind: "cell", sheet: "党的领导", cell: "C2" });
    const err = find(
      setValue(sample, "党的领导", "DL01", { error: "#REF!" }),
      "METRIC_CELL_ERROR",
    )[0];
    expect(err?.args.value).toBe("#REF!");
  });

  it("breaks a cross-field rule as an error naming both cells", () => {
    const [i] = find(
      setValue(setValue(sample, "审判执行", "SP01", 1523), "审判执行", "SP03", 99999),
      "RULE_VIOLATED",
    );
    expect(i).toMatchObject({ severity: "error", location: { sheet: "审判执行", cell: "C4" } });
    expect(i?.related).toEqual([
      { sheet: "审判执行", cell: "C2" },
      { sheet: "审判执行", cell: "C3" },
    ]);
    expect(issueMessage(i!)).toContain("旧存案件 + 新收案件");
  });

  it("warns, not errs, for advisory ranges, unknown codes and a stale cut-off date", () => {
    const out = find(setValue(sample, "党的领导", "DL01", 900), "METRIC_OUT_OF_RANGE");
    expect(out[0]?.severity).toBe("warning");
    expect(issueMessage(out[0]!)).toBe(
      "「集中学习研讨」是 900次，超出通常的范围（0～500次）：请核对是否填错。",
    );
    const unknown = editSheet(sample, "党的领导", (rows) => rows.push(["XX99", "自定义指标", 5]));
    expect(find(unknown, "METRIC_UNKNOWN_CODE")[0]).toMatchObject({
      severity: "warning",
      location: { cell: expect.stringMatching(/^A\d+$/) },
    });
    const stale = editSheet(sample, "报告信息", (rows) => {
      const row = rows.find((r) => r[0] === "统计截止日期");
      row![1] = "2022年12月15日";
    });
    const [s] = find(stale, "INFO_CUTOFF_STALE");
    expect(s).toMatchObject({ severity: "warning", location: { sheet: "报告信息", cell: "B4" } });
    expect(check(stale).complete).toBe(true);
  });

  it("reports a duplicated metric code at the second row", () => {
    const dup = editSheet(sample, "党的领导", (rows) => rows.push(["DL01", "集中学习研讨", 50]));
    const [i] = find(dup, "METRIC_DUPLICATE");
    expect(i).toMatchObject({ severity: "error", related: [{ sheet: "党的领导", cell: "C2" }] });
  });

  it("reports a placeholder that names no metric at the 表述 cell", () => {
    const bad = editSheet(sample, "服务发展", (rows) =>
      rows.push(statementRow("召开座谈会{座谈会次数}。")),
    );
    const [i] = find(bad, "PLACEHOLDER_UNKNOWN");
    expect(i).toMatchObject({
      severity: "error",
      category: "development",
      location: { sheet: "服务发展" },
    });
    expect(i?.args.name).toBe("座谈会次数");
    const syntax = editSheet(sample, "服务发展", (rows) =>
      rows.push(statementRow("召开座谈会{司法建议次。")),
    );
    expect(find(syntax, "PLACEHOLDER_SYNTAX")).toHaveLength(1);
  });

  it("counts narrative items against each category's minimum", () => {
    const none = editSheet(sample, "工作打算", (rows) => rows.splice(1));
    const [i] = find(none, "NARRATIVE_TOO_FEW");
    expect(i).toMatchObject({
      category: "plans",
      args: { min: 3, count: 0 },
      location: { sheet: "工作打算", cell: "H2" },
    });
  });

  it("reports a missing category sheet once and a missing info sheet", () => {
    const noSheet: WorkbookGrid = { sheets: sample.sheets.filter((s) => s.name !== "创新治理") };
    const issues = check(noSheet).issues;
    expect(issues.filter((i) => i.code === "SHEET_MISSING")).toHaveLength(1);
    expect(issues.filter((i) => i.category === "innovation")).toHaveLength(1);
    const noInfo: WorkbookGrid = { sheets: sample.sheets.filter((s) => s.name !== "报告信息") };
    expect(find(noInfo, "INFO_SHEET_MISSING")).toHaveLength(1);
  });

  it("says once that a workbook with nothing of the report in it is not a standard workbook", () => {
    const foreign: WorkbookGrid = {
      sheets: [
        {
          name: "Sheet1",
          visibility: "visible",
          rows: [
            ["姓名", "金额"],
            ["张三", 5],
          ],
        },
      ],
    };
    const r = check(foreign);
    expect(r.issues.map((i) => i.code)).toEqual(["WORKBOOK_NOT_STANDARD"]);
    expect(issueMessage(r.issues[0]!)).toContain("法院法治政府建设年度报告");
    expect(r.complete).toBe(false);
  });

  it("reports a required info field left empty at its cell", () => {
    const grid = editSheet(sample, "报告信息", (rows) => {
      rows.find((r) => r[0] === "单位名称")![1] = null;
    });
    expect(find(grid, "INFO_FIELD_MISSING")[0]?.location).toEqual({
      kind: "cell",
      sheet: "报告信息",
      cell: "B2",
    });
  });
});
