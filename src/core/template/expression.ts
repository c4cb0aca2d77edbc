import { isForbiddenName, isPlainName } from "./names";

/**
 * The placeholder language, the same in Word templates and in the workbook's 表述 cells:
 *
 *   {名称}                 a field, metric (by code or by name), or category
 *   {分类.字段}            a field of a field
 *   {名称|过滤器}          a filter: {执行到位金额|约}, {新收案件|同比}
 *   {名称|过滤器:参数}     with arguments: {编号|序号:2}, {新收案件|同比:2}
 *   {.}                    the current item inside a loop
 *
 * Nothing else: no operators, no calls, no assignment. The parser only produces data, and the
 * evaluator only reads own properties of the engine's own objects, so a template cannot run code.
 */
export interface FilterCall {
  readonly name: string;
  readonly args: ReadonlyArray<string | number>;
}

export interface Expression {
  readonly source: string;
  /** [] means the current scope ({.}) */
  readonly path: readonly string[];
  readonly filters: readonly FilterCall[];
}

export class ExpressionError extends Error {
  constructor(
    readonly tag: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "ExpressionError";
  }
}

/** Word's autocorrect and Chinese input methods turn ASCII punctuation into these. */
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
  if (quote) throw new Error(`引号没有闭合`);
  parts.push(cur);
  return parts;
}

function parseArg(raw: string): string | number {
  const a = raw.trim();
  if (/^(["']).*\1$/s.test(a) && a.length >= 2) return a.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(a)) return Number(a);
  if (a === "" || !isPlainName(a)) throw new Error(`参数「${a}」无法识别，文字参数请加引号`);
  return a;
}

export function parseExpression(rawTag: string, knownFilters: ReadonlySet<string>): Expression {
  const source = normalizeTagText(rawTag);
  try {
    if (source === "") throw new Error("花括号里是空的：请写上字段名，例如 {单位名称}");
    const [head, ...filterParts] = splitOutsideQuotes(source, "|");
    const pathText = (head as string).trim();
    let path: string[];
    if (pathText === ".") path = [];
    else {
      path = pathText.split(".").map((p) => p.trim());
      for (const p of path) {
        if (p === "") throw new Error(`字段名「${pathText}」中有多余的“.”`);
        if (isForbiddenName(p)) throw new Error(`「${p}」不能用作字段名`);
        if (!isPlainName(p))
          throw new Error(`字段名「${p}」含有不能使用的符号（空格、逗号、冒号或引号）`);
      }
    }
    const filters = filterParts.map((fp): FilterCall => {
      const [nameRaw, ...argParts] = splitOutsideQuotes(fp, ":");
      const name = (nameRaw as string).trim();
      if (!knownFilters.has(name)) {
        throw new Error(`没有名为「${name}」的过滤器，可用的有：${[...knownFilters].join("、")}`);
      }
      const argText = argParts.join(":");
      const args = argParts.length ? splitOutsideQuotes(argText, ",").map(parseArg) : [];
      return { name, args };
    });
    return { source, path, filters };
  } catch (e) {
    throw new ExpressionError(source, (e as Error).message);
  }
}
