const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const SMALL_UNITS = ["", "十", "百", "千"];

/**
 * Chinese numerals for headings and ordinals: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十,
 * 101 → 一百零一, 12345 → 一万二千三百四十五. Integers from 0 to 99,999,999.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99_999_999) return String(n);
  if (n === 0) return DIGITS[0] ?? "";
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  let s = "";
  if (high > 0) {
    s = `${fourDigits(high)}万`;
    if (low > 0) s += (low < 1000 ? "零" : "") + fourDigits(low);
  } else {
    s = fourDigits(low);
  }
  // 一十 → 十 only at the very start: 十一, but 一百一十.
  return s.startsWith("一十") ? s.slice(1) : s;
}

function fourDigits(n: number): string {
  let out = "";
  let zeroPending = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      if (out !== "") zeroPending = true;
      continue;
    }
    if (zeroPending) out += DIGITS[0];
    zeroPending = false;
    out += (DIGITS[d] ?? "") + SMALL_UNITS[i];
  }
  return out;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/** GB/T 9704 heading numbers: 一、 → （一） → 1. → （1）. */
export function headingOrdinal(n: number, level: HeadingLevel): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(n)}、`;
    case 2:
      return `（${toChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}
