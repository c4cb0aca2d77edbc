import { leafCategories } from "../../packs/leafCategories";
import { metricsByName } from "../../packs/metricsByName";
import { formulaNames, parseFormula } from "../../packs/formula";
import type { MetricDef } from "../../packs/pack.types";
import { namesList, type Issue } from "../../issues/issue.types";
import type { MetricRow } from "../../read/dataset.types";
import { parseExpression } from "../../template/expression";
import { canonicalFilterName, filterNames } from "../../template/filters";
import { nameKey } from "../../values/names";
import type { BareUses } from "../../scope/reportScope.types";
import { staleYears } from "../staleYears";
import { tableMetricCodes } from "../../packs/tableGeometry";
import { at, issue, type Check, type CheckContext } from "../checkContext";
import { unitMatcher } from "../unitMentions";

/**
 * What would spoil a report that is otherwise complete, said at the cell (all warnings):
 * METRIC_UNUSED (a figure no sentence or template states), ZERO_STATED ("0件" in a sentence),
 * OTHER_UNIT_NAMED (another unit's name: a copied sentence), YEAR_STALE (a year long past),
 * UNIT_DOUBLED ("{新收案件}件" prints "16742件件"), CARRIED_UNCHANGED (a sentence next-year
 * carried over, still word for word last year's).
 */
export const checkStatements: Check = (ctx) => {
  const out = [...unusedAndZero(ctx), ...carriedUnchanged(ctx)];
  const warn = textWarnings(ctx);
  for (const t of ctx.scope.texts)
    for (const i of warn(t.sheet, t.cell, t.text))
      // a sentence's warning belongs to its part, as its errors do (the pane lists it there)
      out.push(i.category === undefined && t.categoryId ? { ...i, category: t.categoryId } : i);
  return out;
};

function unusedAndZero({ dataset, scope, templateNames }: CheckContext): Issue[] {
  const byName = metricsByName(dataset.pack);
  const used = new Set<string>();
  const bareAt = new Map<string, BareUses>();
  const mark = (name: string) => {
    const d = byName.get(name);
    if (d) used.add(d.code);
  };
  scope.uses.names.forEach(mark);
  for (const [n, uses] of scope.uses.bare) {
    const d = byName.get(n);
    if (!d) continue;
    const had = bareAt.get(d.code);
    bareAt.set(d.code, {
      count: (had?.count ?? 0) + uses.count,
      first: [...(had?.first ?? []), ...uses.first],
    });
  }
  templateNames?.forEach(mark);
  // a derived figure that is stated states the figures it is computed from
  for (const d of dataset.pack.metrics)
    if (used.has(d.code) && d.formula !== undefined)
      formulaNames(parseFormula(d.formula)).forEach((n) => mark(nameKey(n)));

  const out: Issue[] = [];
  // a figure in a table is printed there: the table uses it
  const inTables = tableMetricCodes(dataset.pack);
  for (const row of dataset.metrics.values()) {
    const { def } = row;
    const extra = { category: def.category, metric: def.code };
    const typed = row.figure.kind !== "missing" && row.figure.kind !== "notApplicable";
    if (typed && row.figure.kind !== "invalid" && !used.has(def.code) && !inTables.has(def.code)) {
      out.push(
        issue("METRIC_UNUSED", "warning", at(row.sheet, row.valueCell), { name: def.name }, extra),
      );
    }
    const bare = bareAt.get(def.code);
    if (bare && isZero(row)) {
      const places = bare.first;
      out.push(
        issue(
          "ZERO_STATED",
          "warning",
          at(row.sheet, row.valueCell),
          {
            name: def.name,
            unit: def.unit,
            uses: places.map((p) => ({ kind: "cell", sheet: p.sheet, cell: p.cell })),
            useCount: bare.count,
          },
          { ...extra, related: places },
        ),
      );
    }
  }
  return out;
}

const isZero = (row: MetricRow) =>
  row.figure.kind === "number" && row.figure.value === 0 && row.def.kind !== "rate";

/** Filters whose text ends in the figure's unit, and the 占 share that ends in %. */
function printedSuffix(def: MetricDef, lastFilter: string | undefined): string | null {
  if (lastFilter === undefined || ["约", "万", "亿", "上年"].includes(lastFilter)) return def.unit;
  if (lastFilter === "占") return "%";
  return null;
}

const TAG = /\{([^{}]*)\}/gu;
/** plan periods and ranges (2021—2025年) are not stale years */

/** The per-text warnings, with what they share across texts worked out once. */
function textWarnings(ctx: CheckContext) {
  const { dataset } = ctx;
  const unitName = dataset.info.byRole("unitName");
  const matcher = unitName?.value.kind === "text" ? unitMatcher(unitName.value.text) : null;
  const byName = metricsByName(dataset.pack);
  const year = dataset.info.year;
  // the same tags recur across thousands of statements: each is judged once
  const tags = new Map<string, TagUnit | null>();
  return (sheet: string, cell: string, text: string): Issue[] =>
    warningsOf(sheet, cell, text, { unitName, matcher, byName, year, tags });
}

/** What a placeholder prints after its figure, and how to write it without. */
interface TagUnit {
  readonly suffix: string;
  readonly fix: string;
}

function tagUnit(inner: string, byName: ReadonlyMap<string, MetricDef>): TagUnit | null {
  if (/^\s*[#^/]/.test(inner)) return null;
  let expr;
  try {
    expr = parseExpression(inner, filterNames);
  } catch {
    return null; // a broken tag is said elsewhere
  }
  const def = expr.path.length === 1 ? byName.get(expr.path[0] ?? "") : undefined;
  if (!def || def.unit === "") return null;
  const last = expr.filters.at(-1)?.name;
  const suffix = printedSuffix(def, last === undefined ? undefined : canonicalFilterName(last));
  if (!suffix) return null;
  // the bare figure is {X|数}; after 约, 万 or 上年 the unit typed after it just goes
  return { suffix, fix: expr.filters.length === 0 ? `{${inner.trim()}|数}` : "" };
}

function warningsOf(
  sheet: string,
  cell: string,
  text: string,
  shared: {
    readonly unitName: ReturnType<CheckContext["dataset"]["info"]["byRole"]>;
    readonly matcher: ReturnType<typeof unitMatcher>;
    readonly byName: ReadonlyMap<string, MetricDef>;
    readonly year: number | null;
    readonly tags: Map<string, TagUnit | null>;
  },
): Issue[] {
  const { unitName, matcher, byName, year, tags } = shared;
  const out: Issue[] = [];
  // the sentence without its placeholders (a tag's own name is not prose)
  const prose = text.includes("{") ? text.replace(TAG, " ") : text;
  const others = matcher?.others(prose) ?? [];
  if (others.length > 0 && unitName?.value.kind === "text")
    out.push(
      issue("OTHER_UNIT_NAMED", "warning", at(sheet, cell), {
        named: namesList(others),
        unit: unitName.value.text,
      }),
    );

  // the years a sentence states as its own time (a reference point, a span or a plan is not)
  if (year !== null) {
    const stale = staleYears(prose, year);
    if (stale.length > 0)
      out.push(
        issue("YEAR_STALE", "warning", at(sheet, cell), {
          years: namesList(stale.map(String)),
          year,
        }),
      );
  }

  // each placeholder, and the few characters after it: a checked text is read once, without a
  // match object per tag (there are hundreds of thousands of them in a large workbook)
  for (let open = text.indexOf("{"); open !== -1;) {
    const close = text.indexOf("}", open + 1);
    if (close === -1) break;
    const next = text.indexOf("{", open + 1);
    if (next !== -1 && next < close) {
      open = next; // "{{…}": the inner brace opens the tag, as the pattern reads it
      continue;
    }
    const inner = text.slice(open + 1, close);
    let u = tags.get(inner);
    if (u === undefined) tags.set(inner, (u = tagUnit(inner, byName)));
    // "{新收案件}件", "{新收案件}余件", "{执行到位金额}元": the figure already prints its unit
    const after = u ? text.slice(close + 1, close + 2 + u.suffix.length) : "";
    const rest = /^[余多许]/u.test(after) ? after.slice(1) : after;
    const repeated = !u
      ? ""
      : rest.startsWith(u.suffix)
        ? u.suffix
        : rest.startsWith(u.suffix.slice(-1))
          ? u.suffix.slice(-1)
          : "";
    if (u && repeated)
      out.push(
        issue("UNIT_DOUBLED", "error", at(sheet, cell), {
          typed: after.slice(0, after.length - rest.length) + repeated,
          tag: `{${inner.trim()}}`,
          unit: u.suffix,
          fix: u.fix,
        }),
      );
    open = text.indexOf("{", close + 1);
  }
  return out;
}

function carriedUnchanged({ dataset, scope }: CheckContext): Issue[] {
  if (dataset.carried.length === 0) return [];
  const key = (sheet: string, text: string) => `${sheet}\u0000${text.trim()}`;
  const carried = new Set(dataset.carried.map((c) => key(c.sheet, c.text)));
  // the pack's own 导语 and default sentences say nothing of one year: their figures and the year
  // are placeholders, so carried over as they were they are still true
  const pack = dataset.pack;
  const defaults = new Set(
    [
      pack.defaultLead ?? "",
      ...leafCategories(pack).flatMap((l) => (l.category.defaultItems ?? []).map((i) => i.text)),
    ].map((t) => t.trim()),
  );
  return scope.texts
    .filter((t) => carried.has(key(t.sheet, t.source)) && !defaults.has(t.source.trim()))
    .map((t) =>
      issue(
        "CARRIED_UNCHANGED",
        "warning",
        at(t.sheet, t.cell),
        {},
        t.categoryId ? { category: t.categoryId } : {},
      ),
    );
}
