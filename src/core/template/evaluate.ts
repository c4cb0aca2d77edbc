import { formatFullDate } from "../phrasing/formatDate";
import { formatFigure } from "../phrasing/formatQuantity";
import { formatPlainNumber } from "../phrasing/roundDecimal";
import type { Expression } from "./expression";
import { runFilter, type FilterContext } from "./filters";
import { DayValue, Gap, MetricValue, YesNoValue, type TemplateValue } from "./templateValues";

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Only the engine's own data is readable: plain records (no prototype tricks) and nothing else. */
function isRecord(v: unknown): v is Record<string, TemplateValue> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The value at `path` in one scope, or undefined when this scope does not have it. The path's
 * names are keys already (expressions hold them in nameKey form, parsed once).
 */
export function lookupPath(scope: unknown, path: readonly string[]): TemplateValue | undefined {
  if (path.length === 0) return isRecord(scope) ? scope : undefined;
  let cur: Record<string, TemplateValue> | undefined = isRecord(scope) ? scope : undefined;
  let value: TemplateValue | undefined;
  for (const key of path) {
    if (!cur || !hasOwn(cur, key)) return undefined;
    value = cur[key];
    cur = isRecord(value) ? value : undefined;
  }
  return value;
}

export function applyFilters(
  value: TemplateValue,
  expr: Expression,
  ctx: FilterContext,
): TemplateValue {
  let v = value;
  for (const f of expr.filters) v = runFilter(f.name, v, f.args, ctx);
  return v;
}

/** The figure of a metric as a Gap, when it has none a sentence could state. */
function figureAsGap(v: MetricValue): Gap | null {
  const f = v.figure;
  if (f.kind === "missing" || f.kind === "notApplicable" || f.kind === "invalid")
    return new Gap(v.def.name, f.kind, v.def.code);
  return null;
}

/** How a value reads in running text; a Gap is returned as such, for the caller to mark. */
export function toText(v: TemplateValue): string | Gap {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatPlainNumber(v);
  if (typeof v === "boolean") return "";
  if (v instanceof Gap) return v;
  if (v instanceof DayValue) return formatFullDate(v.date);
  if (v instanceof YesNoValue) return v.yes ? "是" : "否";
  if (v instanceof MetricValue) {
    const f = v.figure;
    switch (f.kind) {
      case "number":
        return formatFigure({ ...f, unit: v.def.unit });
      case "date":
        return formatFullDate(f.date);
      case "text":
        return f.text;
      default:
        return figureAsGap(v) ?? "";
    }
  }
  // Lists and records have no text of their own; loops are how a template shows them.
  return "";
}

/**
 * What a section ({#名称}…{/名称}) sees: a list to repeat, a record to enter, or a condition. A
 * figure counts only when it exists and is not zero, so "{#审结贪腐窝案}…{/审结贪腐窝案}" drops a
 * clause about nothing ("审结窝案0件").
 */
export function toSectionValue(v: TemplateValue): TemplateValue {
  if (v instanceof Gap) return false;
  if (v instanceof MetricValue) {
    const f = v.figure;
    if (f.kind === "number") return f.value !== 0;
    return f.kind === "date" || (f.kind === "text" && f.text !== "");
  }
  if (v instanceof DayValue) return true;
  if (v instanceof YesNoValue) return v.yes;
  if (typeof v === "string") return v !== "";
  if (typeof v === "number") return v !== 0;
  return v;
}
