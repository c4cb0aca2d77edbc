import { labelLines } from "./labelLines";

describe("a table label's lines", () => {
  const words = [
    "商业",
    "企业",
    "社会",
    "公益",
    "组织",
    "申请",
    "政府",
    "信息",
    "公开",
    "行政机关",
    "通知",
  ];

  it("a label that fits stays one line", () => {
    expect(labelLines("申请人情况", 8, words)).toEqual(["申请人情况"]);
  });

  it("wraps between the listed words, never inside one", () => {
    expect(labelLines("社会公益组织", 2, words)).toEqual(["社会", "公益", "组织"]);
    expect(labelLines("商业企业", 3, words)).toEqual(["商业", "企业"]);
    expect(
      labelLines(
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        11,
        words,
      ),
    ).toEqual([
      "2.申请人逾期未按收费",
      "通知要求缴纳费用、",
      "行政机关不再处理其政府",
      "信息公开申请",
    ]);
  });

  it("counts a line's closing punctuation inside it: LibreOffice does not let it hang", () => {
    const note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    const together = ["本列", "数据", "勾稽", "关系", "第一项", "第二项", "之和", "等于"];
    expect(labelLines(note, 21, together)).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项",
      "之和，等于第三项加第四项之和）",
    ]);
  });

  it("keeps punctuation off the start of a line and opening brackets off its end", () => {
    const lines = labelLines("（二）部分公开（区分处理的，只计这一情形）", 6, words);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，、。）]/);
    for (const l of lines) expect(l).not.toMatch(/[（“]$/);
    expect(lines.join("")).toBe("（二）部分公开（区分处理的，只计这一情形）");
  });

  it("a column narrower than a word sets it a character a line", () => {
    expect(labelLines("三、本年度办理结果", 1, words)).toEqual([
      "三",
      "、",
      "本",
      "年",
      "度",
      "办",
      "理",
      "结",
      "果",
    ]);
  });
});
