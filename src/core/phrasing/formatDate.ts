import type { DayDate } from "../values/parsedValue.types";

/** 2026年1月5日: Arabic numerals, full year, no leading zeros (GB/T 9704 §7.3.5.1). */
export function formatFullDate(d: DayDate): string {
  return `${d.y}年${d.m}月${d.d}日`;
}

export function formatMonthDay(d: DayDate): string {
  return `${d.m}月${d.d}日`;
}
