import { isSyntaxReason, type SyntaxReason } from "./syntaxReasons";
import { ExpressionError } from "./expression";

/** A tag that cannot be read, with docxtemplater's or the expression parser's reason id. */
export interface SyntaxProblem {
  readonly reason: SyntaxReason;
  /** the tag as written (or the text where the problem is) */
  readonly tag: string;
  /** where in the part's text (docxtemplater counts offsets in the visible text) */
  readonly offset: number | undefined;
  readonly args: Readonly<Record<string, string | number>>;
}

interface XtErrorLike {
  readonly properties?: {
    readonly id?: string;
    readonly xtag?: string;
    readonly offset?: number | readonly number[];
    readonly file?: string;
    readonly openingtag?: string;
    readonly closingtag?: string;
    readonly rootError?: unknown;
    readonly errors?: readonly XtErrorLike[];
  };
}

/** docxtemplater's multi-error or single error → its sub-errors. */
export function xtErrors(e: unknown): readonly XtErrorLike[] {
  if (!isXtError(e) || !e.properties) return [];
  const p = e.properties;
  return p.errors?.length ? p.errors : [e];
}

/** Anything docxtemplater throws is an object; its fields are read as optional. */
const isXtError = (e: unknown): e is XtErrorLike => typeof e === "object" && e !== null;

/**
 * One docxtemplater error → a problem the user can fix, or null when its id is not one the
 * template's author can cause (then it is a bug of ours and must not be blamed on the template).
 */
function problemFromXtError(sub: XtErrorLike): (SyntaxProblem & { file?: string }) | null {
  const p = sub.properties ?? {};
  const offset = typeof p.offset === "number" ? p.offset : p.offset?.[0];
  const file = p.file !== undefined ? { file: p.file } : {};
  if (p.id === "scopeparser_compilation_failed" && p.rootError instanceof ExpressionError) {
    const root = p.rootError;
    return { reason: root.reason, tag: p.xtag ?? "", offset, args: root.args, ...file };
  }
  if (!p.id || !isSyntaxReason(p.id)) return null;
  const name = (p.xtag ?? p.openingtag ?? "").replace(/^[#^/]/, "");
  const args: Record<string, string> =
    p.id === "closing_tag_does_not_match_opening_tag"
      ? { name: p.openingtag ?? "", other: p.closingtag ?? "" }
      : { name };
  return { reason: p.id, tag: p.xtag ?? p.openingtag ?? "", offset, args, ...file };
}

/** Thrown when docxtemplater fails for a reason no template could cause: an internal error. */
export class TemplateEngineFault extends Error {
  constructor(cause: unknown) {
    super(`template engine: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = "TemplateEngineFault";
  }
}

/** Every sub-error as a problem; any that is not the author's doing makes the whole an internal fault. */
export function problemsFromXtError(e: unknown): Array<SyntaxProblem & { file?: string }> {
  const subs = xtErrors(e);
  if (subs.length === 0) throw new TemplateEngineFault(e);
  return subs.map((sub) => {
    const problem = problemFromXtError(sub);
    if (!problem) throw new TemplateEngineFault(e);
    return problem;
  });
}
