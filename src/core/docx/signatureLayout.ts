import { CHAR, CHAR_ADVANCE, HALF_ADVANCE, TEXT_WIDTH } from "./officialFormat";
import { textWidth } from "./titleBreaks";

/**
 * The 落款 (signing unit and date) as GB/T 9704-2012 §7.3.5 places them, as paragraph indents in
 * twips for the two paragraphs (they depend on the two strings, so they are set per report).
 *
 * Unsealed (7.3.5.2): one blank line under the body; the name 右空二字; the date on the next line,
 * its first character two characters right of the name's first; a date longer than that allows
 * stands 右空二字 and the name moves left to keep the offset.
 *
 * Sealed (7.3.5.1): the date 右空四字, the name centred over it — both centred on one axis, so the
 * centring holds whatever the fonts — with room above them for the seal, which presses on both.
 */
export interface SignatureParagraph {
  /** w:ind left / right, twips */
  readonly left: number;
  readonly right: number;
  readonly jc: "left" | "right" | "center";
}

export interface SignatureLayout {
  /** blank lines between the body and the name */
  readonly blankLines: number;
  readonly name: SignatureParagraph;
  readonly date: SignatureParagraph;
}

/** Advance in twips as Word sets it: full-width 15.75 pt, digits and Latin 7.75 pt. */
function advance(s: string): number {
  let tw = 0;
  for (const ch of s) tw += /[\u0020-\u007e]/.test(ch) ? HALF_ADVANCE : CHAR_ADVANCE;
  return tw;
}

const AUTOSPACE = 0.25;

/** How often a string changes between figures or Latin letters and Chinese. */
function scriptChanges(s: string): number {
  let changes = 0;
  let prev: boolean | null = null;
  for (const ch of s) {
    const latin = /[\u0021-\u007e]/.test(ch);
    if (prev !== null && latin !== prev) changes += 1;
    prev = latin;
  }
  return changes;
}

export function signatureLayout(name: string, date: string, sealed: boolean): SignatureLayout {
  if (sealed) {
    const left = Math.max(
      0,
      Math.min(TEXT_WIDTH - 4 * 2 * CHAR - advance(date), TEXT_WIDTH - advance(name) - CHAR / 2),
    );
    const centred: SignatureParagraph = { left, right: 0, jc: "center" };
    return { blankLines: 3, name: centred, date: centred };
  }
  const u = textWidth(name);
  // Word, WPS and LibreOffice set a quarter em between Chinese and figures (2026 年 1 月 20 日):
  // the date is wider than its characters, and must still fit on its line
  const d = textWidth(date) + AUTOSPACE * scriptChanges(date);
  const dateRight = Math.max(2, u - d);
  const nameRight = dateRight + d + 2 - u;
  const nameStart = TEXT_WIDTH - Math.round(nameRight * CHAR) - advance(name);
  return {
    blankLines: 1,
    name: { left: 0, right: Math.round(nameRight * CHAR), jc: "right" },
    date: { left: Math.max(0, nameStart + 2 * CHAR), right: 0, jc: "left" },
  };
}
