import type { SyntaxReason } from "./syntaxReasons";
import { isForbiddenName, isPlainName, nameKey } from "../values/names";

/**
 * The placeholder language, the same in Word templates and in the workbook's 表述 cells:
 *
 *   {名称}                 a field, metric (by code or by name), or category
 *   {分类.字段}            a field of a field
 *   {名称|写法}            a form: {执行到位金额|约}, {新收案件|同比}
 *   {名称|写法:参数}       with arguments: {编号|序号:2}, {新收案件|同比:2}, {调解|占:受理案件,1}
 *   {.}                    the current item inside a loop
 *
 * Sections ({#名称}…{/名称}) come from docxtemplater's lexer; this parses what stands between
 * the braces. Nothing else: no operators, no calls, no assignment. The parser only produces data,
 * and the evaluator only reads own properties of the engine's own objects, so a template cannot
 * run code.
 */
export interface FilterCall {
  readonly name: string;
  readonly args: ReadonlyArray<string | number>;
}

export interface Expression {
  readonly source: string;
  /** the names read, in the form scope keys have (nameKey); [] means the current scope ({.}) */
  readonly path: readonly string[];
  readonly filters: readonly FilterCall[];
}

export class ExpressionError extends Error {
  constructor(
    readonly reason: SyntaxReason,
    readonly args: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason);
    this.name = "ExpressionError";
  }
}

/** Word's autocorrect and Chinese input methods turn ASCII punctuation into these (｜：“”). */
function normalizeTagText(tag: string): string {
  return tag
    .normalize("NFKC")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\u200B-\u200F\uFEFF]/g, "")
    .trim();
}

/** Splits on `sep` outside quotes. */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let cur = "";
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
      cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === sep) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (quote) throw new ExpressionError("unclosed_quote");
  parts.push(cur);
  return parts;
}

function parseArg(raw: string): string | number {
  const a = raw.trim();
  if (a.length >= 2 && /^(["']).*\1$/s.test(a)) return a.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(a)) return Number(a);
  if (a === "" || !isPlainName(a) || isForbiddenName(a))
    throw new ExpressionError("bad_argument", { arg: a });
  return a;
}

/** A tag's text (without braces) → an expression; an ExpressionError says why it cannot be one. */
export function parseExpression(rawTag: string, knownFilters: ReadonlySet<string>): Expression {
  const source = normalizeTagText(rawTag);
  if (source === "") throw new ExpressionError("empty");
  if (source.startsWith("{") || source.endsWith("}")) throw new ExpressionError("double_braces");
  const [head, ...filterParts] = splitOutsideQuotes(source, "|");
  const pathText = (head ?? "").trim();
  let path: string[];
  if (pathText === ".") path = [];
  else {
    path = pathText.split(".").map((p) => nameKey(p));
    for (const p of path) {
      if (p === "") throw new ExpressionError(pathText === "" ? "empty" : "empty_segment");
      if (isForbiddenName(p)) throw new ExpressionError("forbidden_name", { name: p });
      if (!isPlainName(p)) throw new ExpressionError("bad_character", { name: p });
    }
  }
  const filters = filterParts.map((fp): FilterCall => {
    const [nameRaw, ...argParts] = splitOutsideQuotes(fp, ":");
    const name = (nameRaw ?? "").trim();
    if (!knownFilters.has(name)) {
      throw new ExpressionError("unknown_filter", {
        filter: name,
        known: [...knownFilters].join(" "),
      });
    }
    const argText = argParts.join(":");
    const args = argParts.length ? splitOutsideQuotes(argText, ",").map(parseArg) : [];
    return { name, args };
  });
  return { source, path, filters };
}
