import type { ApproxMark } from "../values/parsedValue.types";
import { cleanFloat, splitUnit } from "../values/units";
import { formatPlainNumber } from "./roundDecimal";

export interface Quantity {
  readonly value: number;
  /** The metric's unit, possibly scaled ("万元"); "" for a bare number. */
  readonly unit: string;
  readonly approx: ApproxMark | null;
}

const PREFIX_MARKS: ReadonlySet<ApproxMark> = new Set(["约", "近", "超"]);

/**
 * Where 余 goes: after a round number it precedes the scale (2000余万元, 40余次); after a number
 * that is not round it follows the scale (15万余件, 1.2万余人次).
 */
function placeSuffixMark(num: string, round: boolean, scale: string, base: string, mark: string) {
  if (scale === "" || round) return `${num}${mark}${scale}${base}`;
  return `${num}${scale}${mark}${base}`;
}

function isRound(x: number): boolean {
  return Number.isInteger(x) && x % 10 === 0 && x !== 0;
}

/** The figure as the workbook gives it: 16742件, 40余次, 2000余万元, 约30人. */
export function formatQuantity(q: Quantity, maxDigits = 2): string {
  const num = formatPlainNumber(q.value, maxDigits);
  if (q.approx === null) return `${num}${q.unit}`;
  if (PREFIX_MARKS.has(q.approx)) return `${q.approx}${num}${q.unit}`;
  const { multiplier, base } = splitUnit(q.unit);
  const scale = multiplier === 1 ? "" : q.unit.slice(0, q.unit.length - base.length);
  return placeSuffixMark(num, isRound(q.value), scale, base, q.approx);
}

/** Plain number with the approximation mark but no unit: 40余, 16742. */
export function formatBareNumber(q: Quantity, maxDigits = 2): string {
  const num = formatPlainNumber(q.value, maxDigits);
  if (q.approx === null) return num;
  return PREFIX_MARKS.has(q.approx) ? `${q.approx}${num}` : `${num}${q.approx}`;
}

function scaleFor(v: number): readonly [string, number] {
  if (Math.abs(v) >= 1e8) return ["亿", 1e8];
  if (Math.abs(v) >= 1e4) return ["万", 1e4];
  return ["", 1];
}

function floorToSignificant(x: number, digits: number): number {
  const p = 10 ** (Math.floor(Math.log10(x)) - (digits - 1));
  return cleanFloat(Math.floor(cleanFloat(x / p)) * p);
}

/**
 * The approximate form reports use: the figure cut down after its last round place, then 余.
 * 46次 → 40余次; 20,345,678元 → 2000余万元; 16,045,678,901元 → 160余亿元; 153,456件 → 15万余件;
 * 12,345人次 → 1.2万余人次. Small figures (under 10) and exact round ones stay exact. The result
 * never states more than the value: the cut is always downwards.
 */
export function formatApproximate(value: number, unit: string): string {
  const { multiplier, base } = splitUnit(unit);
  const v = cleanFloat(value * multiplier);
  if (!(v >= 10)) return `${formatPlainNumber(value)}${unit}`;
  const [scale, scaleMult] = scaleFor(v);
  const s = cleanFloat(v / scaleMult);
  let r: number;
  if (s >= 100) r = floorToSignificant(s, 2);
  else if (s >= 10) r = scale === "" ? Math.floor(s / 10) * 10 : Math.floor(s);
  else if (scale !== "") r = Math.floor(cleanFloat(s * 10)) / 10;
  else r = s;
  const num = formatPlainNumber(r, 1);
  if (cleanFloat(r) === s) return `${num}${scale}${base}`;
  return placeSuffixMark(num, scale === "" || isRound(r), scale, base, "余");
}

/** Exact figure in 万 or 亿 of the base unit: 20,345,700元 → 2034.57万元. */
export function formatScaled(
  value: number,
  unit: string,
  scale: "万" | "亿",
  maxDigits = 2,
): string {
  const { multiplier, base } = splitUnit(unit);
  const divisor = scale === "万" ? 1e4 : 1e8;
  return `${formatPlainNumber(cleanFloat((value * multiplier) / divisor), maxDigits)}${scale}${base}`;
}
