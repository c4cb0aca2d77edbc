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

/** Excel's built-in number formats that fix how many decimals a number shows. */
const BUILTIN_DECIMALS: Readonly<Record<number, number>> = {
  1: 0,
  2: 2,
  3: 0,
  4: 2,
  5: 0,
  6: 0,
  7: 2,
  8: 2,
  9: 0,
  10: 2,
  11: 2,
  37: 0,
  38: 0,
  39: 2,
  40: 2,
  48: 1,
};

/** Decimals a built-in format shows, or null (General, text, dates: nothing fixed). */
export function builtinFormatDecimals(id: number): number | null {
  return BUILTIN_DECIMALS[id] ?? null;
}

/**
 * How many decimals a number format shows a number with — the digit placeholders (0 # ?) after
 * the decimal point of its first section, quoted text and escapes aside — or null when the format
 * does not fix them (General, text, a date).
 */
export function formatDecimals(code: string | null | undefined): number | null {
  if (!code) return null;
  const bare = firstSection(code)
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  if (/^general$/i.test(bare.trim()) || bare.trim() === "@" || !/[0#?]/.test(bare)) return null;
  if (classifyFormatCode(code) === "date") return null;
  const mantissa = bare.split(/[eE][+-]/)[0] ?? "";
  const dot = mantissa.indexOf(".");
  if (dot < 0) return 0;
  let n = 0;
  for (const ch of mantissa.slice(dot + 1)) if (ch === "0" || ch === "#" || ch === "?") n += 1;
  return n;
}

/** What a cell format does to a number: its kind, and the decimals it shows (null: not fixed). */
export interface ShownFormat {
  readonly kind: FormatKind;
  readonly decimals: number | null;
}

/** A format code (or, with no code in the file, a built-in id) → what it shows. */
export function shownFormat(code: string | null | undefined, builtinId?: number): ShownFormat {
  if (code === null || code === undefined) {
    const id = builtinId ?? 0;
    return { kind: builtinFormatKind(id), decimals: builtinFormatDecimals(id) };
  }
  return { kind: classifyFormatCode(code), decimals: formatDecimals(code) };
}
