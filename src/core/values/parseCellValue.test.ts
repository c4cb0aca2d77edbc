import { parseCellValue } from "./parseCellValue";
import { convertUnit } from "./units";
import { dateFromExcelSerial, parseDateText } from "./excelDate";

const num = (value: number, approx: string | null = null, unit: string | null = null) => ({
  kind: "number",
  value,
  approx,
  unit,
});

describe("parseCellValue: the value forms staff type", () => {
  it.each([
    [16742, num(16742)],
    ["16742", num(16742)],
    ["１６７４２", num(16742)],
    ["16,742", num(16742)],
    ["１６，７４２件", num(16742, null, "件")],
    ["16742件", num(16742, null, "件")],
    ["40余", num(40, "余")],
    ["40余次", num(40, "余", "次")],
    ["2000余万元", num(2000, "余", "万元")],
    ["15万余件", num(15, "余", "万件")],
    ["2000多万元", num(2000, "多", "万元")],
    ["约30人", num(30, "约", "人")],
    ["近30万件", num(30, "近", "万件")],
    ["95.2%", num(95.2, null, "%")],
    ["９５．２％", num(95.2, null, "%")],
    ["-5", num(-5)],
    [" 7 ", num(7)],
    ["7\u200b", num(7)],
  ])("%p", (input, expected) => {
    expect(parseCellValue(input)).toEqual(expected);
  });

  it.each(["", "—", "-", "/", "——", null, undefined])("%p is missing", (input) => {
    expect(parseCellValue(input)).toEqual({ kind: "missing" });
  });

  it("reads 不适用 as explicitly not applicable", () => {
    expect(parseCellValue("不适用")).toEqual({ kind: "notApplicable" });
  });

  it("keeps error values apart from text", () => {
    expect(parseCellValue({ error: "#REF!" })).toEqual({ kind: "error", code: "#REF!" });
    expect(parseCellValue("#DIV/0!")).toEqual({ kind: "error", code: "#DIV/0!" });
  });

  it.each(["很多", "1,23", "46次（含线上）", "12-15", "abc"])(
    "%p is text, not a number",
    (input) => {
      expect(parseCellValue(input).kind).toBe("text");
    },
  );

  it("passes dates through", () => {
    expect(parseCellValue({ date: { y: 2023, m: 12, d: 15 } })).toEqual({
      kind: "date",
      date: { y: 2023, m: 12, d: 15 },
    });
  });
});

describe("units", () => {
  it("converts between scales of the same base unit", () => {
    expect(convertUnit(20345678, "元", "万元")).toBe(2034.5678);
    expect(convertUnit(2000, "万元", "万元")).toBe(2000);
    expect(convertUnit(1.6, "亿元", "万元")).toBe(16000);
    expect(convertUnit(15, "万件", "件")).toBe(150000);
    expect(convertUnit(2000, "万", "元")).toBe(20000000);
    expect(convertUnit(5, null, "件")).toBe(5);
  });
  it("refuses units that measure different things", () => {
    expect(convertUnit(5, "人", "件")).toBeNull();
    expect(convertUnit(5, "千克", "元")).toBeNull();
  });
});

describe("dates", () => {
  it("reads Excel serials in the 1900 system, past the phantom 1900-02-29", () => {
    expect(dateFromExcelSerial(45275)).toEqual({ y: 2023, m: 12, d: 15 });
    expect(dateFromExcelSerial(1)).toEqual({ y: 1900, m: 1, d: 1 });
    expect(dateFromExcelSerial(61)).toEqual({ y: 1900, m: 3, d: 1 });
  });
  it.each([
    ["2023年12月15日", { y: 2023, m: 12, d: 15 }],
    ["2023-12-15", { y: 2023, m: 12, d: 15 }],
    ["2023/12/15", { y: 2023, m: 12, d: 15 }],
    ["2023.12.15", { y: 2023, m: 12, d: 15 }],
    ["20231215", { y: 2023, m: 12, d: 15 }],
  ])("reads %p", (text, date) => {
    expect(parseDateText(text)).toEqual(date);
  });
  it("takes the report year for 12月15日 and rejects impossible days", () => {
    expect(parseDateText("12月15日", 2023)).toEqual({ y: 2023, m: 12, d: 15 });
    expect(parseDateText("2023年2月30日")).toBeNull();
  });
});
