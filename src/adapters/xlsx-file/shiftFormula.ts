/**
 * An A1-style formula as it reads from another cell: relative references move by the distance
 * between the cells, `$`-anchored parts stay — what Excel does when it copies a formula, and what
 * a shared formula's other cells mean (`<f t="shared" si="0"/>` is the master's formula moved to
 * that cell). String literals, quoted sheet names and bracketed parts (structured references,
 * external workbook numbers) are copied as they are. A reference moved off the sheet becomes
 * #REF!, as in Excel. Held to openpyxl's Translator by a parity test.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * One token: a column range (A:C), a row range (1:3) or a cell (B$7), where it stands alone —
 * not inside a name (Sheet1, LOG10), not a function (LOG10(), not a sheet name (A1!).
 */
const REFERENCE =
  /(?<![A-Za-z0-9_.\\$])(?:(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!\\])|(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_.(!:\\])|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(!\\]))/g;

type Part = string | undefined;

function moveColumn(anchor: Part, letters: string, d: number): string | null {
  const n = columnNumber(letters);
  if (n > MAX_COL) return null;
  if (anchor) return `$${letters}`;
  const moved = n + d;
  return moved >= 1 && moved <= MAX_COL ? columnLetters(moved) : "#REF!";
}

function moveRow(anchor: Part, digits: string, d: number): string | null {
  const n = Number(digits);
  if (n < 1 || n > MAX_ROW) return null;
  if (anchor) return `$${digits}`;
  const moved = n + d;
  return moved >= 1 && moved <= MAX_ROW ? String(moved) : "#REF!";
}

/** A plain stretch of formula text (no strings, quotes or brackets): its references moved. */
function shiftPlain(text: string, dRow: number, dCol: number): string {
  return text.replace(REFERENCE, (whole, ...g: Part[]) => {
    const parts: Array<string | null> = [];
    if (g[1] !== undefined) {
      parts.push(moveColumn(g[0], g[1], dCol), ":", moveColumn(g[2], g[3] ?? "", dCol));
    } else if (g[5] !== undefined) {
      parts.push(moveRow(g[4], g[5], dRow), ":", moveRow(g[6], g[7] ?? "", dRow));
    } else {
      const col = moveColumn(g[8], g[9] ?? "", dCol);
      const row = moveRow(g[10], g[11] ?? "", dRow);
      // beyond the sheet's last column or row it is a name, not a reference
      if (col === null || row === null) return whole;
      parts.push(col === "#REF!" || row === "#REF!" ? "#REF!" : `${col}${row}`);
    }
    if (parts.includes(null)) return whole;
    return parts.includes("#REF!") ? "#REF!" : parts.join("");
  });
}

/** Where a quoted or bracketed stretch that starts at `i` ends (just past it). */
function closing(formula: string, i: number): number {
  const ch = formula[i];
  if (ch === '"' || ch === "'") {
    let j = i + 1;
    for (;;) {
      const k = formula.indexOf(ch, j);
      if (k < 0) return formula.length;
      if (formula[k + 1] === ch) {
        j = k + 2;
        continue;
      }
      return k + 1;
    }
  }
  // [ … ]: structured references nest brackets; an apostrophe escapes the next character
  let depth = 0;
  for (let j = i; j < formula.length; j++) {
    const c = formula[j];
    if (c === "'") j += 1;
    else if (c === "[") depth += 1;
    else if (c === "]" && --depth === 0) return j + 1;
  }
  return formula.length;
}

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let from = 0;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c !== '"' && c !== "'" && c !== "[") continue;
    const end = closing(formula, i);
    out += shiftPlain(formula.slice(from, i), dRow, dCol) + formula.slice(i, end);
    from = end;
    i = end - 1;
  }
  return out + shiftPlain(formula.slice(from), dRow, dCol);
}
