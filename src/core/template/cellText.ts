import TxtTemplater from "docxtemplater/js/text.js";
import Lexer from "docxtemplater/js/lexer.js";
import { ExpressionError, parseExpression, type Expression } from "./expression";
import { filterNames } from "./filters";
import { normalizeBraces } from "./normalizeBraces";
import { problemsFromXtError, type SyntaxProblem } from "./syntaxProblems";
import {
  createTagParser,
  unknownNameGetter,
  type RenderSession,
  type SessionHolder,
} from "./tagParser";

/** A tag as written in a cell, with the sections around it: what the static pass checks. */
export interface TagSite {
  /** the tag's text between the braces, prefix included ({#成文日期} → "#成文日期") */
  readonly raw: string;
  readonly offset: number;
  /** the parsed expression (prefix removed) */
  readonly expr: Expression;
  /** "#" or "^" for a section's opening, "/" for its end, "" for a placeholder */
  readonly prefix: "" | "#" | "^" | "/";
}

export interface CompiledText {
  readonly text: string;
  readonly tags: readonly TagSite[];
  readonly problems: readonly SyntaxProblem[];
  /** how to render it: as it stands, tag by tag, or through docxtemplater (sections) */
  readonly render: (session: RenderSession) => string;
}

const DELIMITERS = { start: "{", end: "}" };
const SYNTAX = {
  changeDelimiterPrefix: null,
  preserveNewlinesInTags: false,
  allowUnopenedTag: false,
  allowUnclosedTag: false,
  allowUnbalancedLoops: false,
};

interface LexedPart {
  readonly type: string;
  readonly position?: string;
  readonly value?: string;
  readonly offset?: number;
}

/** docxtemplater's own lexer, as TxtTemplater calls it, over one text. */
function lex(text: string): { lexed: readonly LexedPart[]; errors: unknown[] } {
  const xmllexed = [
    { type: "tag", position: "start", value: "", text: true },
    { type: "content", value: text },
    { type: "tag", position: "end", value: "" },
  ];
  return Lexer.parse(xmllexed, DELIMITERS, SYNTAX, "text") as {
    lexed: readonly LexedPart[];
    errors: unknown[];
  };
}

const PREFIXES = new Set(["#", "^", "/"]);

function siteOf(raw: string, offset: number): TagSite | SyntaxProblem {
  const first = raw.trimStart()[0] ?? "";
  const prefix = (PREFIXES.has(first) ? first : "") as TagSite["prefix"];
  const body = prefix ? raw.trimStart().slice(1) : raw;
  try {
    return { raw, offset, prefix, expr: parseExpression(body, filterNames) };
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    return { reason: e.reason, tag: raw, offset, args: e.args };
  }
}

const isProblem = (x: TagSite | SyntaxProblem): x is SyntaxProblem => "reason" in x;

/**
 * Compiled texts, by text. Thousands of statements share a few forms, and check and generate
 * render the same statements: each distinct text is compiled once. Bounded, so a hostile
 * workbook cannot grow it without limit.
 */
const cache = new Map<string, CompiledText>();
const CACHE_LIMIT = 50_000;

/**
 * A 表述 (or any cell text) in the placeholder language of the Word templates. Its tags are
 * found by docxtemplater's lexer; a text with sections ({#名称}…{/名称}) is compiled and rendered
 * by docxtemplater's TxtTemplater, so conditions and loops behave exactly as in Word. A text of
 * plain placeholders — nearly all statements — is rendered tag by tag from the same lexer output
 * with the same tag parser: docxtemplater's full compile costs about 30 µs a sentence, the lexer 2.
 */
export function compileCellText(raw: string): CompiledText {
  const hit = cache.get(raw);
  if (hit) return hit;
  const compiled = compile(raw);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, compiled);
  return compiled;
}

function literal(
  text: string,
  problems: readonly SyntaxProblem[] = [],
  tags: readonly TagSite[] = [],
): CompiledText {
  return { text, tags, problems, render: () => text };
}

function compile(raw: string): CompiledText {
  const text = normalizeBraces(raw);
  if (!text.includes("{") && !text.includes("}")) return literal(text);
  const { lexed, errors } = lex(text);
  if (errors.length > 0)
    return literal(text, problemsFromXtError({ properties: { errors } as never }));

  const pieces: Array<string | TagSite> = [];
  const tags: TagSite[] = [];
  const problems: SyntaxProblem[] = [];
  let inTag: { offset: number; raw: string } | null = null;
  for (const part of lexed) {
    if (part.type === "delimiter") {
      if (part.position === "start") inTag = { offset: part.offset ?? 0, raw: "" };
      else if (inTag) {
        const site = siteOf(inTag.raw, inTag.offset);
        if (isProblem(site)) problems.push(site);
        else {
          tags.push(site);
          pieces.push(site);
        }
        inTag = null;
      }
    } else if (part.type === "content") {
      if (inTag) inTag.raw += part.value ?? "";
      else pieces.push(part.value ?? "");
    }
  }
  if (problems.length > 0) return literal(text, problems, tags);

  if (tags.some((t) => t.prefix !== "")) {
    const holder: SessionHolder = { session: null };
    let tpl: TxtTemplater;
    try {
      tpl = new TxtTemplater(text, {
        parser: createTagParser(holder),
        nullGetter: unknownNameGetter,
        syntax: SYNTAX,
      } as never);
    } catch (e) {
      return literal(text, problemsFromXtError(e), tags);
    }
    return {
      text,
      tags,
      problems,
      render: inSession(holder, (session) => tpl.render(session.root)),
    };
  }

  const holder: SessionHolder = { session: null };
  const parse = createTagParser(holder);
  const parts = pieces.map((p) => (typeof p === "string" ? p : { site: p, getter: parse(p.raw) }));
  const render = inSession(holder, (session) => {
    let out = "";
    for (const p of parts) {
      if (typeof p === "string") out += p;
      else {
        const v = p.getter.get(session.root, {
          meta: { part: { value: p.site.raw, offset: p.site.offset } },
        });
        out += v === undefined ? unknownNameGetter({ value: p.site.raw }) : String(v);
      }
    }
    return out;
  });
  return { text, tags, problems, render };
}

/** A render that the compiled tags' parser sees as the current session, and only while it runs. */
function inSession(
  holder: SessionHolder,
  run: (session: RenderSession) => string,
): CompiledText["render"] {
  return (session) => {
    holder.session = session;
    try {
      return run(session);
    } finally {
      holder.session = null;
    }
  };
}
