/**
 * Why a tag cannot be read, as codes: docxtemplater's lexer and parser ids (unclosed_tag, …) and
 * the placeholder language's own (expression.ts, filters.ts). The words for each are in
 * messages/syntaxReasonText.ts, which must word every one.
 */
const SYNTAX_REASON_IDS = [
  "unclosed_tag",
  "unopened_tag",
  "duplicate_open_tag",
  "duplicate_close_tag",
  "unclosed_loop",
  "unopened_loop",
  "closing_tag_does_not_match_opening_tag",
  "unbalanced_loop_tags",
  "raw_xml_tag_should_be_only_text_in_paragraph",
  "empty",
  "unclosed_quote",
  "bad_argument",
  "empty_segment",
  "forbidden_name",
  "bad_character",
  "unknown_filter",
  "double_braces",
] as const;

export type SyntaxReason = (typeof SYNTAX_REASON_IDS)[number];

const IDS: ReadonlySet<string> = new Set(SYNTAX_REASON_IDS);

export function isSyntaxReason(id: string): id is SyntaxReason {
  return IDS.has(id);
}
