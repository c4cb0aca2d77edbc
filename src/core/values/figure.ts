import type { ApproxMark, DayDate } from "./parsedValue.types";

/** A metric's value after it was matched to the metric's unit: what the read stage hands on. */
export type MetricFigure =
  | {
      readonly kind: "number";
      readonly value: number;
      readonly approx: ApproxMark | null;
      /** the magnitude word the clerk typed (1.3亿余元, 12万余), which the report keeps */
      readonly scale?: "万" | "亿";
    }
  | { readonly kind: "date"; readonly date: DayDate }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "missing" }
  | { readonly kind: "notApplicable" }
  /** present in the sheet but unusable (an error value, or text where a number belongs) */
  | { readonly kind: "invalid"; readonly raw: string };

export const MISSING: MetricFigure = { kind: "missing" };
