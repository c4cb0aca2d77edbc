/**
 * Folds the ways people type the same thing in Chinese office software: full-width digits and
 * punctuation (NFKC), non-breaking and ideographic spaces, zero-width characters and BOMs.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

export function normalizeText(s: string): string {
  return s.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** For comparing labels such as header titles: also drops every space ("编 码" is "编码"). */
export function normalizeLabel(s: string): string {
  return normalizeText(s).replace(/\s/g, "");
}
