import type { DayDate } from "./parsedValue.types";

/** Calendar order of two days: negative when a is earlier, 0 on the same day. */
export function compareDays(a: DayDate, b: DayDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
