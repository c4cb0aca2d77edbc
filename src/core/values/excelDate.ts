import type { DayDate } from "./parsedValue.types";

const MS_PER_DAY = 86_400_000;

/**
 * Excel's 1900 date system counts 1900-02-29, a day that never existed (serial 60), so serials
 * after it are one day ahead of a plain day count from 1899-12-31.
 */
export function dateFromExcelSerial(serial: number, date1904 = false): DayDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const whole = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, whole > 60 ? 30 : 31);
  const t = new Date(epoch + whole * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function isValidDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

/**
 * Dates as staff type them: 2023年12月15日, 2023-12-15, 2023/12/15, 2023.12.15, 20231215, and
 * 12月15日 (the year then comes from the report year, when known).
 */
export function parseDateText(text: string, defaultYear?: number): DayDate | null {
  const s = text.replace(/\s/g, "");
  let m =
    /^(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
  }
  m = /^(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (m && defaultYear !== undefined) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    return isValidDay(defaultYear, mo, d) ? { y: defaultYear, m: mo, d } : null;
  }
  return null;
}
