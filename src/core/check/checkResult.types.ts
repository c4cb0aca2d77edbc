import type { Issue } from "../issues/issue.types";

export interface CategoryStatus {
  readonly id: string;
  readonly title: string;
  /** the sheet name */
  readonly short: string;
  /** required metrics + the minimum number of narrative items */
  readonly required: number;
  readonly filled: number;
  readonly complete: boolean;
}

export interface CheckResult {
  readonly pack: string;
  /** no issue of severity error */
  readonly complete: boolean;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly notes: number };
  readonly categories: readonly CategoryStatus[];
  readonly issues: readonly Issue[];
}
