import Lexer from "docxtemplater/js/lexer.js";
import TxtTemplater from "docxtemplater/js/text.js";
import fc from "fast-check";
import { COURT_SAMPLE } from "../../../tests/helpers/paths";
import {
  checkGrid,
  courtPack,
  courtTemplate,
  editSheet,
  generateGrid,
  readGrid,
  statementRow,
} from "../../../tests/helpers/workbooks";
import type { WorkbookGrid } from "../grid/grid.types";
import { readDocxParagraphs } from "../docx/readDocxParagraphs";
import { unwrapMarkers } from "../report/highlightMarkers";
import { CellTextRuntime, lexPlainBraces, type CompiledText } from "./cellTextRuntime";
import { problemsFromXtError } from "./syntaxProblems";
import { createTagParser, newSession, unknownNameGetter, type RenderSession } from "./tagParser";
import { DayValue, MetricValue, type TemplateValue } from "./templateValues";

/** One runtime, as one report scope has, for the texts of these tests. */
const runtime = new CellTextRuntime();
const compileCellText = (text: string) => runtime.compile(text);
const renderCellText = (compiled: CompiledText, session: RenderSession) =>
  runtime.render(compiled, session);
const cellTextWriter = (root: RenderSession["root"]) => runtime.writer(root);

const def = {
  code: "SP02",
  name: "新收案件",
  unit: "件",
  kind: "count" as const,
  category: "trial",
  definition: "",
  required: true,
};
const data: Record<string, TemplateValue> = {
  新收案件: new MetricValue(
    def,
    { kind: "number", value: 16742, approx: null },
    { kind: "number", value: 15870, approx: null },
  ),
  零: new MetricValue(
    { ...def, name: "零" },
    { kind: "number", value: 0, approx: null },
    { kind: "missing" },
  ),
  空: new MetricValue({ ...def, name: "空" }, { kind: "missing" }, { kind: "missing" }),
  成文日期: new DayValue({ y: 2024, m: 3, d: 15 }),
  单位名称: "测试区人民法院",
};
const render = (text: string) =>
  unwrapMarkers(renderCellText(compileCellText(text), newSession(data)));

describe("cell text speaks the template language", () => {
  it("fills placeholders, with forms", () => {
    expect(render("新收{新收案件}，{新收案件|同比}")).toBe("新收16742件，同比增长5.5%");
  });

  it("keeps a clause only when its figure exists and is not zero", () => {
    expect(render("{#新收案件}收案{新收案件}，{/新收案件}结束")).toBe("收案16742件，结束");
    expect(render("{#零}审结{零}，{/零}结束")).toBe("结束");
    expect(render("{#空}审结{空}，{/空}结束")).toBe("结束");
    expect(render("{^空}暂无数据{/空}")).toBe("暂无数据");
  });

  it("has the signature condition of the Word template: {#成文日期}落款{成文日期}{/成文日期}", () => {
    expect(render("{#成文日期}落款{成文日期}{/成文日期}")).toBe("落款2024年3月15日");
  });

  it("reads full-width braces typed with a Chinese input method", () => {
    expect(render("新收｛新收案件｝")).toBe("新收16742件");
    expect(render("｛新收案件｜同比：0｝")).toBe("同比增长5%");
  });

  it("marks a gap and an unknown name visibly, and says which", () => {
    const session = newSession(data);
    const out = unwrapMarkers(renderCellText(compileCellText("收案{空}，{不存在}"), session));
    expect(out).toBe("收案【待补充：空】，【未知字段：不存在】");
    expect(session.gaps.map((g) => [g.gap.label, g.gap.metric])).toEqual([["空", "SP02"]]);
  });

  it("reports broken tags with docxtemplater's reasons", () => {
    const reasons = (t: string) => compileCellText(t).problems.map((p) => p.reason);
    expect(reasons("a{b")).toEqual(["unclosed_tag"]);
    expect(reasons("a}b")).toEqual(["unopened_tag"]);
    expect(reasons("{{x}}")).toContain("duplicate_open_tag");
    expect(reasons("{#新收案件}x")).toEqual(["unclosed_loop"]);
    expect(reasons("{#新收案件}x{/空}")).toEqual(["closing_tag_does_not_match_opening_tag"]);
    expect(reasons("{新收案件|不存在}")).toEqual(["unknown_filter"]);
    expect(reasons("{}")).toEqual(["empty"]);
  });

  it("renders plain-placeholder texts exactly as docxtemplater's TxtTemplater does", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "{新收案件}",
        "{新收案件|同比}",
        "{单位名称}",
        "{不存在}",
        "{空}",
        "{ 新收案件 }",
        "{新收案件|约}",
      ),
      fc.string({ maxLength: 6 }).map((s) => s.replace(/[{}｛｝]/g, "")),
      fc.constantFrom("，", "。", "件", " ", "\n"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        const holder = { session: newSession(data) };
        const reference = new TxtTemplater(text, {
          parser: createTagParser(holder),
          nullGetter: unknownNameGetter,
          syntax: { changeDelimiterPrefix: null },
        }).render(data);
        expect(renderCellText(compileCellText(text), newSession(data))).toBe(reference);
      }),
      { numRuns: 300 },
    );
  });
});

describe("texts with sections, compiled once per shape", () => {
  const piece = fc.oneof(
    fc.constantFrom(
      "{#新收案件}",
      "{/新收案件}",
      "{^空}",
      "{/空}",
      "{#空}",
      "{新收案件}",
      "{新收案件|同比}",
      "{单位名称}",
      // a cell can hold U+0001 (Excel writes _x0001_): in a tag, or in the words
      "{\u00010}",
      "\u00010\u0001",
    ),
    fc.string({ maxLength: 5 }).map((s) => s.replace(/[{}｛｝]/g, "")),
    fc.constantFrom("，全年", "。", "件", " ", "\n", "案件"),
  );

  it("renders, and fails, exactly as docxtemplater does with the text itself", () => {
    let rendered = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }), (pieces) => {
        const text = `{#新收案件}${pieces.join("")}`;
        const holder = { session: newSession(data) };
        let reference: string | null = null;
        let problems: unknown = null;
        try {
          reference = new TxtTemplater(text, {
            parser: createTagParser(holder),
            nullGetter: unknownNameGetter,
            syntax: { changeDelimiterPrefix: null },
          }).render(data);
        } catch (e) {
          problems = problemsFromXtError(e);
        }
        const compiled = compileCellText(text);
        if (reference === null) expect(compiled.problems).toEqual(problems);
        else {
          rendered += 1;
          expect(compiled.problems).toEqual([]);
          expect(renderCellText(compiled, newSession(data))).toBe(reference);
        }
      }),
      { numRuns: 1000 },
    );
    // both ways are reached: texts that render, texts whose sections do not close
    expect(rendered).toBeGreaterThan(30);
  });

  it("writes many texts of one shape as each would be written alone", () => {
    const write = cellTextWriter(data);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }), (pieces) => {
        const compiled = compileCellText(`{#新收案件}${pieces.join("")}`);
        if (compiled.problems.length > 0) return;
        expect(write(compiled)).toBe(renderCellText(compiled, newSession(data)));
      }),
      { numRuns: 500 },
    );
    // a value holding the slot character cannot mark a slot: such texts are written one by one
    const odd = { ...data, 单位名称: "测试\u0001区\u00010\u0001法院" };
    const text = "{#新收案件}本院{单位名称}全年{新收案件}{/新收案件}";
    const one = compileCellText(text);
    const other = compileCellText(text.replace("全年", "今年"));
    const writeOdd = cellTextWriter(odd);
    expect(writeOdd(one)).toBe(renderCellText(one, newSession(odd)));
    expect(writeOdd(other)).toBe(renderCellText(other, newSession(odd)));
    expect(writeOdd(other)).toContain("今年");
  });

  it("shares one compile among texts that differ only in their words", () => {
    const a = compileCellText("{#新收案件}全年新收{新收案件}，{新收案件|同比}。{/新收案件}");
    const b = compileCellText("{#新收案件}今年受理{新收案件}，{新收案件|同比}！{/新收案件}");
    expect(a.sections?.template).toBe(b.sections?.template);
    expect(renderCellText(b, newSession(data))).toMatch(/^今年受理.+！$/);
  });
});

describe("the short way for plainly paired braces", () => {
  const lexer = (text: string) =>
    Lexer.parseDelimiters(
      [{ value: text, lIndex: 0 }],
      { start: "{", end: "}" },
      {
        changeDelimiterPrefix: null,
        preserveNewlinesInTags: false,
        allowUnopenedTag: false,
        allowUnclosedTag: false,
        allowUnbalancedLoops: false,
      },
    );

  it("splits a text exactly as docxtemplater's lexer does, and declines every text it would fault", () => {
    const piece = fc.oneof(
      fc.constantFrom("{", "}", "{新收案件}", "{#空}", "{/空}", "{}", "|", " ", "中", "a"),
      fc.string({ maxLength: 4 }),
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join("");
        const short = lexPlainBraces(text);
        const { parsed, errors } = lexer(text);
        if (short === null) return;
        taken += 1;
        expect(errors).toEqual([]);
        expect(short).toEqual(parsed[0] ?? []);
      }),
      { numRuns: 2000 },
    );
    // the generator reaches both ways
    expect(taken).toBeGreaterThan(200);
    expect(lexPlainBraces("完成{新收案件}件")).not.toBeNull();
    expect(lexPlainBraces("{新收案件")).toBeNull();
    expect(lexPlainBraces("{{新收案件}}")).toBeNull();
    expect(lexPlainBraces("新收案件}")).toBeNull();
  });
});

describe("a 表述 cell with a condition, through the engine", () => {
  let sample: WorkbookGrid;
  beforeAll(async () => {
    sample = await readGrid(COURT_SAMPLE);
  });

  it("{#成文日期}落款{成文日期}{/成文日期} works in a 表述 as in Word", () => {
    const add = (date: string | null) =>
      editSheet(
        editSheet(sample, "报告信息", (rows) => {
          rows.find((r) => r[0] === "成文日期")![1] = date;
        }),
        "存在问题",
        (rows) => rows.push(statementRow("{#成文日期}落款{成文日期}{/成文日期}")),
      );
    const pack = courtPack();
    const template = courtTemplate();
    const statements = (grid: WorkbookGrid) => {
      const { scope } = checkGrid(grid, pack, template);
      const problems = scope.reportData()["存在问题"] as { 表述: Array<{ 文本: string }> };
      return problems.表述.map((i) => unwrapMarkers(i.文本));
    };
    const signed = checkGrid(add("2024年3月15日"), pack, template);
    expect(statements(add("2024年3月15日"))).toContain("落款2024年3月15日。");
    expect(
      signed.result.issues.filter((i) => i.code !== "METRIC_UNUSED" && i.severity !== "note"),
    ).toEqual([]);
    const unsigned = checkGrid(add(null), pack, template);
    // the statement's only clause fell away: it is not among the category's statements
    expect(statements(add(null))).toHaveLength(1);
    // a statement whose only clause is dropped leaves no empty paragraph in the report
    const g = generateGrid(add(null), pack, template, { allowIncomplete: false });
    expect(g.ok && readDocxParagraphs(g.bytes).some((p) => p.text === "" && p.style === "")).toBe(
      false,
    );
    expect(unsigned.result.issues.filter((i) => i.code.startsWith("PLACEHOLDER"))).toEqual([]);
  });
});
