/**
 * The implicit clause rule of the workbook's texts (表述, 导语, 小标题): a clause whose figure the
 * report cannot state leaves by itself, so a clerk never writes or reads `{#X}…{/X}`.
 *
 * A clause is the text between 。！？ and ，、； boundaries that holds a placeholder. It leaves
 * when a metric it names is optional and blank, is 不适用, or is 0 where the pack says
 * `"zero": "drop"`, and a clause comparing with last year (|同比, |变化) leaves when 上年同期 is
 * blank or 0. A metric with `zeroText` at 0 has its clause replaced by those words. A blank
 * **required** figure never leaves a clause: it stays an error, and a draft shows its marker. A
 * sentence leaves whole when every clause of it that held a placeholder left; a sentence with no
 * placeholder is kept word for word. A sentence holding an explicit section (`{#X}`, `{^X}`) is
 * the author's own logic and is left as written.
 *
 * The rule is a rewrite of the source before it is compiled (the data is known by then), so the
 * compiled language, its cache of shapes and its parity with docxtemplater are untouched.
 */

/** Why a clause left. */
export type DropReason = "missing" | "notApplicable" | "zero" | "noPrior";

/** What a placeholder's figure asks of its clause. */
export type ClauseFate =
  | { readonly kind: "keep" }
  | { readonly kind: "drop"; readonly name: string; readonly reason: DropReason }
  | { readonly kind: "replace"; readonly name: string; readonly text: string };

export interface DroppedClause {
  readonly name: string;
  readonly reason: DropReason;
  /** the whole sentence left, not one clause of it */
  readonly sentence: boolean;
  /** the clause or sentence as written */
  readonly text: string;
}

export interface ClauseRewrite {
  readonly source: string;
  readonly dropped: readonly DroppedClause[];
}

const TERMINATORS = /[。！？!?]/u;
const DELIMITERS = /[，、；,;]/u;
const TAG = /\{([^{}]*)\}/gu;
const SECTION = /\{\s*[#^/]/u;

interface Clause {
  readonly text: string;
  /** the delimiter after it ("" for the sentence's last clause) */
  readonly delimiter: string;
}

/** Splits a sentence's body at ，、； outside placeholders. */
function clausesOf(body: string): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? "";
    if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0 && DELIMITERS.test(ch)) {
      out.push({ text: body.slice(start, i), delimiter: ch });
      start = i + 1;
    }
  }
  out.push({ text: body.slice(start), delimiter: "" });
  return out;
}

/** A text's sentences, each with its terminator(s) and the spaces after them. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0 && TERMINATORS.test(ch)) {
      let end = i + 1;
      while (
        end < text.length &&
        (TERMINATORS.test(text[end] ?? "") || /[”’」』）)\s]/u.test(text[end] ?? ""))
      )
        end++;
      out.push(text.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** A sentence as its body and its ending (the terminator and any closing quote or space after). */
function splitEnding(sentence: string): { body: string; ending: string } {
  const m = /[。！？!?][。！？!?”’」』）)\s]*$/u.exec(sentence);
  return m ? { body: sentence.slice(0, m.index), ending: m[0] } : { body: sentence, ending: "" };
}

export function implicitClauses(text: string, fateOf: (tag: string) => ClauseFate): ClauseRewrite {
  // nearly every text either has no placeholder or keeps every clause: said without rebuilding it
  if (!text.includes("{")) return { source: text, dropped: [] };
  // nearly every text keeps every clause: its tags say so before any sentence is split
  let any = false;
  for (let open = text.indexOf("{"); open !== -1 && !any; open = text.indexOf("{", open + 1)) {
    const close = text.indexOf("}", open + 1);
    if (close === -1) break;
    if (fateOf(text.slice(open + 1, close)).kind !== "keep") any = true;
  }
  if (!any) return { source: text, dropped: [] };
  const dropped: DroppedClause[] = [];
  let changed = false;
  const out: string[] = [];
  for (const sentence of sentencesOf(text)) {
    if (!sentence.includes("{") || SECTION.test(sentence)) {
      out.push(sentence);
      continue;
    }
    const { body, ending } = splitEnding(sentence);
    const clauses = clausesOf(body);
    let withTags = 0;
    let left = 0;
    let replaced = false;
    const kept: Clause[] = [];
    const leaving: DroppedClause[] = [];
    for (const c of clauses) {
      const tags = [...c.text.matchAll(TAG)].map((m) => m[1] ?? "");
      if (tags.length === 0) {
        kept.push(c);
        continue;
      }
      withTags++;
      const fates = tags.map(fateOf);
      const drop = fates.find((f) => f.kind === "drop");
      if (drop?.kind === "drop") {
        left++;
        // the clauses either side now meet: the stronger of the two stops stands between them
        const prev = kept[kept.length - 1];
        if (prev && strength(c.delimiter) > strength(prev.delimiter))
          kept[kept.length - 1] = { ...prev, delimiter: c.delimiter };
        leaving.push({ name: drop.name, reason: drop.reason, sentence: false, text: c.text });
        continue;
      }
      const replace = fates.find((f) => f.kind === "replace");
      kept.push(replace?.kind === "replace" ? { text: replace.text, delimiter: c.delimiter } : c);
      if (replace) replaced = changed = true;
    }
    if (left === 0) {
      out.push(replaced ? rebuild(kept, ending) : sentence);
      continue;
    }
    changed = true;
    if (left === withTags) {
      // every clause that said something left: what remains says nothing ("维护社会稳定。")
      const first = leaving[0];
      if (first) dropped.push({ ...first, sentence: true, text: sentence.trim() });
      continue;
    }
    dropped.push(...leaving);
    out.push(rebuild(kept, ending));
  }
  return changed ? { source: out.join(""), dropped } : { source: text, dropped };
}

/** 、 < ， < ； (half-width alike) */
const strength = (d: string): number =>
  ["、", "，,", "；;"].findIndex((g) => g.includes(d || "-")) + 1;

/** The kept clauses with the delimiters between them, ending as the sentence ended. */
function rebuild(kept: readonly Clause[], ending: string): string {
  let s = "";
  kept.forEach((c, i) => {
    s += c.text;
    if (i < kept.length - 1) s += c.delimiter || "，";
  });
  return s.replace(/^[，、；,;\s]+|[，、；,;\s]+$/gu, "") + ending;
}
