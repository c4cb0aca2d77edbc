import { TITLE_CHARS_PER_LINE } from "./officialFormat";

/**
 * Where a long title breaks (GB/T 9704 §7.3.1: 回行时要做到词意完整，排列对称，长短适宜). Breaks
 * fall only after the unit's name, before 关于, or between words — never inside the unit's name
 * or a term of the no-break list (a word segmenter alone splits 法治政府 and place names) — and
 * of the break sets with the fewest lines, the most symmetric wins, an upper line no longer than
 * the one below it (梯形) before the reverse.
 */

/** Terms of report titles that a segmenter splits and a reader must not see split. */
export const DEFAULT_NO_BREAK: readonly string[] = [
  "法治政府",
  "建设情况",
  "法治建设",
  "工作情况",
  "年度报告",
  "工作报告",
  "情况报告",
  "人民法院",
  "人民检察院",
  "人民政府",
  "监督管理局",
  "依法行政",
  "全面依法治国",
];

/** Width in characters: full-width 1, digits and Latin ½. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return w;
}

/** the segmenter, made once: building one loads ICU's dictionary, a millisecond each time */
let segmenter: Intl.Segmenter | null | undefined;

/** Positions (between code points) that a segmenter calls word boundaries; all, when none is available. */
function wordBoundaries(chars: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (segmenter === undefined) {
    // cast: Intl.Segmenter is missing from older webviews; the typings assume ES2022
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    segmenter = Segmenter ? new Segmenter("zh", { granularity: "word" }) : null;
  }
  if (!segmenter) {
    for (let i = 1; i < chars.length; i++) out.add(i);
    return out;
  }
  let at = 0;
  for (const s of segmenter.segment(chars.join(""))) {
    at += [...s.segment].length;
    out.add(at);
  }
  return out;
}

/** Spans [start, end) of every occurrence of the terms, in code points. */
function spans(chars: readonly string[], terms: readonly string[]): Array<[number, number]> {
  const text = chars.join("");
  const out: Array<[number, number]> = [];
  for (const t of terms) {
    if (t === "") continue;
    let from = 0;
    for (;;) {
      const i = text.indexOf(t, from);
      if (i < 0) break;
      const start = [...text.slice(0, i)].length;
      out.push([start, start + [...t].length]);
      from = i + t.length;
    }
  }
  return out;
}

const OPENING = /[（《“‘([【]/u;
const CLOSING = /[）》”’)\]】，。、；：！？]/u;

export function titleLines(
  title: string,
  options: { unitName?: string; noBreak?: readonly string[]; perLine?: number } = {},
): string[] {
  const perLine = options.perLine ?? TITLE_CHARS_PER_LINE;
  const chars = [...title.trim()];
  if (textWidth(title.trim()) <= perLine) return [title.trim()];
  const unit = options.unitName?.trim() ?? "";
  const forbidden = spans(chars, [
    ...DEFAULT_NO_BREAK,
    ...(options.noBreak ?? []),
    ...(unit ? [unit] : []),
  ]);
  const preferred = new Set<number>();
  for (const [, end] of spans(chars, unit ? [unit] : [])) preferred.add(end);
  for (const [start] of spans(chars, ["关于"])) preferred.add(start);
  const words = wordBoundaries(chars);
  const allowed: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    if (forbidden.some(([s, e]) => i > s && i < e)) continue;
    if (!preferred.has(i) && !words.has(i)) continue;
    // digits stay with their 年/年度, brackets with what they enclose
    if (/\d/.test(chars[i - 1] ?? "") && /[\d年]/.test(chars[i] ?? "")) continue;
    if (OPENING.test(chars[i - 1] ?? "") || CLOSING.test(chars[i] ?? "")) continue;
    allowed.push(i);
  }
  const widthOf = (a: number, b: number) => textWidth(chars.slice(a, b).join(""));
  type Choice = { readonly cuts: number[]; readonly cost: number };
  /** the cuts' lines and how uneven they are, or null when a line would not fit */
  const score = (cuts: number[]): Choice | null => {
    const edges = [0, ...cuts, chars.length];
    const widths = edges.slice(1).map((e, i) => widthOf(edges[i] ?? 0, e));
    if (widths.some((w) => w > perLine)) return null;
    const mean = widths.reduce((a, b) => a + b, 0) / widths.length;
    let cost = widths.reduce((a, w) => a + (w - mean) ** 2, 0);
    // 梯形 before 倒梯形: an upper line longer than the next costs a little
    for (let i = 1; i < widths.length; i++)
      if ((widths[i - 1] ?? 0) > (widths[i] ?? 0)) cost += 0.5;
    return { cuts, cost };
  };
  // fewer lines first, then the most even
  const better = (best: Choice | null, c: Choice | null): Choice | null =>
    !c
      ? best
      : !best ||
          c.cuts.length < best.cuts.length ||
          (c.cuts.length === best.cuts.length && c.cost < best.cost)
        ? c
        : best;
  let best: Choice | null = null;
  for (const a of allowed) best = better(best, score([a]));
  if (!best)
    for (const a of allowed) for (const b of allowed) if (b > a) best = better(best, score([a, b]));
  if (!best) return [title.trim()]; // nothing fits: Word wraps it
  const edges = [0, ...best.cuts, chars.length];
  return edges.slice(1).map((e, i) => chars.slice(edges[i] ?? 0, e).join(""));
}
