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
  /** sections: docxtemplater's own compile of the text's shape, and the text's own words */
  readonly sections: SectionForm | null;
}

/**
 * A text with sections, as docxtemplater compiles it: its shape — the tags in order, each run of
 * words between them replaced by a slot — compiled once for every text of that shape, and the
 * words that fill the slots. Words never change what a section does (only tags do), so texts
 * such as the blank workbook's "{#X}…{X}…{/X}" sentences, thousands alike but for their words,
 * cost one compile, and what the checks learn from one of them holds for all.
 */
export interface SectionForm {
  /** null for a text compiled on its own: one whose tag holds the slot character */
  readonly shape: string | null;
  readonly template: TxtTemplater;
  readonly literals: readonly string[];
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
  // cast: docxtemplater's lexer returns untyped parts of this shape
  return { lexed: (parsed[0] ?? []) as readonly LexedPart[], errors };
}

const PREFIXES: ReadonlyArray<TagSite["prefix"]> = ["#", "^", "/"];

/**
 * A slot's tag: a control character, then the index of its words. The shape's parser gives a slot
 * the words of the text being rendered. XML has no U+0001, but a cell can still hold one (Excel
 * writes it as _x0001_): a text with a tag that holds it is compiled on its own, and a value that
 * holds it is noticed while written (slotClash).
 */
const SLOT = "\u0001";
const SLOT_TOKEN = new RegExp(`${SLOT}(\\d+)${SLOT}`, "g");

type TagInfo =
  LiveSite | { readonly reason: SyntaxProblem["reason"]; readonly args: SyntaxProblem["args"] };

/** Tags kept per runtime: a hostile workbook cannot grow the cache without limit. */
const TAG_CACHE_LIMIT = 20_000;
/** Compiled shapes kept per runtime, likewise. */
const SHAPE_CACHE_LIMIT = 5_000;

const NO_TAGS: readonly TagSite[] = [];
const NO_PROBLEMS: readonly SyntaxProblem[] = [];
const NO_GAPS: readonly GapUse[] = [];

function literal(
  text: string,
  problems: readonly SyntaxProblem[] = NO_PROBLEMS,
  tags: readonly TagSite[] = NO_TAGS,
): CompiledText {
  return { text, tags, problems, pieces: null, sections: null };
}

/** A value a tag's getter gave, as text: names print text and numbers, never an object's "[object Object]". */
const printed = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";

/**
 * Everything cell texts need while they are compiled and written for one report: the parser every
 * compiled text shares, the render session it reads, the words of the text being written into a
 * shape's slots, and two caches. One runtime serves the report scopes of one engine, one after
 * another (compile, check and write), and texts compiled by it are written by it alone.
 *
 * Invariants the shape cache relies on:
 * - rendering is synchronous, so one session at a time is read through `holder`, and it is cleared
 *   (with `slotWords`) when each render ends, however it ends;
 * - a shape is a text's tags in order with its words as numbered slots: two texts of one shape
 *   differ in words only, and words never change what a section does — so one compile, one gap
 *   list and one written form (with slot tokens) serve every text of that shape;
 * - a shape is never built for a text whose tag holds the slot character (it is compiled on its
 *   own), and a value that holds it while a shape is written (`slotClash`) makes that shape's texts
 *   be written one by one.
 */
export class CellTextRuntime {
  private readonly holder: SessionHolder = { session: null };
  /**
   * Every compiled text shares one parser, so a tag repeated across thousands of statements
   * ({新收案件}, {新收案件|同比}) is parsed — and given its getter — once.
   */
  private readonly parser = createTagParser(this.holder);
  private slotWords: readonly string[] = [];
  /** set when a value written holds the slot character, which then cannot mark a slot */
  private slotClash = false;
  private readonly tagInfos = new Map<string, TagInfo>();
  /**
   * Compiled shapes of texts with sections, by shape: docxtemplater's compile of one is dear
   * (about 30 µs) and statements share a handful of shapes. Nothing else is kept from text to
   * text: lexing a text again costs less than keeping it, and hundreds of thousands of kept
   * compiled texts are what made a large check's memory peak (kept objects teach the JavaScript
   * engine to allocate their kind as long-lived).
   */
  private readonly shapes = new Map<string, TxtTemplater | { readonly failed: unknown }>();

  private readonly shapeParser = (tag: string) => {
    if (tag.startsWith(SLOT))
      return { get: () => this.slotWords[Number(tag.slice(SLOT.length))] ?? "" };
    const getter = this.parser(tag);
    return {
      get: (scope: unknown, context: Parameters<typeof getter.get>[1]): unknown => {
        const v = getter.get(scope, context);
        if (typeof v === "string" && v.includes(SLOT)) this.slotClash = true;
        return v;
      },
    };
  };

  private tagInfo(raw: string): TagInfo {
    const hit = this.tagInfos.get(raw);
    if (hit) return hit;
    const first = raw.trimStart()[0] ?? "";
    const prefix = PREFIXES.find((p) => p === first) ?? "";
    const body = prefix ? raw.trimStart().slice(1) : raw;
    let info: TagInfo;
    try {
      info = { raw, prefix, expr: parseExpression(body, filterNames), getter: this.parser(body) };
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      info = { reason: e.reason, args: e.args };
    }
    if (this.tagInfos.size >= TAG_CACHE_LIMIT) this.tagInfos.clear();
    this.tagInfos.set(raw, info);
    return info;
  }

  private compileSections(text: string, tagParser: (tag: string) => unknown): TxtTemplater {
    // cast: TxtTemplater's typings lack the parser/nullGetter/syntax options it supports
    return new TxtTemplater(text, {
      parser: tagParser,
      nullGetter: unknownNameGetter,
      syntax: SYNTAX,
    } as never);
  }

  private compiledShape(shape: string): TxtTemplater | { readonly failed: unknown } {
    let hit = this.shapes.get(shape);
    if (!hit) {
      try {
        hit = this.compileSections(shape, this.shapeParser);
      } catch (e) {
        hit = { failed: e };
      }
      if (this.shapes.size >= SHAPE_CACHE_LIMIT) this.shapes.clear();
      this.shapes.set(shape, hit);
    }
    return hit;
  }

  /**
   * A 表述 (or any cell text) in the placeholder language of the Word templates. Its tags are
   * found by docxtemplater's lexer; a text with sections ({#名称}…{/名称}) is rendered by
   * docxtemplater's TxtTemplater (compiled once per shape, see SectionForm), so conditions and
   * loops behave exactly as in Word. A text of plain placeholders — nearly all statements — is
   * rendered tag by tag from the same lexer output with the same tag parser: docxtemplater's full
   * compile costs about 30 µs a sentence, the lexer 2.
   */
  compile(raw: string): CompiledText {
    const text = normalizeBraces(raw);
    if (!text.includes("{") && !text.includes("}")) return literal(text);
    const { lexed, errors } = lex(text);
    if (errors.length > 0)
      // cast: docxtemplater's error-properties shape, which its typings do not export
      return literal(text, problemsFromXtError({ properties: { errors } as never }));

    const pieces: Array<string | LiveSite> = [];
    const sites: LiveSite[] = [];
    const problems: SyntaxProblem[] = [];
    let inTag: { offset: number; raw: string } | null = null;
    for (const part of lexed) {
      if (part.type === "delimiter") {
        if (part.position === "start") inTag = { offset: part.offset ?? 0, raw: "" };
        else if (inTag) {
          const info = this.tagInfo(inTag.raw);
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
    // the text's shape, from its pieces: its tags as written, its words as numbered slots
    const literals: string[] = [];
    let shape = "";
    for (const p of pieces)
      if (typeof p === "string") shape += `{${SLOT}${literals.push(p) - 1}}`;
      else shape += `{${p.raw}}`;
    const compiled = sites.some((t) => t.raw.includes(SLOT)) ? null : this.compiledShape(shape);
    if (compiled && !("failed" in compiled))
      return {
        text,
        tags: sites,
        problems,
        pieces: null,
        sections: { shape, template: compiled, literals },
      };
    // a section that does not close, or the like, is said from the text itself (at its own
    // offsets); a text with a tag holding the slot character is compiled on its own
    try {
      const template = this.compileSections(text, this.parser);
      return {
        text,
        tags: sites,
        problems,
        pieces: null,
        sections: { shape: null, template, literals: [] },
      };
    } catch (e) {
      return literal(text, problemsFromXtError(e), sites);
    }
  }

  /** A compiled text with a report's data: what the statement says this year. */
  render(compiled: CompiledText, session: RenderSession): string {
    const { pieces, sections } = compiled;
    if (!pieces && !sections) return compiled.text;
    this.holder.session = session;
    try {
      if (sections) {
        this.slotWords = sections.literals;
        return sections.template.render(session.root);
      }
      let out = "";
      // cast: a shape without sections compiles to these pieces (see compile)
      for (const p of pieces as ReadonlyArray<string | LiveSite>) {
        if (typeof p === "string") out += p;
        else {
          const v = p.getter.get(session.root, { meta: { part: { value: p.raw } } });
          out += v === undefined ? unknownNameGetter({ value: p.raw }) : printed(v);
        }
      }
      return out;
    } finally {
      this.holder.session = null;
      this.slotWords = [];
    }
  }

  /**
   * Writes out many texts against one report's data. A text with sections is written once per
   * shape, each slot left as a token, and every text of that shape then gets its own words in the
   * tokens' places — what docxtemplater would write for the text itself, since words never change
   * what a section does. Should a value hold the slot character, texts of that shape are written
   * one by one.
   */
  writer(root: RenderSession["root"]): (compiled: CompiledText) => string {
    const perShape = new Map<string, string | null>();
    return (compiled) => {
      const sections = compiled.sections;
      if (!sections || sections.shape === null) return this.render(compiled, newSession(root));
      const { shape } = sections;
      let written = perShape.get(shape);
      if (written === undefined) {
        const tokens = sections.literals.map((_w, i) => `${SLOT}${i}${SLOT}`);
        this.slotClash = false;
        const out = this.render(
          { ...compiled, sections: { ...sections, literals: tokens } },
          newSession(root),
        );
        written = this.slotClash ? null : out;
        perShape.set(shape, written);
      }
      if (written === null) return this.render(compiled, newSession(root));
      return written.replace(SLOT_TOKEN, (_m, i: string) => sections.literals[Number(i)] ?? "");
    };
  }

  /**
   * What a compiled text meets that the report's data lacks, without writing the text out: a
   * statement of plain placeholders meets exactly what its tags meet, and each distinct tag is
   * evaluated once per data (`perTag`); a statement with sections is rendered, since its
   * conditions decide which tags count — once per shape, since its words decide nothing.
   */
  gaps(
    compiled: CompiledText,
    root: RenderSession["root"],
    perTag: Map<string, readonly GapUse[]>,
  ): readonly GapUse[] {
    if (compiled.sections) {
      // what a section text meets depends on its tags alone: once per shape (keys of shapes hold
      // braces, a tag's never does); where in the shape it was met says nothing of the text
      const { shape } = compiled.sections;
      if (shape === null) {
        const session = newSession(root);
        this.render(compiled, session);
        return session.gaps.length > 0 ? session.gaps : NO_GAPS;
      }
      let gaps = perTag.get(shape);
      if (!gaps) {
        const session = newSession(root);
        this.render(compiled, session);
        gaps =
          session.gaps.length > 0
            ? session.gaps.map((g) => ({ ...g, offset: undefined }))
            : NO_GAPS;
        perTag.set(shape, gaps);
      }
      return gaps;
    }
    if (!compiled.pieces) return NO_GAPS;
    let out: GapUse[] | null = null;
    for (const p of compiled.pieces) {
      if (typeof p === "string") continue;
      let gaps = perTag.get(p.raw);
      if (!gaps) {
        const session = newSession(root);
        this.holder.session = session;
        try {
          p.getter.get(root, { meta: { part: { value: p.raw } } });
        } finally {
          this.holder.session = null;
        }
        gaps = session.gaps.length > 0 ? session.gaps : NO_GAPS;
        perTag.set(p.raw, gaps);
      }
      if (gaps.length > 0) (out ??= []).push(...gaps);
    }
    return out ?? NO_GAPS;
  }
}
