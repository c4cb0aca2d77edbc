import type { CellValue, WorkbookGrid } from "../../src/core/grid/grid.types";
import { COURT_SAMPLE } from "../helpers/paths";
import { docxParagraphs } from "../helpers/docxText";
import {
  checkCourt,
  courtPack,
  courtTemplate,
  editSheet,
  generateGrid,
  readGrid,
  setPrior,
  setValue,
} from "../helpers/workbooks";

/**
 * Phrasing as published statistics write it, through a clerk's sentence in 审判执行 G11: the
 * figures are set, the sentence is typed, the report's paragraph is read back.
 */
let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(COURT_SAMPLE);
});

type Row = Array<CellValue | undefined>;
const withFigures = (figures: Record<string, [CellValue, CellValue]>) => {
  let g = sample;
  for (const [code, [value, prior]] of Object.entries(figures))
    g = setPrior(setValue(g, "审判执行", code, value), "审判执行", code, prior);
  return g;
};

/** The sentence as the report prints it (the paragraph that starts with its first words). */
function say(grid: WorkbookGrid, sentence: string): string {
  const g = editSheet(grid, "审判执行", (rows) => {
    (rows[10] as Row)[6] = `测试句：${sentence}`;
  });
  const out = generateGrid(g, courtPack(), courtTemplate(), { allowIncomplete: true });
  if (!out.ok) throw new Error(out.reason);
  const para = docxParagraphs(out.bytes).find((t) => t.includes("测试句："));
  if (!para) throw new Error("the sentence is not in the report");
  return (para.split("测试句：")[1] as string).replace(/。.*$/u, "");
}

describe("{X|变化}: the change in units, then in per cent", () => {
  it("a decline: 比上年同期减少1093件，下降72.2%", () => {
    const g = withFigures({ SP02: [421, 1514] });
    expect(say(g, "新收{新收案件}，{新收案件|变化}")).toBe(
      "新收421件，比上年同期减少1093件，下降72.2%",
    );
  });
  it("an increase: 比上年同期增加…件，增长…%", () => {
    const g = withFigures({ SP02: [1200, 1000] });
    expect(say(g, "{新收案件|变化}")).toBe("比上年同期增加200件，增长20%");
  });
  it("last year none: the count only, no per cent (where a section keeps the clause)", () => {
    const g = withFigures({ SP08: [9, 0] });
    expect(say(g, "{#审结贪腐窝案}{审结贪腐窝案|变化}{/审结贪腐窝案}")).toBe("比上年同期增加9件");
    // in a 表述 without one, a comparison with a zero year leaves by itself
    expect(() => say(g, "{审结贪腐窝案|变化}")).toThrow("not in the report");
  });
  it("takes a precision: {X|变化:2}", () => {
    const g = withFigures({ SP02: [1000, 3000] });
    expect(say(g, "{新收案件|变化:2}")).toBe("比上年同期减少2000件，下降66.67%");
  });
});

describe("{X|同比}: per cent, 倍 past doubling, percentage points for rates", () => {
  it.each<[number, number, string]>([
    [200, 100, "同比增长1倍"],
    [220, 100, "同比增长1.2倍"],
    [150, 100, "同比增长50%"],
    [30, 100, "同比下降70%"],
    [100, 100, "与上年同期持平"],
  ])("%d against %d → %s", (value, prior, words) => {
    expect(say(withFigures({ SP02: [value, prior] }), "{新收案件|同比}")).toBe(words);
  });
  it("a decline is never in 倍, whatever its size", () => {
    expect(say(withFigures({ SP02: [1, 100] }), "{新收案件|同比}")).toBe("同比下降99%");
  });
  it("a rate moves in 个百分点", () => {
    const g = withFigures({
      SP01: [0, 0],
      SP02: [100, 100],
      SP03: [96.5, 94.4],
      SP04: [null, null],
    });
    expect(say(g, "{结案率|同比}")).toBe("同比提高2.1个百分点");
  });
  it("takes a precision: {收案|同比:2}", () => {
    const g = withFigures({ SP02: [11562, 10000] });
    expect(say(g, "{新收案件|同比:2}")).toBe("同比增长15.62%");
  });
});

describe("scale, share and one rule for trailing zeros", () => {
  it("{X|万:2} → 4557.37万件", () => {
    expect(say(withFigures({ SP02: [45_573_700, 1] }), "{新收案件|万:2}")).toBe("4557.37万件");
  });
  it("{X|万:2} drops zeros a rounder figure does not need", () => {
    expect(say(withFigures({ SP02: [45_000_000, 1] }), "{新收案件|万:2}")).toBe("4500万件");
  });
  it("{部分|占:整体} → 36%", () => {
    const g = withFigures({ SP03: [36, 30], SP02: [100, 100] });
    expect(say(g, "{结案数|占:新收案件}")).toBe("36%");
  });
  it("a share of a zero whole is an error at the whole's cell, not a report line", () => {
    const g = editSheet(withFigures({ SP03: [36, 30], SP02: [0, 100] }), "审判执行", (rows) => {
      (rows[10] as Row)[6] = "测试句：{结案数|占:新收案件}。";
    });
    const errors = checkCourt(g).issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.code, i.location])).toContainEqual([
      "FIGURE_NEEDED",
      { kind: "cell", sheet: "审判执行", cell: "C3" },
    ]);
  });
});

describe("derived figures", () => {
  it("a blank 结案率 is computed from its formula, rounded to two places", () => {
    const g = withFigures({
      SP01: [100, 100],
      SP02: [200, 100],
      SP03: [257, 150],
      SP04: [null, null],
    });
    expect(say(g, "结案率{结案率}，{结案率|同比}")).toBe("结案率85.67%，同比提高10.67个百分点");
    expect(
      checkCourt(g).issues.filter((i) => i.metric === "SP04" && i.severity === "error"),
    ).toEqual([]);
  });
  it("a typed 结案率 that is not what its figures give is an error naming both", () => {
    const g = withFigures({ SP01: [100, 100], SP02: [200, 100], SP03: [257, 150], SP04: [90, 95] });
    const found = checkCourt(g).issues.filter((i) => i.code === "METRIC_FORMULA_MISMATCH");
    expect(found.map((i) => i.location)).toEqual([
      { kind: "cell", sheet: "审判执行", cell: "C5" },
      { kind: "cell", sheet: "审判执行", cell: "F5" },
    ]);
    expect(found.every((i) => i.severity === "error")).toBe(true);
  });
  it("a typed one that agrees to its own rounding is accepted", () => {
    const g = withFigures({
      SP01: [100, 100],
      SP02: [200, 100],
      SP03: [257, 150],
      SP04: [85.7, 75],
    });
    expect(checkCourt(g).issues.filter((i) => i.code === "METRIC_FORMULA_MISMATCH")).toEqual([]);
  });

  const mismatches = (g: WorkbookGrid) =>
    checkCourt(g).issues.filter((i) => i.code === "METRIC_FORMULA_MISMATCH");
  /** the 审判执行 sheet with its 数值 cell of 结案率 (C5) formatted to show `decimals` */
  const shown = (g: WorkbookGrid, decimals: number): WorkbookGrid => ({
    sheets: g.sheets.map((s) =>
      s.name === "审判执行" ? { ...s, decimalCells: new Map([["C5", decimals]]) } : s,
    ),
  });

  it("2569 ÷ 4000 = 64.225: printed 64.23% (half-up, as Excel's ROUND), 64.23 and 64.22 both accepted", () => {
    const g = (typed: CellValue) =>
      withFigures({
        SP01: [1000, null],
        SP02: [3000, null],
        SP03: [2569, null],
        SP04: [typed, null],
      });
    expect(say(g(null), "结案率{结案率}")).toBe("结案率64.23%");
    expect(mismatches(g(64.23))).toEqual([]);
    expect(mismatches(g(64.22))).toEqual([]);
    expect(mismatches(g(64.2))).toEqual([]);
    expect(mismatches(g(64.24)).map((i) => i.location)).toEqual([
      { kind: "cell", sheet: "审判执行", cell: "C5" },
    ]);
  });

  it("the pack's own formula as an Excel formula (full precision, shown 83.39) passes and prints 83.39%", () => {
    const full = (15629 / (2000 + 16742)) * 100; // 83.3902465051755…, what the formula cell holds
    const figures = {
      SP01: [2000, null],
      SP02: [16742, null],
      SP03: [15629, null],
      SP04: [full, null],
    } as Record<string, [CellValue, CellValue]>;
    expect(mismatches(withFigures(figures))).toEqual([]); // General: the pack's two places
    expect(mismatches(shown(withFigures(figures), 2))).toEqual([]);
    expect(say(shown(withFigures(figures), 2), "结案率{结案率}")).toBe("结案率83.39%");
    // shown as 83.4 (one place): 83.4 is what the clerk sees and what the figures give
    expect(mismatches(shown(withFigures(figures), 1))).toEqual([]);
  });

  it("a typed 83.4 in a cell shown with two places (83.40) is not 83.39", () => {
    const figures = {
      SP01: [2000, null],
      SP02: [16742, null],
      SP03: [15629, null],
      SP04: [83.4, null],
    } as Record<string, [CellValue, CellValue]>;
    expect(mismatches(withFigures(figures))).toEqual([]); // typed with one place: agrees at one
    expect(mismatches(shown(withFigures(figures), 2)).length).toBe(1);
  });
});
