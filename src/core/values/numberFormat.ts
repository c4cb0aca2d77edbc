/**
 * What a cell's number format makes of its number, as the clerk sees it: a per cent (0.8557 shown
 * as 85.57%), a date (45275 shown as 2023/12/15), or the number itself. One rule for the .xlsx
 * reader and the Excel adapter alike.
 */
export type FormatKind = "plain" | "percent" | "date";

/**
 * Excel's built-in formats that have no code in the file: 9–10 per cent; 14–17 and 22 dates; the
 * East Asian ids 27–31, 36, 50–54, 57, 58 dates (yyyy"年"m"月"d"日" and the like). 18–21, 32–35,
 * 45–47, 55, 56 are times of day, which no metric is.
 */
const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58,
]);

export function builtinFormatKind(id: number): FormatKind {
  if (BUILTIN_PERCENT.has(id)) return "percent";
  if (BUILTIN_DATE.has(id)) return "date";
  return "plain";
}

/**
 * A format code's kind, read as Excel reads it: text in quotes and characters after a backslash
 * are literal (so `0.00\%` and `0.00"%"` show the number with a per-cent sign but do not scale
 * it), bracketed sections ([Red], [$-804], [h]) are not format characters, and the first section
 * decides. A date has a year or a day, or a month without hours or seconds beside it.
 */
export function classifyFormatCode(code: string | null | undefined): FormatKind {
  if (!code) return "plain";
  const first = firstSection(code);
  const bare = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  if (/^general$/i.test(bare.trim()) || bare.trim() === "@") return "plain";
  if (bare.includes("%")) return "percent";
  if (/[yd]/i.test(bare)) return "date";
  if (/m/i.test(bare) && !/[hs]/i.test(bare)) return "date";
  // Excel's Chinese 年/月/日 written without quotes still mark a date: yyyy年m月d日
  if (/[年月日]/.test(first.replace(/"[^"]*"/g, "")) && /[0#]|[ymd]/i.test(bare)) return "date";
  return "plain";
}

/** The first of up to four ;-separated sections, ; inside quotes or after \ not counting. */
function firstSection(code: string): string {
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === "\\") i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) return code.slice(0, i);
  }
  return code;
}
