import { compareYearOnYear } from "./compareYearOnYear";
import { headingOrdinal, toChineseNumeral } from "./chineseNumerals";
import { formatApproximate, formatQuantity, formatScaled } from "./formatQuantity";
import { formatFullDate } from "./formatDate";

describe("formatApproximate: 余 after the last round place", () => {
  it.each([
    [20_345_678, "元", "2000余万元"],
    [16_045_678_901, "元", "160余亿元"],
    [46, "次", "40余次"],
    [46, "", "40余"],
    [153_456, "", "15万余"],
    [153_456, "件", "15万余件"],
    [12_345, "人次", "1.2万余人次"],
    [46_345_678, "件", "4600余万件"],
    [2034.57, "万元", "2000余万元"],
    [3245.6, "万元", "3200余万元"],
    [153, "件", "150余件"],
  ])("%p %s → %s", (value, unit, text) => {
    expect(formatApproximate(value, unit)).toBe(text);
  });
  it("keeps small and exact round figures exact", () => {
    expect(formatApproximate(7, "次")).toBe("7次");
    expect(formatApproximate(40, "次")).toBe("40次");
    expect(formatApproximate(20_000_000, "元")).toBe("2000万元");
  });
});

describe("formatQuantity: the figure as given", () => {
  it("writes exact figures with their unit and no separators", () => {
    expect(formatQuantity({ value: 16742, unit: "件", approx: null })).toBe("16742件");
    expect(formatQuantity({ value: 2034.57, unit: "万元", approx: null })).toBe("2034.57万元");
  });
  it("places the approximation mark where reports put it", () => {
    expect(formatQuantity({ value: 2000, unit: "万元", approx: "余" })).toBe("2000余万元");
    expect(formatQuantity({ value: 15, unit: "万件", approx: "余" })).toBe("15万余件");
    expect(formatQuantity({ value: 40, unit: "次", approx: "余" })).toBe("40余次");
    expect(formatQuantity({ value: 30, unit: "万件", approx: "近" })).toBe("近30万件");
  });
});

describe("formatScaled", () => {
  it("scales exactly to 万 and 亿", () => {
    expect(formatScaled(20_345_700, "元", "万")).toBe("2034.57万元");
    expect(formatScaled(11_003_000, "件", "万", 1)).toBe("1100.3万件");
    expect(formatScaled(16_045_678_901, "元", "亿")).toBe("160.46亿元");
  });
});

describe("compareYearOnYear", () => {
  it("writes growth and decline in per cent, sign in the verb", () => {
    expect(compareYearOnYear(112.5, 100, { isRate: false }).text).toBe("同比增长12.5%");
    expect(compareYearOnYear(91.7, 100, { isRate: false }).text).toBe("同比下降8.3%");
    expect(compareYearOnYear(95, 100, { isRate: false }).text).not.toContain("-");
  });
  it("says 持平 when the change rounds to zero", () => {
    expect(compareYearOnYear(100, 100, { isRate: false }).text).toBe("与上年同期持平");
    expect(compareYearOnYear(100.01, 100, { isRate: false }).text).toBe("与上年同期持平");
  });
  it("writes rate changes in percentage points", () => {
    expect(compareYearOnYear(96.5, 94.4, { isRate: true }).text).toBe("同比提高2.1个百分点");
    expect(compareYearOnYear(85.57, 86.29, { isRate: true }).text).toBe("同比下降0.72个百分点");
  });
  it("falls back to an absolute change when last year was zero", () => {
    expect(compareYearOnYear(5, 0, { isRate: false, unit: "件" }).text).toBe("同比增加5件");
  });
});

describe("Chinese numerals and heading ordinals", () => {
  it.each([
    [1, "一"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [101, "一百零一"],
    [110, "一百一十"],
    [12345, "一万二千三百四十五"],
    [10005, "一万零五"],
  ])("%p → %s", (n, s) => expect(toChineseNumeral(n)).toBe(s));
  it("numbers headings by level: 一、 （一） 1. （1）", () => {
    expect([1, 2, 3, 4].map((l) => headingOrdinal(3, l as 1 | 2 | 3 | 4))).toEqual([
      "三、",
      "（三）",
      "3.",
      "（3）",
    ]);
  });
  it("writes dates the GB/T 9704 way", () => {
    expect(formatFullDate({ y: 2026, m: 1, d: 5 })).toBe("2026年1月5日");
  });
});

describe("rounding at the edges", () => {
  it("a change too small to show is 持平, not a decline (numbers printed in exponent form)", () => {
    expect(compareYearOnYear(1.0000003, 1, { isRate: true }).text).toBe("与上年同期持平");
    expect(compareYearOnYear(100.00000003, 100, { isRate: false }).text).toBe("与上年同期持平");
  });
});
