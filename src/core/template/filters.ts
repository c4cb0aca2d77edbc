import type { MetricDef } from "../packs/pack.types";
import { headingOrdinal, toChineseNumeral, type HeadingLevel } from "../phrasing/chineseNumerals";
import {
  compareYearOnYear,
  describeChange,
  formatShare,
  type ChangeOptions,
} from "../phrasing/compareYearOnYear";
import { formatFullDate, formatMonthDay } from "../phrasing/formatDate";
import {
  formatApproximate,
  formatBareNumber,
  formatFigure,
  formatScaled,
} from "../phrasing/formatQuantity";
import { formatPlainNumber } from "../phrasing/roundDecimal";
import type { MetricFigure } from "../values/figure";
import type { DayDate } from "../values/parsedValue.types";
import { DayValue, Gap, MetricValue, type TemplateValue } from "./templateValues";

type Arg = string | number;

/** What a filter may look up besides its input: the share filter reads its whole (占:受理案件). */
export interface FilterContext {
  readonly lookup: (name: string) => TemplateValue | undefined;
}

type Run = (value: TemplateValue, args: readonly Arg[], ctx: FilterContext) => TemplateValue;

/**
 * What a tag's value is, known from the pack before any workbook is read: enough to tell that
 * {单位名称|万} or {编号|序号:7} cannot work, at check time.
 */
export type StaticType =
  | { readonly t: "metric"; readonly def: MetricDef }
  | { readonly t: "number" }
  | { readonly t: "date" }
  | { readonly t: "text" }
  | { readonly t: "record" }
  | { readonly t: "list" };

export type FilterProblem = Readonly<Record<string, string | number>> & {
  readonly problem: string;
};

export interface StaticContext {
  /** the metric a name stands for, for 占's whole */
  readonly metricNamed: (name: string) => MetricDef | undefined;
}

interface FilterSpec {
  readonly names: readonly string[];
  /** number: any figure; metric: a numeric metric (it has a prior year); date: a date */
  readonly input: "number" | "metric" | "date";
  readonly maxArgs: number;
  readonly checkArgs?: (args: readonly Arg[], ctx: StaticContext) => FilterProblem | null;
  readonly output: "text" | "same";
  readonly run: Run;
}

const isNumericDef = (d: MetricDef) =>
  d.kind === "count" || d.kind === "amount" || d.kind === "rate";

/** A figure as a Gap when it cannot be written, so every filter passes gaps through unchanged. */
function figureGap(m: MetricValue, f: MetricFigure, side: "value" | "prior" = "value"): Gap | null {
  const label = side === "prior" ? `${m.def.name}（上年同期）` : m.def.name;
  switch (f.kind) {
    case "missing":
      return new Gap(label, "missing", m.def.code, side);
    case "notApplicable":
      return new Gap(label, "notApplicable", m.def.code, side);
    case "invalid":
      return new Gap(label, "invalid", m.def.code, side);
    default:
      return null;
  }
}

type Num = { readonly n: number; readonly m: MetricValue | null };

function numberOf(value: TemplateValue): Num | Gap | null {
  if (value instanceof Gap) return value;
  if (typeof value === "number") return { n: value, m: null };
  if (value instanceof MetricValue) {
    const gap = figureGap(value, value.figure);
    if (gap) return gap;
    return value.figure.kind === "number" ? { n: value.figure.value, m: value } : null;
  }
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

const digitsOf = (args: readonly Arg[], at: number, fallback: number): number => {
  const d = args[at];
  return typeof d === "number" ? d : fallback;
};

const checkDigits =
  (at: number) =>
  (args: readonly Arg[]): FilterProblem | null => {
    const d = args[at];
    if (d === undefined) return null;
    return typeof d === "number" && Number.isInteger(d) && d >= 0 && d <= 6
      ? null
      : { problem: "digits_range", value: String(d) };
  };

/**
 * Runs `fn` on a number. Text or a record where a number belongs cannot happen once check has
 * passed (the static pass refuses it); the input is given back unchanged rather than guessed at.
 */
const onNumber =
  (fn: (x: Num, args: readonly Arg[], ctx: FilterContext) => TemplateValue): Run =>
  (value, args, ctx) => {
    const x = numberOf(value);
    if (x === null) return value;
    return x instanceof Gap ? x : fn(x, args, ctx);
  };

/** Runs `fn` on a metric with both years' figures; a missing prior is a gap of its own. */
const onChange =
  (fn: (cur: number, prior: number, m: MetricValue, o: ChangeOptions) => string): Run =>
  (value, args) => {
    if (value instanceof Gap || !(value instanceof MetricValue)) return value;
    const cur = numberOf(value);
    if (cur === null || cur instanceof Gap) return cur ?? value;
    const priorGap = figureGap(value, value.prior, "prior");
    if (priorGap) return priorGap;
    if (value.prior.kind !== "number")
      return new Gap(`${value.def.name}（上年同期）`, "invalid", value.def.code, "prior");
    const isRate = value.def.kind === "rate";
    return fn(cur.n, value.prior.value, value, {
      isRate,
      digits: digitsOf(args, 0, isRate ? 2 : 1),
      unit: value.def.unit,
    });
  };

const onDate =
  (fn: (d: DayDate) => string): Run =>
  (value) => {
    const d = dateOf(value);
    if (d === null) return value;
    return d instanceof Gap ? d : fn(d);
  };

const share: Run = onNumber((x, args, ctx) => {
  const baseName = String(args[0] ?? "");
  const base = ctx.lookup(baseName);
  const b = base === undefined ? null : numberOf(base);
  if (b instanceof Gap) return new Gap(b.label, b.reason, b.metric, "base");
  if (b === null) return new Gap(baseName, "unknown");
  if (b.n === 0)
    return new Gap(b.m?.def.name ?? baseName, "invalid", b.m?.def.code ?? null, "base");
  return formatShare(x.n, b.n, digitsOf(args, 1, 1)) ?? "";
});

/** A metric's 同比 words, or null when it has no two years' figures to compare. */
function yearOnYearOf(v: TemplateValue | undefined, digits: number | undefined): string | null {
  if (!(v instanceof MetricValue)) return null;
  const f = v.figure;
  const p = v.prior;
  if (f.kind !== "number" || p.kind !== "number") return null;
  const isRate = v.def.kind === "rate";
  return compareYearOnYear(f.value, p.value, {
    isRate,
    digits: digits ?? (isRate ? 2 : 1),
    unit: v.def.unit,
  }).text;
}

const VERBS = ["增长", "下降", "提高", "增加", "减少"];

/**
 * 同比分别增长12.4%、6.1% (one verb for both), 同比分别增长12.4%、下降2.1% (two), 均与上年同期持平;
 * with one figure's last year missing, that one alone (结案数同比增长6.1%); with neither, a gap.
 */
const bothYearOnYear: Run = (value, args, ctx) => {
  if (value instanceof Gap || !(value instanceof MetricValue)) return value;
  const other = ctx.lookup(String(args[0] ?? ""));
  const digits = typeof args[1] === "number" ? args[1] : undefined;
  const a = yearOnYearOf(value, digits);
  const b = yearOnYearOf(other, digits);
  const words = (t: string) => (t.startsWith("同比") ? t.slice(2) : "持平");
  if (a !== null && b !== null) {
    const [wa, wb] = [words(a), words(b)];
    if (wa === "持平" && wb === "持平") return "均与上年同期持平";
    const verb = VERBS.find((v) => wa.startsWith(v) && wb.startsWith(v));
    return verb ? `同比分别${wa}、${wb.slice(verb.length)}` : `同比分别${wa}、${wb}`;
  }
  if (a !== null) return `${value.def.name}${a}`;
  if (b !== null && other instanceof MetricValue) return `${other.def.name}${b}`;
  return figureGap(value, value.prior, "prior") ?? value;
};

const FILTERS: readonly FilterSpec[] = [
  {
    names: ["数", "数值"],
    input: "number",
    maxArgs: 0,
    output: "text",
    run: onNumber(({ n, m }) =>
      m && m.figure.kind === "number"
        ? m.figure.scale
          ? // typed with 万/亿 (3.2万): the bare number keeps its magnitude, before the typed unit
            formatFigure({ ...m.figure, unit: m.def.unit }).replace(/(万|亿)([余多]?).*$/u, "$1$2")
          : formatBareNumber({ ...m.figure, unit: "" })
        : formatPlainNumber(n),
    ),
  },
  {
    names: ["约", "约数"],
    input: "number",
    maxArgs: 0,
    output: "text",
    run: onNumber(({ n, m }) => {
      if (!m) return formatApproximate(n, "");
      // A figure the workbook already gives as approximate keeps the form it was given in.
      if (m.figure.kind === "number" && m.figure.approx)
        return formatFigure({ ...m.figure, unit: m.def.unit });
      return formatApproximate(n, m.def.unit);
    }),
  },
  ...(["万", "亿"] as const).map((scale): FilterSpec => ({
    names: [scale],
    input: "number",
    maxArgs: 1,
    checkArgs: checkDigits(0),
    output: "text",
    run: onNumber(({ n, m }, args) =>
      formatScaled(n, m ? m.def.unit : "", scale, digitsOf(args, 0, 2)),
    ),
  })),
  {
    names: ["同比"],
    input: "metric",
    maxArgs: 1,
    checkArgs: checkDigits(0),
    output: "text",
    run: onChange((cur, prior, _m, o) => compareYearOnYear(cur, prior, o).text),
  },
  {
    // two figures of one clause against last year: 同比分别增长12.4%、6.1%
    names: ["同比分别"],
    input: "metric",
    maxArgs: 2,
    checkArgs: (args, ctx) => {
      const other = args[0];
      if (other === undefined) return { problem: "needs_base" };
      const def = ctx.metricNamed(String(other));
      if (!def || !isNumericDef(def)) return { problem: "unknown_base", value: String(other) };
      return checkDigits(1)(args);
    },
    output: "text",
    run: bothYearOnYear,
  },
  {
    names: ["变化"],
    input: "metric",
    maxArgs: 1,
    checkArgs: checkDigits(0),
    output: "text",
    run: onChange((cur, prior, _m, o) => describeChange(cur, prior, o).text),
  },
  {
    names: ["占"],
    input: "number",
    maxArgs: 2,
    checkArgs: (args, ctx) => {
      const base = args[0];
      if (base === undefined) return { problem: "needs_base" };
      const def = ctx.metricNamed(String(base));
      if (!def || !isNumericDef(def)) return { problem: "unknown_base", value: String(base) };
      return checkDigits(1)(args);
    },
    output: "text",
    run: share,
  },
  {
    names: ["上年", "上年同期"],
    input: "metric",
    maxArgs: 0,
    output: "same",
    run: (value) => {
      if (!(value instanceof MetricValue)) return value;
      const gap = figureGap(value, value.prior, "prior");
      if (gap) return gap;
      return new MetricValue(value.def, value.prior, { kind: "missing" });
    },
  },
  {
    names: ["汉字"],
    input: "number",
    maxArgs: 0,
    output: "text",
    run: onNumber(({ n }) => toChineseNumeral(n)),
  },
  {
    names: ["序号"],
    input: "number",
    maxArgs: 1,
    checkArgs: (args) => {
      const l = args[0];
      if (l === undefined) return null;
      return typeof l === "number" && Number.isInteger(l) && l >= 1 && l <= 4
        ? null
        : { problem: "level_range", value: String(l) };
    },
    output: "text",
    // cast: digitsOf is bounded by the filter's own 1..4 argument check (level_range)
    run: onNumber(({ n }, args) => headingOrdinal(n, digitsOf(args, 0, 1) as HeadingLevel)),
  },
  { names: ["日期"], input: "date", maxArgs: 0, output: "text", run: onDate(formatFullDate) },
  { names: ["月日"], input: "date", maxArgs: 0, output: "text", run: onDate(formatMonthDay) },
];

const BY_NAME: ReadonlyMap<string, FilterSpec> = new Map(
  FILTERS.flatMap((f) => f.names.map((n) => [n, f] as const)),
);

export const filterNames: ReadonlySet<string> = new Set(BY_NAME.keys());

export function runFilter(
  name: string,
  value: TemplateValue,
  args: readonly Arg[],
  ctx: FilterContext,
): TemplateValue {
  const spec = BY_NAME.get(name);
  return spec ? spec.run(value, args, ctx) : value;
}

function accepts(spec: FilterSpec, t: StaticType): boolean {
  switch (spec.input) {
    case "number":
      return t.t === "number" || (t.t === "metric" && isNumericDef(t.def));
    case "metric":
      return t.t === "metric" && isNumericDef(t.def);
    case "date":
      return t.t === "date" || (t.t === "metric" && t.def.kind === "date");
  }
}

/**
 * The static pass over one tag's filters: each must fit what it is given, with arguments in
 * range. Returns the first problem (with the filter's name), or the type the tag ends up with.
 */
export function checkFilterChain(
  start: StaticType,
  filters: ReadonlyArray<{ name: string; args: readonly Arg[] }>,
  ctx: StaticContext,
  nameOfValue: string,
): { problem: FilterProblem } | { type: StaticType } {
  let t = start;
  for (const f of filters) {
    const spec = BY_NAME.get(f.name);
    if (!spec) continue;
    if (!accepts(spec, t)) {
      const problem =
        spec.input === "date"
          ? "needs_date"
          : spec.input === "metric"
            ? "needs_metric"
            : "needs_number";
      return { problem: { problem, filter: f.name, name: nameOfValue } };
    }
    if (f.args.length > spec.maxArgs)
      return { problem: { problem: "too_many_args", filter: f.name, max: spec.maxArgs } };
    const bad = spec.checkArgs?.(f.args, ctx);
    if (bad) return { problem: { ...bad, filter: f.name, name: nameOfValue } };
    if (spec.output === "text") t = { t: "text" };
  }
  return { type: t };
}

/** A filter's first name, whatever name it was called by (上年同期 → 上年). */
export function canonicalFilterName(name: string): string | undefined {
  return BY_NAME.get(name)?.names[0];
}
