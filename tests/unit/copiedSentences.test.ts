import type { WorkbookGrid } from "../../src/core/grid/grid.types";
import { unitMatcher, unitShape } from "../../src/core/check/unitMentions";
import { issueMessage } from "../../src/core/messages/render";
import { COURT_SAMPLE } from "../helpers/paths";
import { checkCourt, editSheet, readGrid, setInfo, statementRow } from "../helpers/workbooks";

/**
 * The shortcut every office takes: copy another unit's (or last year's) workbook and change the
 * figures. Whatever of the other unit's words survive must be pointed at, cell by cell.
 */
let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(COURT_SAMPLE);
});

/** Every cell of the workbook whose text matches, as "sheet!A1". */
function cellsWhere(grid: WorkbookGrid, test: (text: string) => boolean): string[] {
  const out: string[] = [];
  for (const s of grid.sheets)
    s.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (typeof v === "string" && test(v))
          out.push(`${s.name}!${String.fromCharCode(65 + c)}${r + 1}`);
      }),
    );
  return out.sort();
}

describe("the court sample copied by 河口区人民法院 for 2024", () => {
  const copied = () => setInfo(setInfo(sample, "单位名称", "河口区人民法院"), "报告年度", 2024);
  const named = (grid: WorkbookGrid) =>
    checkCourt(grid)
      .issues.filter((i) => i.code === "OTHER_UNIT_NAMED")
      .map((i) => (i.location.kind === "cell" ? `${i.location.sheet}!${i.location.cell}` : ""))
      .sort();

  it("warns at every sentence that names 东营区法院, and at no other", () => {
    const grid = copied();
    const expected = cellsWhere(grid, (t) => /东营区(人民)?法院/.test(t));
    expect(expected.length).toBeGreaterThan(0);
    expect(named(grid)).toEqual(expected);
  });

  it("says so in the clerk's words, naming both units", () => {
    const [i] = checkCourt(copied()).issues.filter((x) => x.code === "OTHER_UNIT_NAMED");
    const zh = issueMessage(i!);
    expect(zh).toContain("「东营区法院」");
    expect(zh).toContain("「河口区人民法院」");
  });

  it("the superior court and partner bodies are not another unit", () => {
    const grid = copied();
    const superior = cellsWhere(
      grid,
      (t) => /市法院|河务局|派出所/.test(t) && !/东营区(人民)?法院/.test(t),
    );
    expect(superior.length).toBeGreaterThan(0);
    for (const cell of superior) expect(named(grid)).not.toContain(cell);
  });

  it("the sample as it is, for its own unit, names no other unit", () => {
    expect(named(sample)).toEqual([]);
  });
});

describe("unit names", () => {
  it.each<[string, string, string, string]>([
    ["河口区人民法院", "河口", "区", "人民法院"],
    ["东营市河口区人民法院", "河口", "区", "人民法院"],
    ["东营市中级人民法院", "东营", "市", "中级人民法院"],
    ["示例区市场监督管理局", "示例", "区", "市场监督管理局"],
    ["杭州市西湖区司法局", "西湖", "区", "司法局"],
  ])("%s → %s | %s | %s", (name, place, level, body) => {
    expect(unitShape(name)).toEqual({ place, level, body });
  });

  it("finds peers of the same kind and level, not the unit's own forms", () => {
    const m = unitMatcher("河口区人民法院")!;
    expect(m.others("东营区法院创建“法润新枫”法庭品牌，垦利县人民法院审结案件7件")).toEqual([
      "东营区法院",
      "垦利县人民法院",
    ]);
    expect(
      m.others("河口区法院、东营市河口区人民法院、本院、我院、市法院、省法院、各区法院"),
    ).toEqual([]);
  });

  it("finds a court's peers by their short names, and no court that is not a place", () => {
    expect(unitMatcher("河口区人民法院")!.others("垦利法院创新推出“一案一评”机制")).toEqual([
      "垦利法院",
    ]);
    expect(unitMatcher("滨州市中级人民法院")!.others("学习借鉴东营中院的经验")).toEqual([
      "东营中院",
    ]);
    expect(
      unitMatcher("河口区人民法院")!.others(
        "在上级法院指导下，基层法院、兄弟法院、各级法院和人民法院来到法院。河口法院",
      ),
    ).toEqual([]);
  });

  it("the unit's own generic name after a verb or connective is its own", () => {
    expect(unitMatcher("河口区人民法院")!.others("协助区法院开展巡回审判，向区法院报告")).toEqual(
      [],
    );
    expect(unitMatcher("示例区人民政府")!.others("在区委区政府坚强领导下")).toEqual([]);
    // what a report says is done to the unit's own portal: 优化县政府门户网站 is no 优化县
    const county = unitMatcher("青山县人民政府")!;
    for (const said of [
      "持续优化县政府门户网站政府信息公开专栏",
      "完善县政府门户网站栏目设置",
      "进一步规范县政府文件发布流程",
      "及时在县政府门户网站公开",
    ])
      expect([said, county.others(said)]).toEqual([said, []]);
    // a copied sentence naming another county's government is still found
    expect(county.others("持续优化东山县人民政府门户网站")).toEqual(["东山县人民政府"]);
  });

  it("a peer named as a partner (与…联合, 会同…共建) is named on purpose", () => {
    const m = unitMatcher("河口区人民法院")!;
    expect(m.others("与垦利区法院联合开展专项执行行动")).toEqual([]);
    expect(m.others("会同东营区法院、垦利县人民法院开展联学共建")).toEqual([]);
  });

  it("places ending in 州 are places, not levels", () => {
    expect(unitShape("扬州市中级人民法院")).toEqual({
      place: "扬州",
      level: "市",
      body: "中级人民法院",
    });
    expect(unitShape("郑州市金水区人民法院")).toEqual({
      place: "金水",
      level: "区",
      body: "人民法院",
    });
    expect(unitMatcher("扬州市中级人民法院")!.others("苏州市中级人民法院的做法")).toEqual([
      "苏州市中级人民法院",
    ]);
  });

  it("for a department, other departments of the same government are partners", () => {
    const m = unitMatcher("示例区市场监督管理局")!;
    expect(m.others("会同区司法局、区公安分局开展联合执法")).toEqual([]);
    expect(m.others("学习借鉴某某区市场监督管理局的做法")).toEqual(["某某区市场监督管理局"]);
  });
});

describe("stale years", () => {
  const withStatement = (text: string, year: number) =>
    setInfo(
      editSheet(sample, "党的领导", (rows) => rows.push(statementRow(text))),
      "报告年度",
      year,
    );
  const stale = (text: string, year: number) =>
    checkCourt(withStatement(text, year)).issues.filter((i) => i.code === "YEAR_STALE");

  it("a year before last is stale; this year, last year, plan periods and the future are not", () => {
    expect(stale("2022年，我院持续推进。", 2024)).toHaveLength(1);
    // a period since a year, or a comparison with one, is a reference point
    expect(stale("2022年以来持续推进，收案比2021年增长12%。", 2024)).toEqual([]);
    expect(stale("2024年全面推进，2023年打下基础。", 2024)).toEqual([]);
    expect(stale("落实《法治政府建设实施纲要（2021—2025年）》和2021-2025年规划。", 2024)).toEqual(
      [],
    );
    expect(stale("到2035年基本建成法治国家。", 2024)).toEqual([]);
    expect(stale("执结2019件。", 2024)).toEqual([]);
  });
});
