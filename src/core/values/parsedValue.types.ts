/** How a report writes an approximate figure: 40余, 2000多万, 约40, 近30万, 超100. */
export type ApproxMark = "余" | "多" | "约" | "近" | "超";

export interface DayDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** What one value cell says, before it is matched to a metric's unit. */
export type ParsedValue =
  | { readonly kind: "missing" }
  | { readonly kind: "notApplicable" }
  | { readonly kind: "error"; readonly code: string }
  | {
      readonly kind: "number";
      readonly value: number;
      readonly approx: ApproxMark | null;
      /** The unit typed in the cell itself ("万元", "件", "%"), or null when there was none. */
      readonly unit: string | null;
    }
  | { readonly kind: "date"; readonly date: DayDate }
  | { readonly kind: "text"; readonly text: string };
