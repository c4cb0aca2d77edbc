/**
 * Years a sentence states as its own time, for YEAR_STALE: a sentence copied from an old report
 * says "2019年，我院…" — while a current one may well name past years as reference points. Not
 * stale: a period since a year (自2019年以来, 2019年以来, 2019年至今, 2019年起), a span (2021—2025年,
 * 2021年至2025年, 2019年到2023年), a comparison (比2019年, 较2019年, 与2019年相比, 2019年同期), a
 * trend over several years (2019年、2020年…, 连续), a plan or a law named by its years (“十四五”,
 * 《…（2021—2025年）》). Years in Chinese numerals (二〇一九年) read as years. A paragraph that opens
 * with last year as its time ("2022年，…" in a 2023 report) is stale as well (not "2022年12月…":
 * a statistical year often starts in last December).
 */

const DIGIT: Readonly<Record<string, string>> = {
  〇: "0",
  零: "0",
  Ｏ: "0",
  O: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** 二〇一九年 → 2019年 (only runs of four numeral digits before 年). */
function arabicYears(text: string): string {
  return text.replace(/([〇零ＯO一二三四五六七八九]{4})(?=\s*年)/gu, (run) =>
    [...run].map((c) => DIGIT[c] ?? c).join(""),
  );
}

const Y = "(?:19|20)\\d{2}";
/** spans and lists of years: taken out before single years are read */
const SPAN = new RegExp(
  `${Y}\\s*年?\\s*(?:[—–\\-~～－]{1,2}|至|到)\\s*${Y}\\s*年?|${Y}\\s*年?(?:\\s*[、和及与]\\s*${Y}\\s*年?)+`,
  "gu",
);
const YEAR = new RegExp(`(?<!\\d)(${Y})\\s*年`, "gu");
/** what before a year makes it a reference point */
const BEFORE = /(?:自|从|比|较|与|同|和|于|截至|截止|对比|相比|超过|高于|低于|近|连续)\s*$/u;
/** what after "NNNN年" makes it a reference point */
const AFTER =
  /^\s*(?:以来|来|至今|起|以后|之后|后|以前|之前|前|同期|相比|水平|底数|基数|为基期|时|度?的|度?相比)/u;

/** The years a sentence states as its own time, before `year - 1` (and last year at its opening). */
export function staleYears(text: string, year: number): number[] {
  if (!text.includes("年") || !/(?:19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}\s*年/u.test(text))
    return [];
  const t = arabicYears(text);
  const out = new Set<number>();
  // "2022年，" opens last year's report; "2022年12月" may be this year's statistical period
  const opening = new RegExp(`^\\s*(${year - 1})\\s*年\\s*[，,]`, "u");
  const open = opening.exec(t);
  if (open) out.add(year - 1);
  const rest = t.replace(SPAN, (m) => " ".repeat(m.length));
  for (const m of rest.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y >= year - 1) continue;
    const at = m.index ?? 0;
    if (BEFORE.test(rest.slice(Math.max(0, at - 4), at))) continue;
    if (AFTER.test(rest.slice(at + m[0].length, at + m[0].length + 5))) continue;
    out.add(y);
  }
  return [...out].sort((a, b) => a - b);
}
