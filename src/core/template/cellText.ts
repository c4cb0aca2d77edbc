import TxtTemplater from "docxtemplater/js/text.js";
import Lexer from "docxtemplater/js/lexer.js";
import { ExpressionError, parseExpression, type Expression } from "./expression";
import { filterNames } from "./filters";
import { normalizeBraces } from "./normalizeBraces";
import { problemsFromXtError, type SyntaxProblem } from "./syntaxProblems";
import {
  createTagParser,
  newSession,
  unknownNameGetter,
  type GapUse,
  type RenderSession,
  type SessionHolder,
} from "./tagParser";

/**
 * A tag as written in a cell: what the static pass checks. One object per distinct tag text,
 * shared by every statement that uses it.
 */
export interface TagSite {
  /** the tag's text between the braces, prefix included ({#成文日期} → "#成文日期") */
  readonly raw: string;
  /** the parsed expression (prefix removed) */
  readonly expr: Expression;
  /** "#" or "^" for a section's opening, "/" for its end, "" for a placeholder */
  readonly prefix: "" | "#" | "^" | "/";
}

interface LiveSite extends TagSite {
  readonly getter: ReturnType<ReturnType<typeof createTagParser>>;
}

export interface CompiledText {
  readonly text: string;
  readonly tags: readonly TagSite[];
  readonly problems: readonly SyntaxProblem[];
  /** plain placeholders: the text's pieces, in order (null for the other kinds) */
  readonly pieces: ReadonlyArray<string | LiveSite> | null;
  /** sections: docxtemplater's own compile of the text */
  readonly sections: TxtTemplater | null;
}

const DELIMITERS = { start: "{", end: "}" };
const SYNTAX = {
  changeDelimiterPrefix: null,
  preserveNewlinesInTags: false,
  allowUnopenedTag: false,
  allowUnclosedTag: false,
  allowUnbalancedLoops: false,
};

const NO_ERRORS: unknown[] = [];

export interface LexedPart {
  readonly type: string;
  readonly position?: string;
  readonly value?: string;
  readonly offset?: number;
}

/**
 * A text whose braces pair up plainly — each { closed by the next }, none inside a tag — split the
 * way docxtemplater's lexer splits it; null for any other text. Nearly every statement is such a
 * text, and the lexer's own bookkeeping costs about a kilobyte of garbage per text: with hundreds
 * of thousands of statements that is what a check's memory peaks on. A test holds this to the
 * lexer's output on generated texts.
 */
export function lexPlainBraces(text: string): LexedPart[] | null {
  const parts: LexedPart[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf("{", at);
    const stray = text.indexOf("}", at);
    if (open === -1) {
      if (stray !== -1) return null;
      break;
    }
    const close = text.indexOf("}", open + 1);
    if (stray < open || close === -1) return null;
    const inner = text.indexOf("{", open + 1);
    if (inner !== -1 && inner < close) return null;
    if (open > at) parts.push({ type: "content", value: text.slice(at, open) });
    parts.push({ type: "delimiter", position: "start", offset: open });
    if (close > open + 1) parts.push({ type: "content", value: text.slice(open + 1, close) });
    parts.push({ type: "delimiter", position: "end", offset: close });
    at = close + 1;
  }
  if (at < text.length) parts.push({ type: "content", value: text.slice(at) });
  return parts;
}

/**
 * docxtemplater's own lexer over one text: its delimiter parser, the step TxtTemplater's lexing
 * comes down to for a text (the text is its one content part). A text of plainly paired braces
 * takes the short way above, with the same result.
 */
function lex(text: string): { lexed: readonly LexedPart[]; errors: unknown[] } {
  const plain = lexPlainBraces(text);
  if (plain) return { lexed: plain, errors: NO_ERRORS };
  const { parsed, errors } = Lexer.parseDelimiters(
    [{ value: text, lIndex: 0 }],
    DELIMITERS,
    SYNTAX,
  );
  return { lexed: (parsed[0] ?? []) as readonly LexedPart[], errors };
}

const PREFIXES = new Set(["#", "^", "/"]);

/**
 * One render at a time reads the session through this holder (rendering is synchronous), so every
 * compiled text shares one parser, and a tag repeated across thousands of statements ({新收案件},
 * {新收案件|同比}) is parsed — and given its getter — once.
 */
const holder: SessionHolder = { session: null };
const parser = createTagParser(holder);

type TagInfo =
  LiveSite | { readonly reason: SyntaxProblem["reason"]; readonly args: SyntaxProblem["args"] };

const tagInfos = new Map<string, TagInfo>();
const TAG_CACHE_LIMIT = 20_000;

function tagInfo(raw: string): TagInfo {
  const hit = tagInfos.get(raw);
  if (hit) return hit;
  const first = raw.trimStart()[0] ?? "";
  const prefix = (PREFIXES.has(first) ? first : "") as TagSite["prefix"];
  const body = prefix ? raw.trimStart().slice(1) : raw;
  let info: TagInfo;
  try {
    info = { raw, prefix, expr: parseExpression(body, filterNames), getter: parser(body) };
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    info = { reason: e.reason, args: e.args };
  }
  if (tagInfos.size >= TAG_CACHE_LIMIT) tagInfos.clear();
  tagInfos.set(raw, info);
  return info;
}

/**
 * Compiled texts with sections, by text: docxtemplater's compile of one is dear (about 30 µs),
 * and check and generate render the same statements. Bounded, so a hostile workbook cannot grow
 * it without limit. A text of plain placeholders is not kept: lexing it again costs less than
 * keeping it, and a cache of hundreds of thousands of short-lived compiled texts is what made the
 * engine's memory peak (kept objects teach the JavaScript engine to allocate such objects as
 * long-lived, where they then wait for a full collection).
 */
const sectionCache = new Map<string, CompiledText>();
const CACHE_LIMIT = 5_000;

/**
 * A 表述 (or any cell text) in the placeholder language of the Word templates. Its tags are
 * found by docxtemplater's lexer; a text with sections ({#名称}…{/名称}) is compiled and rendered
 * by docxtemplater's TxtTemplater, so conditions and loops behave exactly as in Word. A text of
 * plain placeholders — nearly all statements — is rendered tag by tag from the same lexer output
 * with the same tag parser: docxtemplater's full compile costs about 30 µs a sentence, the lexer 2.
 */
export function compileCellText(raw: string): CompiledText {
  const hit = sectionCache.get(raw);
  if (hit) return hit;
  const compiled = compile(raw);
  if (compiled.sections) {
    if (sectionCache.size >= CACHE_LIMIT) sectionCache.clear();
    sectionCache.set(raw, compiled);
  }
  return compiled;
}

const NO_TAGS: readonly TagSite[] = [];
const NO_PROBLEMS: readonly SyntaxProblem[] = [];

function literal(
  text: string,
  problems: readonly SyntaxProblem[] = NO_PROBLEMS,
  tags: readonly TagSite[] = NO_TAGS,
): CompiledText {
  return { text, tags, problems, pieces: null, sections: null };
}

function compile(raw: string): CompiledText {
  const text = normalizeBraces(raw);
  if (!text.includes("{") && !text.includes("}")) return literal(text);
  const { lexed, errors } = lex(text);
  if (errors.length > 0)
    return literal(text, problemsFromXtError({ properties: { errors } as never }));

  const pieces: Array<string | LiveSite> = [];
  const sites: LiveSite[] = [];
  const problems: SyntaxProblem[] = [];
  let inTag: { offset: number; raw: string } | null = null;
  for (const part of lexed) {
    if (part.type === "delimiter") {
      if (part.position === "start") inTag = { offset: part.offset ?? 0, raw: "" };
      else if (inTag) {
        const info = tagInfo(inTag.raw);
        if ("reason" in info)
          problems.push({
            reason: info.reason,
            tag: inTag.raw,
            offset: inTag.offset,
            args: info.args,
          });
        else {
          sites.push(info);
          pieces.push(info);
        }
        inTag = null;
      }
    } else if (part.type === "content") {
      if (inTag) inTag.raw += part.value ?? "";
      else pieces.push(part.value ?? "");
    }
  }
  if (problems.length > 0) return literal(text, problems, sites);
  if (!sites.some((t) => t.prefix !== ""))
    return { text, tags: sites, problems, pieces, sections: null };
  try {
    const sections = new TxtTemplater(text, {
      parser,
      nullGetter: unknownNameGetter,
      syntax: SYNTAX,
    } as never);
    return { text, tags: sites, problems, pieces: null, sections };
  } catch (e) {
    return literal(text, problemsFromXtError(e), sites);
  }
}

/** A compiled text with a report's data: what the statement says this year. */
export function renderCellText(compiled: CompiledText, session: RenderSession): string {
  const { pieces, sections } = compiled;
  if (!pieces && !sections) return compiled.text;
  holder.session = session;
  try {
    if (sections) return sections.render(session.root);
    let out = "";
    for (const p of pieces as ReadonlyArray<string | LiveSite>) {
      if (typeof p === "string") out += p;
      else {
        const v = p.getter.get(session.root, { meta: { part: { value: p.raw } } });
        out += v === undefined ? unknownNameGetter({ value: p.raw }) : String(v);
      }
    }
    return out;
  } finally {
    holder.session = null;
  }
}

const NO_GAPS: readonly GapUse[] = [];

/**
 * What a compiled text meets that the report's data lacks, without writing the text out: a
 * statement of plain placeholders meets exactly what its tags meet, and each distinct tag is
 * evaluated once per data (`perTag`); a statement with sections is rendered, since its conditions
 * decide which tags count.
 */
export function cellTextGaps(
  compiled: CompiledText,
  root: RenderSession["root"],
  perTag: Map<string, readonly GapUse[]>,
): readonly GapUse[] {
  if (compiled.sections) {
    const session = newSession(root);
    renderCellText(compiled, session);
    return session.gaps.length > 0 ? session.gaps : NO_GAPS;
  }
  if (!compiled.pieces) return NO_GAPS;
  let out: GapUse[] | null = null;
  for (const p of compiled.pieces) {
    if (typeof p === "string") continue;
    let gaps = perTag.get(p.raw);
    if (!gaps) {
      const session = newSession(root);
      holder.session = session;
      try {
        p.getter.get(root, { meta: { part: { value: p.raw } } });
      } finally {
        holder.session = null;
      }
      gaps = session.gaps.length > 0 ? session.gaps : NO_GAPS;
      perTag.set(p.raw, gaps);
    }
    if (gaps.length > 0) (out ??= []).push(...gaps);
  }
  return out ?? NO_GAPS;
}
