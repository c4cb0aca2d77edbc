import { UserError } from "../errors/userError";

/**
 * One fault of a pack file, as data: where (a JSON path such as metrics[3].name) and what, by
 * code (a JSON Schema keyword, or one of the cross-checks below) with the values it needs.
 */
export interface PackProblem {
  readonly path: string;
  readonly code: string;
  readonly args: Readonly<Record<string, string | number>>;
}

/** A pack that cannot be used; every fault is listed, worded by messages/packProblemText.ts. */
export class PackError extends UserError {
  constructor(
    readonly file: string,
    readonly problems: readonly PackProblem[],
  ) {
    super("PACK_INVALID", { path: file, count: problems.length });
    this.name = "PackError";
  }
}
