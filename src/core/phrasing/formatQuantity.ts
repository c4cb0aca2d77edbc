import type { ApproxMark } from "../values/parsedValue.types";
import { cleanFloat, splitUnit } from "../values/units";
import { formatPlainNumber } from "./roundDecimal";

export interface Quantity {
  readonly value: number;
  /** The metric's unit, possibly scaled ("万元"); "" for a bare number. */
  readonly unit: string;
  readonly approx: ApproxMark | null;
  /** a magnitude to write it in (the clerk's 万 or 亿), instead of the unit's own */
  readonly scale?: "万" | "亿";
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

/** An amount of money from this many yuan is written in 亿元 by default, as reports write it. */
const AMOUNT_IN_YI = 1e8;
/** A count from this many is written in 万 by default (153456件 → 15.35万件). */
const COUNT_IN_WAN = 1e5;

/**
 * A figure as published reports write it, for a plain placeholder: in the magnitude the clerk
 * typed (1.3亿余元, 12万余人次, 3.2万人次); otherwise an amount of 1亿元 or more in 亿元, a count
 * of 10万 or more in 万 (of 1亿 or more in 亿), with at most two decimals and no trailing zeros (13526.8万元 → 1.35亿元,
 * 2034567.89万元 → 203.46亿元); smaller figures in the metric's own unit. 余 never follows a run of
 * zeros (13000余万元 is written 1.3亿余元).
 */
export function formatFigure(q: Quantity): string {
  const { multiplier, base } = splitUnit(q.unit);
  const inBase = cleanFloat(q.value * multiplier);
  const scale =
    q.scale ??
    (base === "%" || base === ""
      ? null
      : Math.abs(inBase) >= AMOUNT_IN_YI
        ? "亿"
        : base !== "元" && Math.abs(inBase) >= COUNT_IN_WAN
          ? "万"
          : null);
  if (scale === null) return formatQuantity(q);
  const divisor = scale === "亿" ? 1e8 : 1e4;
  return formatQuantity({
    value: cleanFloat(inBase / divisor),
    unit: `${scale}${base}`,
    approx: q.approx,
  });
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
