import { isCellDate, type CellValue } from "../grid/grid.types";
import type { MetricDef } from "../packs/pack.types";
import type { MetricFigure } from "../values/figure";
import { dateFromExcelSerial, parseDateText } from "../values/excelDate";
import { normalizeText } from "../values/normalizeText";
import { parseCellValue } from "../values/parseCellValue";
import { cleanFloat, convertUnit } from "../values/units";

export interface ResolvedFigure {
  readonly figure: MetricFigure;
  readonly unitMismatch: string | null;
}

/**
 * A cell's value in the metric's own terms: numbers converted to the metric's unit (a value typed
 * as "2034万元" for a metric in 元 becomes 20,340,000), percent-formatted cells read as per cent,
 * serials read as dates for date metrics.
 */
export function resolveFigure(
  def: MetricDef,
  raw: CellValue | undefined,
  rowUnit: string | null,
  percentFormatted: boolean,
  reportYear: number | null,
): ResolvedFigure {
  // A count or amount somebody formatted as a date is still that number.
  const numeric = def.kind === "count" || def.kind === "amount" || def.kind === "rate";
  const parsed = parseCellValue(
    numeric && isCellDate(raw) && raw.serial !== undefined ? raw.serial : raw,
  );
  const plain = (figure: MetricFigure): ResolvedFigure => ({ figure, unitMismatch: null });
  switch (parsed.kind) {
    case "missing":
    case "notApplicable":
      return plain({ kind: parsed.kind });
    case "error":
      return plain({ kind: "invalid", raw: parsed.code });
    default:
      break;
  }
  if (def.kind === "text") {
    // a date typed into a text item reads as the date written out, never as an object
    const text =
      parsed.kind === "text"
        ? parsed.text
        : parsed.kind === "date"
          ? `${parsed.date.y}年${parsed.date.m}月${parsed.date.d}日`
          : typeof raw === "string"
            ? normalizeText(raw)
            : typeof raw === "number"
              ? String(raw)
              : "";
    return plain({ kind: "text", text });
  }
  if (def.kind === "date") {
    if (parsed.kind === "date") return plain({ kind: "date", date: parsed.date });
    if (parsed.kind === "number" && parsed.unit === null) {
      const d = dateFromExcelSerial(parsed.value);
      if (d) return plain({ kind: "date", date: d });
    }
    const d =
      typeof raw === "string" ? parseDateText(normalizeText(raw), reportYear ?? undefined) : null;
    return plain(d ? { kind: "date", date: d } : { kind: "invalid", raw: displayRaw(raw) });
  }
  if (parsed.kind !== "number") return plain({ kind: "invalid", raw: displayRaw(raw) });
  let value = parsed.value;
  if (def.kind === "rate" && percentFormatted && parsed.unit === null)
    value = cleanFloat(value * 100);
  const typedUnit = parsed.unit ?? (rowUnit && rowUnit !== def.unit ? rowUnit : null);
  const converted = convertUnit(value, typedUnit, def.unit);
  if (converted === null) {
    return { figure: { kind: "number", value, approx: parsed.approx }, unitMismatch: typedUnit };
  }
  // a figure typed with 万 or 亿 (1.3亿余元, 12万余, 3.2万) is written back in that magnitude
  const typedScale = parsed.unit?.startsWith("亿")
    ? "亿"
    : parsed.unit?.startsWith("万")
      ? "万"
      : null;
  const ownScale = def.unit.startsWith("亿") ? "亿" : def.unit.startsWith("万") ? "万" : null;
  return plain({
    kind: "number",
    value: converted,
    approx: parsed.approx,
    ...(typedScale && typedScale !== ownScale ? { scale: typedScale } : {}),
  });
}

export function displayRaw(raw: CellValue | undefined): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "object")
    return "error" in raw ? raw.error : `${raw.date.y}-${raw.date.m}-${raw.date.d}`;
  return String(raw);
}
