/**
 * Units as reports write them: a scale (万, 亿, …) in front of a base unit (元, 件, 人次).
 * "万元" is 10⁴ 元; "15万件" is 150,000 件. 千 counts as a scale only for money (千元), so that a
 * unit such as 千克 keeps its meaning.
 */
const SCALES: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12],
  ["千万", 1e7],
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
];

export interface SplitUnit {
  readonly multiplier: number;
  readonly base: string;
}

export function splitUnit(unit: string | null | undefined): SplitUnit {
  const u = (unit ?? "").trim();
  for (const [prefix, multiplier] of SCALES) {
    if (u.startsWith(prefix)) return { multiplier, base: u.slice(prefix.length) };
  }
  if (u === "千元") return { multiplier: 1e3, base: "元" };
  return { multiplier: 1, base: u };
}

/**
 * The value expressed in `to`, or null when the two units measure different things.
 * A missing unit on either side means "the metric's own unit".
 */
export function convertUnit(value: number, from: string | null, to: string): number | null {
  if (from === null || from === "" || from === to) return value;
  const a = splitUnit(from);
  const b = splitUnit(to);
  // A bare scale ("2000万" for a metric in 元) borrows the metric's base unit.
  const fromBase = a.base === "" ? b.base : a.base;
  if (fromBase !== b.base) return null;
  return cleanFloat((value * a.multiplier) / b.multiplier);
}

/** Removes binary noise such as 2034.5678000000001 after scaling. */
export function cleanFloat(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
