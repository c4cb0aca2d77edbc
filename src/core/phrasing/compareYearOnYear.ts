import { roundDecimal, formatPlainNumber } from "./roundDecimal";

export type ChangeDirection = "up" | "down" | "flat";

export interface YearOnYear {
  readonly direction: ChangeDirection;
  readonly text: string;
}

/**
 * 同比 wording. Counts and amounts change in per cent (同比增长12.5%, 同比下降8.3%); rates change in
 * percentage points (同比提高2.1个百分点). A change that rounds to zero is 与上年同期持平, and the
 * sign is carried by the verb, never by the number ("下降-5%" cannot happen).
 */
export function compareYearOnYear(
  current: number,
  prior: number,
  options: { isRate: boolean; digits?: number; unit?: string },
): YearOnYear {
  const digits = options.digits ?? (options.isRate ? 2 : 1);
  if (options.isRate) {
    const diff = roundDecimal(current - prior, digits);
    if (diff === 0) return { direction: "flat", text: "与上年同期持平" };
    const verb = diff > 0 ? "提高" : "下降";
    return {
      direction: diff > 0 ? "up" : "down",
      text: `同比${verb}${formatPlainNumber(Math.abs(diff), digits)}个百分点`,
    };
  }
  if (prior === 0) {
    // No base for a percentage: say how much was added (or that nothing changed).
    if (current === 0) return { direction: "flat", text: "与上年同期持平" };
    const verb = current > 0 ? "增加" : "减少";
    const amount = formatPlainNumber(Math.abs(current), digits);
    return {
      direction: current > 0 ? "up" : "down",
      text: `同比${verb}${amount}${options.unit ?? ""}`,
    };
  }
  const pct = roundDecimal(((current - prior) / Math.abs(prior)) * 100, digits);
  if (pct === 0) return { direction: "flat", text: "与上年同期持平" };
  const verb = pct > 0 ? "增长" : "下降";
  return {
    direction: pct > 0 ? "up" : "down",
    text: `同比${verb}${formatPlainNumber(Math.abs(pct), digits)}%`,
  };
}
