import type { NarrativeItem } from "../read/dataset.types";
import type { CompiledText } from "../template/cellText";
import type { ScopeSchema } from "../template/scopeSchema";
import type { GapUse } from "../template/tagParser";
import type { TemplateValue } from "../template/templateValues";

/** A cell's text (a 表述, 导语, 报告标题) rendered in the placeholder language, with what it met. */
export interface RenderedText {
  readonly sheet: string;
  readonly cell: string;
  /** the leaf category the text belongs to ("" for report information) */
  readonly categoryId: string;
  readonly compiled: CompiledText;
  /** the text as the report will have it (engine markers wrapped, see templateValues.wrapMarker) */
  readonly text: string;
  readonly gaps: readonly GapUse[];
}

export interface RenderedItem extends RenderedText {
  readonly item: NarrativeItem;
}

/** What a report is made from: the data a template reads, the names it may use, and every rendered text. */
export interface ReportScope {
  readonly data: Readonly<Record<string, TemplateValue>>;
  readonly schema: ScopeSchema;
  /** every cell text rendered for the report: report information first, then items in order */
  readonly texts: readonly RenderedText[];
}
