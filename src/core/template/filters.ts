import { compareYearOnYear } from "../phrasing/compareYearOnYear";
import { headingOrdinal, toChineseNumeral, type HeadingLevel } from "../phrasing/chineseNumerals";
import { formatFullDate, formatMonthDay } from "../phrasing/formatDate";
import {
  formatApproximate,
  formatBareNumber,
  formatQuantity,
  formatScaled,
} from "../phrasing/formatQuantity";
import { formatPlainNumber } from "../phrasing/roundDecimal";
import type { DayDate } from "../values/parsedValue.types";
import {
  DayValue,
  Gap,
  MetricValue,
  type MetricFigure,
  type TemplateValue,
} from "./templateValues";

type Arg = string | number;
type Filter = (value: TemplateValue, args: readonly Arg[]) => TemplateValue;

/** A figure as a Gap when it cannot be written, so every filter passes gaps through unchanged. */
function figureGap(m: MetricValue, f: MetricFigure, label = m.def.name): Gap | null {
  switch (f.kind) {
    case "missing":
      return new Gap(label, "missing");
    case "notApplicable":
      return new Gap(label, "notApplicable");
    case "invalid":
      return new Gap(label, "invalid");
    default:
      return null;
  }
}

function numberOf(value: TemplateValue): { n: number; m: MetricValue | null } | Gap | null {
  if (value instanceof Gap) return value;
  if (typeof value === "number") return { n: value, m: null };
  if (value instanceof MetricValue) {
    const gap = figureGap(value, value.figure);
    if (gap) return gap;
    return value.figure.kind === "number" ? { n: value.figure.value, m: value } : null;
  }
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim()))
    return { n: Number(value), m: null };
  return null;
}

function dateOf(value: TemplateValue): DayDate | Gap | null {
  if (value instanceof Gap) return value;
  if (value instanceof DayValue) return value.date;
  if (value instanceof MetricValue) {
    const gap = figureGap(value, value.figure);
    if (gap) return gap;
    return value.figure.kind === "date" ? value.figure.date : null;
  }
  return null;
}

function digitsArg(args: readonly Arg[], fallback: number): number {
  const d = args[0];
  return typeof d === "number" && Number.isInteger(d) && d >= 0 && d <= 6 ? d : fallback;
}

/** Filters that need a number give back their input unchanged for text, so nothing is lost. */
const withNumber =
  (fn: (n: number, m: MetricValue | null, args: readonly Arg[]) => TemplateValue): Filter =>
  (value, args) => {
    const x = numberOf(value);
    if (x === null) return value;
    if (x instanceof Gap) return x;
    return fn(x.n, x.m, args);
  };

const withDate =
  (fn: (d: DayDate) => string): Filter =>
  (value) => {
    const d = dateOf(value);
    if (d === null) return value;
    return d instanceof Gap ? d : fn(d);
  };

const approximate: Filter = withNumber((n, m) => {
  if (!m) return formatApproximate(n, "");
  // A figure the workbook already gives as approximate keeps the form it was given in.
  if (m.figure.kind === "number" && m.figure.approx)
    return formatQuantity({ ...m.figure, unit: m.def.unit });
  return formatApproximate(n, m.def.unit);
});

const yearOnYear: Filter = (value, args) => {
  if (value instanceof Gap) return value;
  if (!(value instanceof MetricValue)) return value;
  const cur = numberOf(value);
  if (cur === null || cur instanceof Gap) return cur ?? value;
  const priorGap = figureGap(value, value.prior, `${value.def.name}（上年同期）`);
  if (priorGap) return priorGap;
  if (value.prior.kind !== "number") return new Gap(`${value.def.name}（上年同期）`, "invalid");
  return compareYearOnYear(cur.n, value.prior.value, {
    isRate: value.def.kind === "rate",
    digits: digitsArg(args, value.def.kind === "rate" ? 2 : 1),
    unit: value.def.unit,
  }).text;
};

const prior: Filter = (value) => {
  if (!(value instanceof MetricValue)) return value;
  const gap = figureGap(value, value.prior, `${value.def.name}（上年同期）`);
  if (gap) return gap;
  return new MetricValue(value.def, value.prior, { kind: "missing" });
};

const scaled =
  (scale: "万" | "亿"): Filter =>
  (value, args) =>
    withNumber((n, m) => formatScaled(n, m ? m.def.unit : "", scale, digitsArg(args, 2)))(
      value,
      args,
    );

const FILTERS: ReadonlyArray<readonly [string[], Filter]> = [
  [
    ["数", "数值", "number"],
    withNumber((n, m) =>
      m && m.figure.kind === "number"
        ? formatBareNumber({ ...m.figure, unit: "" })
        : formatPlainNumber(n),
    ),
  ],
  [["约", "约数", "approx"], approximate],
  [["万", "wan"], scaled("万")],
  [["亿", "yi"], scaled("亿")],
  [["同比", "yoy"], yearOnYear],
  [["上年", "上年同期", "prior"], prior],
  [["汉字", "cn"], withNumber((n) => toChineseNumeral(n))],
  [
    ["序号", "ordinal"],
    withNumber((n, _m, args) => {
      const level = digitsArg(args, 1);
      return headingOrdinal(n, (level >= 1 && level <= 4 ? level : 1) as HeadingLevel);
    }),
  ],
  [["日期", "date"], withDate(formatFullDate)],
  [["月日", "monthday"], withDate(formatMonthDay)],
];

export const filterTable: ReadonlyMap<string, Filter> = new Map(
  FILTERS.flatMap(([names, fn]) => names.map((n) => [n, fn] as const)),
);

export const filterNames: ReadonlySet<string> = new Set(filterTable.keys());
