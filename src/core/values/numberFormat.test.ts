import {
  builtinFormatDecimals,
  builtinFormatKind,
  classifyFormatCode,
  formatDecimals,
} from "./numberFormat";

describe("number formats, as the clerk sees the number", () => {
  it.each([
    ["0.00%", "percent"],
    ["0%", "percent"],
    ["#,##0.0%;[Red]-#,##0.0%", "percent"],
    ["0.00\\%", "plain"],
    ['0.00"%"', "plain"],
    ['0"%"', "plain"],
    ["General", "plain"],
    ["@", "plain"],
    ["0.00", "plain"],
    ["#,##0", "plain"],
    ['#,##0"件"', "plain"],
    ["yyyy/m/d", "date"],
    ['yyyy"年"m"月"d"日"', "date"],
    ["yyyy年m月d日", "date"],
    ['m"月"d"日"', "date"],
    ["[$-804]yyyy年m月d日", "date"],
    ["mm-dd-yy", "date"],
    ["d-mmm", "date"],
    ["h:mm", "plain"],
    ["[h]:mm:ss", "plain"],
    ["mm:ss", "plain"],
    ['[Red]0.00;"负"0.00', "plain"],
    ["0.00E+00", "plain"],
    ['"截至"yyyy"年"', "date"],
  ])("%s is %s", (code, kind) => {
    expect(classifyFormatCode(code)).toBe(kind);
  });

  it("knows Excel's built-in ids, East Asian dates included", () => {
    expect([9, 10].map(builtinFormatKind)).toEqual(["percent", "percent"]);
    expect([14, 22, 27, 31, 57, 58].map(builtinFormatKind)).toEqual(Array(6).fill("date"));
    expect([0, 1, 2, 3, 4, 18, 20, 32, 49].map(builtinFormatKind)).toEqual(Array(9).fill("plain"));
  });

  it.each([
    ["General", null],
    ["@", null],
    ["0", 0],
    ["0.00", 2],
    ["#,##0.0", 1],
    ["0.00%", 2],
    ["0%", 0],
    ['0.0"%"', 1],
    ["0.00\\%", 2],
    ['#,##0.00"万元";[Red]-#,##0.00', 2],
    ["0.0##", 3],
    ["0.00E+00", 2],
    ['"第"0"名"', 0],
    ["yyyy/m/d", null],
    ['"合计"', null],
  ])("%s shows %s decimals", (code, decimals) => {
    expect(formatDecimals(code)).toBe(decimals);
  });

  it("knows the decimals of Excel's built-in ids", () => {
    expect([0, 1, 2, 3, 4, 9, 10, 14, 49].map(builtinFormatDecimals)).toEqual([
      null,
      0,
      2,
      0,
      2,
      0,
      2,
      null,
      null,
    ]);
  });
});
