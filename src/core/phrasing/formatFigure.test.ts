import { formatFigure } from "./formatQuantity";

describe("a plain placeholder writes a figure as published reports do", () => {
  it.each<[number, string, "余" | null, "万" | "亿" | undefined, string]>([
    // exact amounts of 1亿元 or more in 亿元, two decimals at most, no trailing zeros
    [13526.8, "万元", null, undefined, "1.35亿元"],
    [2034567.89, "万元", null, undefined, "203.46亿元"],
    [30000, "万元", null, undefined, "3亿元"],
    [2034.57, "万元", null, undefined, "2034.57万元"],
    // approximate: 余 never after a run of zeros
    [13000, "万元", "余", undefined, "1.3亿余元"],
    [2000, "万元", "余", undefined, "2000余万元"],
    [160, "亿元", "余", undefined, "160余亿元"],
    // counts of 10万 or more in 万
    [153456, "件", null, undefined, "15.35万件"],
    [16742, "件", null, undefined, "16742件"],
    [40, "次", "余", undefined, "40余次"],
    // the magnitude the clerk typed is kept
    [120000, "人次", "余", "万", "12万余人次"],
    [32000, "人次", null, "万", "3.2万人次"],
    [13000, "万元", "余", "亿", "1.3亿余元"],
    // rates are never scaled
    [85.57, "%", null, undefined, "85.57%"],
  ])("%d %s (%s, typed %s) → %s", (value, unit, approx, scale, shown) => {
    expect(formatFigure({ value, unit, approx, ...(scale ? { scale } : {}) })).toBe(shown);
  });
});
