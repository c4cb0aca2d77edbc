import type { DroppedClause } from "./implicitClauses";
import type { ScopeSchema } from "../template/scopeSchema";
import type { TemplateValue } from "../template/templateValues";
import type { TagFinding } from "../template/inspectTags";
import type { SyntaxProblem } from "../template/syntaxProblems";
import type { GapUse } from "../template/tagParser";

/** What one cell text says to the checks: faults, misused names, and facts it needs but lacks. */
export interface TextFacts {
  readonly problems: readonly SyntaxProblem[];
  readonly findings: ReadonlyArray<TagFinding<null>>;
  readonly gaps: readonly GapUse[];
}

/** A cell's text in the placeholder language (a 表述, 导语, 报告标题), where it is, and what it says to the checks. */
export interface TextUse {
  readonly sheet: string;
  readonly cell: string;
  /** the leaf category the text belongs to ("" for report information) */
  readonly categoryId: string;
  /** the text as typed */
  readonly source: string;
  /** the text the report writes: the source with the clauses that leave by themselves left out */
  readonly written: string;
  /** the same with full-width braces and bars read as the syntax (the same string when none) */
  readonly text: string;
  readonly facts: TextFacts;
}

export interface BareUses {
  count: number;
  readonly first: Array<{ readonly sheet: string; readonly cell: string }>;
}

/** Which names the cell texts read, over all of them (kept whole, not per text: there are many). */
export interface TextNameUses {
  readonly names: ReadonlySet<string>;
  /** each name a text prints outside a condition on itself: how many texts do, and the first few */
  readonly bare: ReadonlyMap<string, BareUses>;
}

export type ReportData = Readonly<Record<string, TemplateValue>>;

/** What a report is made from: the data a template reads, the names it may use, every cell text. */
export interface ReportScope {
  /** report information, metrics and title; categories without their statements written out */
  readonly data: ReportData;
  readonly schema: ScopeSchema;
  /** every cell text of the report: report information first, then the statements in order */
  readonly texts: readonly TextUse[];
  /** the clauses and sentences of the workbook's texts that left by themselves (implicitClauses) */
  readonly dropped: ReadonlyArray<
    DroppedClause & { readonly sheet: string; readonly cell: string }
  >;
  readonly uses: TextNameUses;
  /** the data with every statement written out: what a template renders (made once, on demand) */
  readonly reportData: () => ReportData;
  /** one cell text written out as the report prints it (its sections decided), for a check's second look */
  readonly writeText: (text: TextUse) => string;
}
