/**
 * A table label set in lines of our own choosing, so that a narrow column of a statutory form
 * wraps between words (商业/企业, 社会/公益/组织) and never inside one (商业企/业) — in Word, WPS
 * and LibreOffice alike, since each line is short enough that none of them wraps it again.
 *
 * A line holds `capacity` ems: a Chinese character is one em; an ASCII character (digits, ".") half
 * of one, as Times New Roman sets them. Words of the pack's list stay whole where they fit a line;
 * a line never starts with closing punctuation (、，。）) nor ends with opening punctuation (（“);
 * closing punctuation counts inside the line: Word lets it hang past the edge, LibreOffice does
 * not (it carries the mark down with the character before it, 第二项之/和，).
 */
/** closing punctuation, which never starts a line */
const CLOSING_MARKS = "、，。；：？！）》」』”’";
/** what never starts a line: the closing marks, and the ASCII and per-cent ones */
const CLOSING = new RegExp(`^[${CLOSING_MARKS}％%.,;:)\\]]$`, "u");
const OPENING = /^[（《「『“‘([]$/u;

const ems = (s: string): number => {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
};

/** The label cut into atoms: the listed words whole, other characters one by one, punctuation kept on the right side. */
function atoms(text: string, words: readonly string[]): string[] {
  const chars = [...text];
  const out: string[] = [];
  let i = 0;
  let unit = 0; // where chars[i] starts in the text's UTF-16 units
  while (i < chars.length) {
    // the longest listed word starting here
    let take = 1;
    let units = chars[i]?.length ?? 1;
    for (const w of words)
      if (w.length > units && text.startsWith(w, unit)) {
        take = [...w].length;
        units = w.length;
      }
    // ASCII runs (12, 3.) are set as one
    if (take === 1 && /[0-9A-Za-z]/.test(chars[i] ?? "")) {
      while (i + take < chars.length && /[0-9A-Za-z]/.test(chars[i + take] ?? "")) {
        take++;
        units++;
      }
    }
    const atom = text.slice(unit, unit + units);
    const prev = out[out.length - 1];
    if (prev !== undefined && (CLOSING.test(atom) || OPENING.test([...prev].pop() ?? "")))
      out[out.length - 1] = prev + atom;
    else out.push(atom);
    i += take;
    unit += units;
  }
  return out;
}

export function labelLines(text: string, capacity: number, words: readonly string[]): string[] {
  const fits = (s: string) => ems(s) <= capacity;
  if (capacity <= 0 || fits(text)) return [text];
  const lines: string[] = [];
  let line = "";
  for (const atom of atoms(text, words)) {
    if (fits(line + atom)) {
      line += atom;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    // a word wider than the column is set character by character, as a renderer would
    if (!fits(atom)) {
      for (const ch of atom) {
        if (line !== "" && !fits(line + ch)) {
          lines.push(line);
          line = "";
        }
        line += ch;
      }
    } else line = atom;
  }
  if (line !== "") lines.push(line);
  return lines;
}
