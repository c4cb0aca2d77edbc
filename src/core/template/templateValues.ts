import type { MetricDef } from "../packs/pack.types";
import type { MetricFigure } from "../values/figure";
import type { DayDate } from "../values/parsedValue.types";

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

/** A 是/否 row of the report information: prints as typed (是/否), and as a condition is its answer. */
export class YesNoValue {
  constructor(readonly yes: boolean) {}
}

export type GapReason = "missing" | "notApplicable" | "unknown" | "invalid";

/** Which side of a figure a gap is on: this year's, last year's (同比, 上年), or the whole of a share (占). */
export type GapSide = "value" | "prior" | "base";

/**
 * A fact the report needs but the workbook does not give. It renders as a visible marker, never
 * as empty text or "undefined", so that no draft silently drops a fact.
 */
export class Gap {
  constructor(
    readonly label: string,
    readonly reason: GapReason,
    /** the metric code, when the gap is a metric's figure */
    readonly metric: string | null = null,
    readonly side: GapSide = "value",
  ) {}

  get marker(): string {
    return gapMarker(this.label, this.reason);
  }
}

function gapMarker(label: string, reason: GapReason): string {
  switch (reason) {
    case "notApplicable":
      return `【不适用：${label}】`;
    case "unknown":
      return `【未知字段：${label}】`;
    default:
      return `【待补充：${label}】`;
  }
}

export type TemplateValue =
  | string
  | number
  | boolean
  | MetricValue
  | DayValue
  | YesNoValue
  | Gap
  | readonly TemplateValue[]
  | { readonly [key: string]: TemplateValue };

/**
 * Markers the engine writes are wrapped in these two private-use characters until the document is
 * finished, so that highlighting finds exactly the engine's markers — never a 【待补充：…】 that
 * somebody typed into a sentence — and then removes them.
 */
export const MARK_OPEN = "\uE000";
export const MARK_CLOSE = "\uE001";

export function wrapMarker(marker: string): string {
  return `${MARK_OPEN}${marker}${MARK_CLOSE}`;
}

/** A prompt of a pack's default sentence, left in a text (the engine never writes one). */
const PROMPT = /【请填写：[^】]*】/g;

/** The text with each prompt it still holds wrapped as one of the engine's markers. */
export function markPrompts(text: string): string {
  return text.includes("【请填写：") ? text.replace(PROMPT, (p) => wrapMarker(p)) : text;
}

/** Every gap marker a report can hold, including 【请填写：…】 prompts left in a sentence. */
export const GAP_MARKER_PATTERN = /【(?:待补充|不适用|未知字段|请填写)：[^】]*】/g;

/**
 * Where a part's table goes: its heading carries this anchor (two more private-use characters
 * around the table's id) until the document is finished; the table is set after the paragraph
 * that holds it, and the anchor removed. A template that prints the part's heading places it.
 */
export const TABLE_OPEN = "\uE002";
export const TABLE_CLOSE = "\uE003";

export function tableAnchor(id: string): string {
  return `${TABLE_OPEN}${id}${TABLE_CLOSE}`;
}
