import { escapeXml } from "../xml/xmlText";
import { applyFilters, lookupPath, toSectionValue, toText } from "./evaluate";
import { parseExpression } from "./expression";
import { filterNames } from "./filters";
import { nameKey } from "../values/names";
import { Gap, wrapMarker, type TemplateValue } from "./templateValues";

/** A gap met while rendering: which fact, through which tag, where. */
export interface GapUse {
  readonly gap: Gap;
  readonly tag: string;
  readonly offset: number | undefined;
  readonly file: string | undefined;
}

/** One render: the report's data, and what the render met that the report does not have. */
export interface RenderSession {
  readonly root: Readonly<Record<string, TemplateValue>>;
  readonly gaps: GapUse[];
  /** the package part being rendered (kept by a small docxtemplater module), or undefined for text */
  file: string | undefined;
}

/** The session a parser reads; swapped per render, since a compiled text is rendered many times. */
export interface SessionHolder {
  session: RenderSession | null;
  /**
   * Called every few thousand tags of a long render: the platform's chance to collect the
   * garbage a render of hundreds of thousands of paragraphs leaves (see engine.ts, Platform)
   */
  readonly relieve?: () => void;
}

/** How many tags a render evaluates between two calls of SessionHolder.relieve. */
const RELIEVE_EVERY = 4096;

export function newSession(root: Readonly<Record<string, TemplateValue>>): RenderSession {
  return { root, gaps: [], file: undefined };
}

interface ParserContext {
  readonly meta: {
    readonly part: { readonly module?: string; readonly offset?: number; readonly value: string };
  };
}

/**
 * The docxtemplater `parser` shared by Word templates and cell text: tags go through the
 * engine's own placeholder language (no JavaScript evaluation). A value the report lacks becomes
 * a wrapped 【待补充：…】 marker and is recorded with where it was met.
 */
export function createTagParser(holder: SessionHolder) {
  let evaluated = 0;
  return (tag: string) => {
    const expr = parseExpression(tag, filterNames);
    return {
      get(scope: unknown, context: ParserContext): unknown {
        const session = holder.session;
        if (!session) return undefined;
        if (holder.relieve && ++evaluated % RELIEVE_EVERY === 0) holder.relieve();
        const found = lookupPath(scope, expr.path);
        // undefined lets docxtemplater look in the enclosing scopes (the item, then the report)
        if (found === undefined || found === null) return undefined;
        const value = applyFilters(found, expr, {
          lookup: (name) => lookupPath(session.root, [nameKey(name)]),
        });
        const part = context.meta.part;
        if (part.module === "loop") return toSectionValue(value);
        const text = toText(value);
        let out: string;
        if (text instanceof Gap) {
          session.gaps.push({
            gap: text,
            tag: part.value,
            offset: part.offset,
            file: session.file,
          });
          out = wrapMarker(text.marker);
        } else out = text;
        // {@…} would insert raw XML; here it can only ever insert text.
        if (part.module === "rawxml")
          return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(out)}</w:t></w:r></w:p>`;
        return out;
      },
    };
  };
}

/** What docxtemplater asks for a name no scope has: a visible marker, or nothing for a section. */
export function unknownNameGetter(part: { module?: string; value: string }): string {
  if (part.module) return "";
  const name = part.value.split("|")[0]?.trim() || part.value;
  return wrapMarker(new Gap(name, "unknown").marker);
}
