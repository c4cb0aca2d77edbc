import { DEFAULT_NO_BREAK, textWidth, titleLines } from "../../src/core/docx/titleBreaks";
import { TITLE_CHARS_PER_LINE } from "../../src/core/docx/officialFormat";

/**
 * A long report title breaks only after the unit's name, before 关于 or between words — never
 * inside the name or a term — in lines as even as the text allows (GB/T 9704 §7.3.1).
 */
const UNITS = [
  "某县司法局",
  "某县人民法院",
  "示例区市场监督管理局",
  "东营市河口区人民法院",
  "某市自然资源和规划局",
  "某县住房和城乡建设局",
  "某区人力资源和社会保障局",
  "某市生态环境局某某分局",
  "某自治县农业农村局",
  "某市中级人民法院",
  "某区卫生健康委员会",
  "某县应急管理局",
  "某市公安局交通警察支队",
  "某区退役军人事务局",
  "某县教育和体育局",
  "某市城市管理综合行政执法局",
  "某区发展和改革局",
  "某县林业和草原局",
  "某市医疗保障局",
  "某旗文化旅游体育局",
];
const NO_BREAK = ["法治政府建设", "建设情况", "年度报告"];

describe.each(UNITS)("%s关于2024年度法治政府建设情况的报告", (unit) => {
  const title = `${unit}关于2024年度法治政府建设情况的报告`;
  const lines = titleLines(title, { unitName: unit, noBreak: NO_BREAK });

  it("keeps every line within the type area, and no text lost", () => {
    expect(lines.join("")).toBe(title);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    expect(lines.length).toBe(Math.max(1, Math.ceil(textWidth(title) / TITLE_CHARS_PER_LINE)));
  });

  it("splits neither the unit's name nor a term nor a year", () => {
    let at = 0;
    for (const l of lines.slice(0, -1)) {
      at += l.length;
      for (const term of [unit, ...DEFAULT_NO_BREAK, ...NO_BREAK, "2024年度", "关于"]) {
        for (let i = title.indexOf(term); i >= 0; i = title.indexOf(term, i + 1))
          if (at > i && at < i + term.length)
            throw new Error(`“${term}” split: ${lines.join(" / ")}`);
      }
    }
  });

  it("makes lines as even as the breaks allow, the upper no longer than the lower when it can", () => {
    if (lines.length < 2) return;
    const widths = lines.map(textWidth);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(8);
  });
});

it("a short title stays on one line", () => {
  expect(titleLines("2023年度法治政府建设情况报告")).toEqual(["2023年度法治政府建设情况报告"]);
});

it("the sample's title breaks after 关于, in even lines", () => {
  expect(
    titleLines("示例区市场监督管理局关于2024年度法治政府建设情况的报告", {
      unitName: "示例区市场监督管理局",
      noBreak: NO_BREAK,
    }),
  ).toEqual(["示例区市场监督管理局关于", "2024年度法治政府建设情况的报告"]);
});
