/** Rounds half away from zero in decimal, so 1.005 → 1.01 (toFixed would give 1.00). */
export function roundDecimal(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const abs = String(Math.abs(x));
  // Shifting the decimal point in the text avoids 1.005 × 100 = 100.49999…; numbers that print in
  // exponent form (3e-7, 1e+21) are either far below the last digit or have none to round.
  const shifted = abs.includes("e") ? Math.abs(x) * 10 ** digits : Number(`${abs}e${digits}`);
  return sign * (Math.round(shifted) / 10 ** digits);
}

/** Cuts a number to `digits` decimals toward zero, in decimal (2.675 → 2.67, never 2.6799…). */
export function truncDecimal(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const abs = String(Math.abs(x));
  const shifted = abs.includes("e") ? Math.abs(x) * 10 ** digits : Number(`${abs}e${digits}`);
  return sign * (Math.trunc(shifted) / 10 ** digits);
}

/** A computed figure as Excel holds it: 15 significant digits, so 2569 ÷ 4000 × 100 is 64.225. */
export function excelPrecision(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

/** A number as running text writes it: no thousands separators, no trailing zeros. */
export function formatPlainNumber(x: number, maxDigits = 2): string {
  const r = roundDecimal(x, maxDigits);
  if (Object.is(r, -0) || r === 0) return "0";
  const s = Math.abs(r) >= 1e21 ? r.toLocaleString("en-US", { useGrouping: false }) : String(r);
  // String() switches to exponent form below 1e-6; report figures never get there after rounding.
  return s;
}
