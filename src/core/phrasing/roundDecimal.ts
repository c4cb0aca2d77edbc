/** Rounds half away from zero in decimal, so 1.005 → 1.01 (toFixed would give 1.00). */
export function roundDecimal(x: number, digits: number): number {
  const sign = x < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(x)}e${digits}`);
  return sign * Number(`${Math.round(shifted)}e-${digits}`);
}

/** A number as running text writes it: no thousands separators, no trailing zeros. */
export function formatPlainNumber(x: number, maxDigits = 2): string {
  const r = roundDecimal(x, maxDigits);
  if (Object.is(r, -0) || r === 0) return "0";
  const s = Math.abs(r) >= 1e21 ? r.toLocaleString("en-US", { useGrouping: false }) : String(r);
  // String() switches to exponent form below 1e-6; report figures never get there after rounding.
  return s;
}
