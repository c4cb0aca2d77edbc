/** A1 addresses: column 0 → "A", 25 → "Z", 26 → "AA". Rows and columns are 0-based here. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Parses "C7" into 0-based {row, col}; null when it is not a plain A1 address. */
export function parseCellAddress(a1: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(a1.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
