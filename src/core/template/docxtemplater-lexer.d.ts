/**
 * docxtemplater's lexer, the function its TxtTemplater runs over a text (js/lexer.js). The
 * package ships no typings for it; these cover the calls made here.
 */
declare module "docxtemplater/js/lexer.js" {
  const Lexer: {
    parseDelimiters(
      innerContentParts: ReadonlyArray<{ value: string; lIndex: number }>,
      delimiters: { start: string; end: string },
      syntax: Record<string, unknown>,
    ): { parsed: unknown[][]; errors: unknown[] };
    parse(
      xmllexed: ReadonlyArray<Record<string, unknown>>,
      delimiters: { start: string; end: string },
      syntax: Record<string, unknown>,
      fileType: string,
    ): { lexed: unknown[]; errors: unknown[] };
  };
  export = Lexer;
}
