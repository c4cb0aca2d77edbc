import { cleanFloat } from "../values/units";
import { formatPlainNumber, roundDecimal } from "./roundDecimal";

export type ChangeDirection = "up" | "down" | "flat";

export interface YearOnYear {
  readonly direction: ChangeDirection;
  readonly text: string;
}

export interface ChangeOptions {
  readonly isRate: boolean;
  /** decimals of the relative change (per cent, 倍 or percentage points) */
  readonly digits?: number;
  /** the metric's unit, for the absolute change (件, 万元) */
  readonly unit?: string;
}

/**
 * The relative part of a change, as statistical bulletins write it: counts and amounts in per
 * cent (增长12.5% / 下降8.3%), an increase of 100 % or more in 倍 (+100 % → 增长1倍, +120 % →
 * 增长1.2倍; 倍 = (本期 − 上年) ÷ 上年), declines always in per cent; rates in percentage points
 * (提高2.1个百分点). The sign is carried by the verb, never by the number ("下降-5%" cannot happen).
 * Null when the change rounds to nothing, or when there is no base for a ratio (prior 0).
 */
function relativeChange(current: number, prior: number, o: ChangeOptions) {
  const digits = o.digits ?? (o.isRate ? 2 : 1);
  if (o.isRate) {
    const diff = roundDecimal(current - prior, digits);
    if (diff === 0) return null;
    return {
      up: diff > 0,
      words: `${diff > 0 ? "提高" : "下降"}${formatPlainNumber(Math.abs(diff), digits)}个百分点`,
    };
  }
  if (prior === 0) return undefined;
  const ratio = cleanFloat((current - prior) / Math.abs(prior));
  const pct = roundDecimal(ratio * 100, digits);
  if (pct === 0) return null;
  if (pct >= 100) return { up: true, words: `增长${formatPlainNumber(ratio, digits)}倍` };
  return {
    up: pct > 0,
    words: `${pct > 0 ? "增长" : "下降"}${formatPlainNumber(Math.abs(pct), digits)}%`,
  };
}

const FLAT: YearOnYear = { direction: "flat", text: "与上年同期持平" };

/** 同比 wording: 同比增长12.5%, 同比下降8.3%, 同比增长1.2倍, 同比提高2.1个百分点, 与上年同期持平. */
export function compareYearOnYear(current: number, prior: number, o: ChangeOptions): YearOnYear {
  const rel = relativeChange(current, prior, o);
  if (rel === null) return FLAT;
  if (rel === undefined) {
    // No base for a ratio: say how much was added (or that nothing changed).
    const diff = cleanFloat(current - prior);
    if (roundDecimal(diff, 2) === 0) return FLAT;
    return {
      direction: diff > 0 ? "up" : "down",
      text: `同比${diff > 0 ? "增加" : "减少"}${formatPlainNumber(Math.abs(diff))}${o.unit ?? ""}`,
    };
  }
  return { direction: rel.up ? "up" : "down", text: `同比${rel.words}` };
}

/**
 * Absolute and relative change together, as bulletins write it: 比上年同期减少1093件，下降72.2%;
 * 比上年同期增加9件 when last year had none; rates: 比上年同期提高2.1个百分点.
 */
export function describeChange(current: number, prior: number, o: ChangeOptions): YearOnYear {
  const rel = relativeChange(current, prior, o);
  const diff = cleanFloat(current - prior);
  if (o.isRate) {
    return rel ? { direction: rel.up ? "up" : "down", text: `比上年同期${rel.words}` } : FLAT;
  }
  if (roundDecimal(diff, 2) === 0) return FLAT;
  const absolute = `比上年同期${diff > 0 ? "增加" : "减少"}${formatPlainNumber(Math.abs(diff))}${o.unit ?? ""}`;
  return {
    direction: diff > 0 ? "up" : "down",
    text: rel ? `${absolute}，${rel.words}` : absolute,
  };
}

/** A share in per cent: 36%, 19.1%. Null when the whole is zero. */
export function formatShare(part: number, whole: number, digits = 1): string | null {
  if (whole === 0) return null;
  return `${formatPlainNumber(cleanFloat((part / whole) * 100), digits)}%`;
}
