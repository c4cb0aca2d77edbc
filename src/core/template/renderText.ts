import { ExpressionError, parseExpression, type Expression } from "./expression";
import { applyFilters, lookupPath, toText } from "./evaluate";
import { filterNames } from "./filters";
import { Gap, type TemplateValue } from "./templateValues";

export type TextPart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "tag"; readonly raw: string; readonly expr: Expression }
  | { readonly kind: "bad"; readonly raw: string; readonly reason: string };

/**
 * Thousands of statements repeat the same few placeholders ({新收案件}, {新收案件|同比}); each
 * distinct tag is parsed once. Bounded, so a hostile workbook cannot grow it without limit.
 */
const parsed = new Map<string, TextPart>();
const PARSE_CACHE_LIMIT = 10_000;

function parseTag(raw: string): TextPart {
  const hit = parsed.get(raw);
  if (hit) return hit;
  let part: TextPart;
  try {
    part = { kind: "tag", raw, expr: parseExpression(raw, filterNames) };
  } catch (e) {
    part = { kind: "bad", raw, reason: e instanceof ExpressionError ? e.reason : String(e) };
  }
  if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
  parsed.set(raw, part);
  return part;
}

/**
 * Splits a 表述 such as "开展党建共建活动{党建共建活动}" into text and placeholders. A brace that
 * never closes, or a stray closing brace, is reported, not guessed at.
 */
export function splitPlaceholders(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    const strayClose = text.indexOf("}", i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      parts.push({ kind: "text", text: text.slice(i, strayClose) });
      parts.push({ kind: "bad", raw: "}", reason: "多了一个“}”，没有与之配对的“{”" });
      i = strayClose + 1;
      continue;
    }
    if (open === -1) {
      parts.push({ kind: "text", text: text.slice(i) });
      break;
    }
    if (open > i) parts.push({ kind: "text", text: text.slice(i, open) });
    const close = text.indexOf("}", open + 1);
    const nextOpen = text.indexOf("{", open + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      const end = nextOpen === -1 ? text.length : nextOpen;
      parts.push({ kind: "bad", raw: text.slice(open, end), reason: "“{”没有闭合，请补上“}”" });
      i = end;
      continue;
    }
    const raw = text.slice(open + 1, close);
    parts.push(parseTag(raw));
    i = close + 1;
  }
  return parts;
}

export interface RenderedText {
  readonly text: string;
  /** names that no field, metric or category answers to */
  readonly unknown: readonly string[];
  readonly bad: ReadonlyArray<{ raw: string; reason: string }>;
}

/** Fills the placeholders of a 表述 from the report scope (the same language as the template). */
export function renderText(text: string, scope: Record<string, TemplateValue>): RenderedText {
  const unknown: string[] = [];
  const bad: Array<{ raw: string; reason: string }> = [];
  let out = "";
  for (const part of splitPlaceholders(text)) {
    if (part.kind === "text") out += part.text;
    else if (part.kind === "bad") {
      bad.push({ raw: part.raw, reason: part.reason });
      out += part.raw === "}" ? "}" : `{${part.raw.replace(/^\{/, "")}`;
    } else {
      const found = lookupPath(scope, part.expr.path);
      if (found === undefined) {
        unknown.push(part.expr.path.join("."));
        out += new Gap(part.expr.path.join(".") || ".", "unknown").marker;
      } else out += toText(applyFilters(found, part.expr));
    }
  }
  return { text: out, unknown, bad };
}
