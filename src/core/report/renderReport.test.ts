import { COURT_SAMPLE } from "../../../tests/helpers/paths";
import { docxParagraphs, documentXml } from "../../../tests/helpers/docxText";
import { p, r, templateWith } from "../../../tests/helpers/templates";
import {
  courtPack,
  editSheet,
  engine,
  generateGrid,
  readGrid,
  setValue,
} from "../../../tests/helpers/workbooks";
import { UserError } from "../errors/userError";
import type { WorkbookGrid } from "../grid/grid.types";
import { isTemplateIssue, type Issue } from "../issues/issue.types";
import { issueMessage } from "../messages/render";

let sample: WorkbookGrid;
beforeAll(async () => {
  // the sample with a typed 结案率 and its prior, for the rate forms
  sample = editSheet(await readGrid(COURT_SAMPLE), "审判执行", (rows) => {
    const row = rows.find((x) => x[0] === "SP04");
    if (row) [row[2], row[5]] = [85.57, 86.5];
  });
});

type Outcome =
  | { ok: true; bytes: Uint8Array; markers: number; issues: readonly Issue[] }
  | { ok: false; issues: readonly Issue[] };

/** A template of these paragraphs, checked and rendered (as a draft) through the engine. */
function render(paragraphs: string[], grid: WorkbookGrid = sample): Outcome {
  const pack = courtPack();
  const template = engine.openTemplate(templateWith(pack, paragraphs));
  const g = generateGrid(grid, pack, template, { allowIncomplete: true });
  const issues = g.check.issues.filter(isTemplateIssue);
  return g.ok ? { ok: true, bytes: g.bytes, markers: g.markers, issues } : { ok: false, issues };
}

function text(paragraphs: string[], grid?: WorkbookGrid): string[] {
  const out = render(paragraphs, grid);
  if (!out.ok) throw new Error(out.issues.map((i) => issueMessage(i)).join("\n"));
  return docxParagraphs(out.bytes);
}

describe("template language", () => {
  it("fills Chinese placeholders by metric name or code, with filters", () => {
    expect(
      text([
        p(
          r(
            "新收{新收案件}，结案{SP03}，到位{执行到位金额|约}，精确{执行到位金额}，{新收案件|同比}。",
          ),
        ),
      ]),
    ).toEqual(["新收16742件，结案15629件，到位2000余万元，精确2034.57万元，同比增长5.5%。"]);
  });

  it.each([
    ["{新收案件|数}", "16742"],
    ["{新收案件|数值}", "16742"],
    ["{执行到位金额|约}", "2000余万元"],
    ["{执行到位金额|约数}", "2000余万元"],
    ["{执行到位金额|万}", "2034.57万元"],
    ["{追缴赃款及罚金|亿}", "0.32亿元"],
    ["{追缴赃款及罚金|亿:3}", "0.325亿元"],
    ["{新收案件|同比}", "同比增长5.5%"],
    ["{新收案件|同比:2}", "同比增长5.49%"],
    ["{新收案件|变化}", "比上年同期增加872件，增长5.5%"],
    ["{结案率|变化}", "比上年同期下降0.93个百分点"],
    ["{结案数|占:新收案件}", "93.4%"],
    ["{结案数|占:新收案件,2}", "93.35%"],
    ["{新收案件|上年}", "15870件"],
    ["{新收案件|上年同期}", "15870件"],
    ["{新收案件|上年|约}", "1.5万余件"],
    ["{报告年度|汉字}", "二千零二十三"],
    ["{集中执行|序号:3}", "36."],
    ["{统计截止日期|日期}", "2023年12月15日"],
    ["{统计截止日期|月日}", "12月15日"],
  ])("the form %s gives %s", (tag, want) => {
    expect(text([p(r(tag))])).toEqual([want]);
  });

  it("reads tags that Word split across runs", () => {
    expect(
      text([p(r("全口径新收案件{新"), r("收案"), r("件}，截止{统计截止日期|月"), r("日}"))]),
    ).toEqual(["全口径新收案件16742件，截止12月15日"]);
  });

  it("takes Word's autocorrected punctuation in tags: full-width ｜ and ：", () => {
    expect(text([p(r("{结案率｜同比：1}"))])).toEqual(["同比下降0.9个百分点"]);
  });

  it("loops over narrative items and numbers them", () => {
    expect(text([p(r("{#工作打算.表述}{编号|序号:2}{标题}；{/工作打算.表述}"))])).toEqual([
      "（一）聚焦习近平法治思想学宣贯；（二）聚焦发挥审判职能作用；（三）聚焦推进法治政府建设；",
    ]);
  });

  it("leaves no empty paragraph behind a false condition", () => {
    const paras = [
      p(r("前")),
      p(r("{#成文日期}")),
      p(r("落款{成文日期}")),
      p(r("{/成文日期}")),
      p(r("后")),
    ];
    expect(text(paras)).toEqual(["前", "后"]);
    const dated = editSheet(sample, "报告信息", (rows) => {
      rows.find((x) => x[0] === "成文日期")![1] = "2024年1月20日";
    });
    expect(text(paras, dated)).toEqual(["前", "落款2024年1月20日", "后"]);
  });

  it("writes a visible, highlighted marker for a missing value, never 'undefined'", () => {
    const out = render(
      [p(r("执行到位{执行到位金额|约}。"))],
      setValue(sample, "审判执行", "SP06", null),
    );
    if (!out.ok) throw new Error("refused");
    expect(docxParagraphs(out.bytes)).toEqual(["执行到位【待补充：执行到位金额】。"]);
    expect(out.markers).toBe(1);
    expect(documentXml(out.bytes)).toMatch(
      /<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">【待补充：执行到位金额】/,
    );
    expect(documentXml(out.bytes)).not.toContain("undefined");
  });

  it("marks a missing 上年同期 when 同比 is asked for", () => {
    expect(text([p(r("{集中执行|同比}"))])).toEqual(["【待补充：集中执行（上年同期）】"]);
  });

  it("refuses a template naming something nobody defined, saying which name and where", () => {
    const out = render([p(r("共{审结案件总数}。"))]);
    expect(out.ok).toBe(false);
    expect(out.issues).toHaveLength(1);
    expect(out.issues[0]).toMatchObject({
      code: "TEMPLATE_UNKNOWN_NAME",
      location: { kind: "template", file: "word/document.xml", context: "共{审结案件总数}。" },
      args: { name: "审结案件总数" },
    });
    expect(issueMessage(out.issues[0]!)).toContain("模板正文");
  });

  it("turns a broken tag into one readable issue that says which tag and how to fix it", () => {
    const out = render([p(r("新收{新收案件。结案{结案数}"))]);
    expect(out.ok).toBe(false);
    expect(out.issues.map((i) => i.code)).toContain("TEMPLATE_SYNTAX");
    const msg = out.issues.map((i) => issueMessage(i)).join("\n");
    expect(msg).toMatch(/正文/);
    expect(msg).toMatch(/\{新收案件/);
  });

  it("collects every bad tag, not only the first", () => {
    const out = render([p(r("{#党的领导.表述}")), p(r("{数据|不存在的过滤器}")), p(r("{a b}"))]);
    expect(out.ok).toBe(false);
    expect(out.issues.length).toBeGreaterThanOrEqual(3);
    expect(out.issues.map((i) => issueMessage(i)).join("\n")).toMatch(
      /「不存在的过滤器」不是可用的写法/,
    );
  });

  it("does not honour delimiter changes: one placeholder syntax everywhere", () => {
    const out = render([p(r("{=[[ ]]=}[[新收案件]]"))]);
    expect(out).toMatchObject({ ok: false, issues: [{ code: "TEMPLATE_SYNTAX" }] });
  });

  it("inserts {@…} as text, never as raw XML", () => {
    const grid = editSheet(sample, "报告信息", (rows) => {
      rows.find((x) => x[0] === "导语")![1] = "</w:t></w:r></w:p><w:p><w:r><w:t>injected";
    });
    const out = render([p(r("{@导语}"))], grid);
    if (!out.ok) throw new Error("refused");
    expect(docxParagraphs(out.bytes)).toEqual(["</w:t></w:r></w:p><w:p><w:r><w:t>injected"]);
  });
});

describe("hostile templates execute nothing", () => {
  const hostile = [
    '{constructor.constructor("globalThis.__pwned = 1")()}',
    "{constructor.constructor}",
    "{__proto__.polluted}",
    "{党的领导.__proto__}",
    "{新收案件.constructor}",
    "{toString}",
    "{valueOf}",
    "{hasOwnProperty}",
    '{新收案件|约:"x".constructor}',
    "{#__proto__}{polluted}{/__proto__}",
  ];
  it.each(hostile)("%s", (tag) => {
    const out = render([p(r(tag))]);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (out.ok) {
      const body = docxParagraphs(out.bytes).join("");
      expect(body).not.toMatch(/function|\[object|native code/);
      expect(out.issues.length).toBeGreaterThan(0);
    } else {
      expect(out.issues[0]?.code).toMatch(/^TEMPLATE_/);
    }
  });

  it("a hostile placeholder in a 表述 cell is inert text too", () => {
    const grid = editSheet(sample, "党的领导", (rows) =>
      rows.push([
        null,
        null,
        null,
        null,
        null,
        '{constructor.constructor("globalThis.__pwned = 1")()}',
      ]),
    );
    const out = render([p(r("{#党的领导.表述}{文本}{/党的领导.表述}"))], grid);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    expect(out.ok).toBe(true);
  });
});

describe("unreadable templates", () => {
  it.each([
    ["random bytes", new Uint8Array([1, 2, 3, 4, 5]), "FILE_NOT_ZIP"],
    ["an empty file", new Uint8Array(), "FILE_EMPTY"],
  ])("%s is refused when opened, as a template", (_name, bytes, code) => {
    let thrown: unknown;
    try {
      engine.openTemplate(bytes);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect(thrown).toMatchObject({ code, args: { role: "template" } });
  });
});

describe("the report's document properties", () => {
  it("carry the title as printed and the unit as author, not the pack's or the product's", async () => {
    const PizZip = (await import("pizzip")).default;
    const { courtTemplate } = await import("../../../tests/helpers/workbooks");
    const made = generateGrid(sample, courtPack(), courtTemplate(), { allowIncomplete: true });
    if (!made.ok) throw new Error("not generated");
    const core = new PizZip(made.bytes).file("docProps/core.xml")?.asText() ?? "";
    expect(core).toContain("<dc:title>东营区人民法院2023年度法治政府建设情况报告</dc:title>");
    expect(core).toContain("<dc:creator>东营区人民法院</dc:creator>");
    expect(core).not.toContain("报告助手");
    expect(core).not.toContain(courtPack().title);
  });
});
