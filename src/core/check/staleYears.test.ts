import { staleYears } from "./staleYears";

describe("the years a sentence states as its own time", () => {
  it.each([
    "2019年，我院审结案件1200件。",
    "二〇一九年，我局制定规范性文件3件。",
    "2020年全年开展普法活动30场。",
  ])("a past year as the sentence's time is stale: %s", (text) => {
    expect(staleYears(text, 2023).length).toBe(1);
  });

  it.each([
    "自2019年以来，连续四年获评先进单位。",
    "2019年以来累计化解行政争议300余件。",
    "落实《法治政府建设实施纲要（2021—2025年）》。",
    "2021年至2025年规划期内，持续推进。",
    "收案比2019年增长12%。",
    "较2020年同期下降3.1%。",
    "与2019年相比，结案率提高2个百分点。",
    "2019年、2020年、2021年收案数分别为1200件、1300件、1400件。",
    "2023年，我院审结案件1200件。",
    "2022年以来，我院持续深化改革。",
  ])("a reference point or this year is not: %s", (text) => {
    expect(staleYears(text, 2023)).toEqual([]);
  });

  it("last year as a paragraph's opening time is stale", () => {
    expect(staleYears("2022年，我院审结案件1200件。", 2023)).toEqual([2022]);
    expect(staleYears("2022年12月，召开联席会议。", 2023)).toEqual([]);
    expect(staleYears("2022年12月15日，召开联席会议。", 2023)).toEqual([]);
  });
});
