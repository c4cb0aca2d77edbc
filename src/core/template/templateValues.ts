import type { MetricDef } from "../packs/pack.types";
import type { ApproxMark, DayDate } from "../values/parsedValue.types";

/** A metric's value after it was matched to the metric's unit. */
export type MetricFigure =
  | { readonly kind: "number"; readonly value: number; readonly approx: ApproxMark | null }
  | { readonly kind: "date"; readonly date: DayDate }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "missing" }
  | { readonly kind: "notApplicable" }
  /** present in the sheet but unusable (an error value, or text where a number belongs) */
  | { readonly kind: "invalid"; readonly raw: string };

/** What a placeholder naming a metric evaluates to. */
export class MetricValue {
  constructor(
    readonly def: MetricDef,
    readonly figure: MetricFigure,
    readonly prior: MetricFigure,
  ) {}
}

/** A date from the report information (统计截止日期, 成文日期). */
export class DayValue {
  constructor(readonly date: DayDate) {}
}

/**
 * A fact the report needs but the workbook does not give. It renders as a visible marker, never
 * as empty text or "undefined", so that no draft silently drops a fact.
 */
export class Gap {
  constructor(
    readonly label: string,
    readonly reason: "missing" | "notApplicable" | "unknown" | "invalid",
  ) {}

  get marker(): string {
    switch (this.reason) {
      case "notApplicable":
        return `【不适用：${this.label}】`;
      case "unknown":
        return `【未知字段：${this.label}】`;
      default:
        return `【待补充：${this.label}】`;
    }
  }
}

export type TemplateValue =
  | string
  | number
  | boolean
  | MetricValue
  | DayValue
  | Gap
  | readonly TemplateValue[]
  | { readonly [key: string]: TemplateValue };

/** Markers as the renderer finds them in the document to highlight them. */
export const MARKER_PATTERN = /【(?:待补充|不适用|未知字段)：[^】]*】/g;
