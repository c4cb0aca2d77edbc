import { cellAddress } from "../grid/a1";
import { isCellDate, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid/grid.types";
import type { Pack } from "../packs/pack.types";
import { dateFromExcelSerial, parseDateText } from "../values/excelDate";
import { normalizeLabel, normalizeText } from "../values/normalizeText";
import type { DayDate } from "../values/parsedValue.types";
import type { InfoEntry, ReportInfo } from "./dataset.types";

export const INFO_SHEET = "报告信息";
const KEY_TITLES = new Set(["项目", "名称", "字段"]);
const VALUE_TITLES = new Set(["内容", "值", "数值", "填写内容"]);

export function findInfoSheet(grid: WorkbookGrid): SheetGrid | null {
  const target = normalizeLabel(INFO_SHEET);
  return (
    grid.sheets.find((s) => normalizeLabel(s.name) === target) ??
    grid.sheets.find((s) => normalizeLabel(s.name).includes(target)) ??
    null
  );
}

/** 2023, "2023", "2023年", "2023年度" → 2023. */
export function parseYear(raw: CellValue | undefined): number | null {
  let y: number | null = null;
  if (typeof raw === "number") y = raw;
  else if (typeof raw === "string") {
    const m = /^(\d{4})(年度?)?$/.exec(normalizeText(raw).replace(/\s/g, ""));
    if (m) y = Number(m[1]);
  }
  return y !== null && Number.isInteger(y) && y >= 1990 && y <= 2200 ? y : null;
}

export function parseDay(raw: CellValue | undefined, year?: number): DayDate | null {
  if (raw === null || raw === undefined) return null;
  if (isCellDate(raw)) return raw.date;
  if (typeof raw === "number") return dateFromExcelSerial(raw);
  if (typeof raw === "string") return parseDateText(normalizeText(raw), year);
  return null;
}

/** The 报告信息 sheet: a 项目 | 内容 table, header anywhere in the first rows (else columns A and B). */
export function readReportInfo(grid: WorkbookGrid, pack: Pack): ReportInfo {
  const sheet = findInfoSheet(grid);
  if (!sheet) {
    return { sheet: null, entries: new Map(), nextFreeCell: null, year: null, cutoff: null };
  }
  let headerRow = -1;
  let keyCol = 0;
  let valueCol = 1;
  for (let r = 0; r < Math.min(sheet.rows.length, 30) && headerRow < 0; r++) {
    const row = sheet.rows[r] ?? [];
    const k = row.findIndex((c) => typeof c === "string" && KEY_TITLES.has(normalizeLabel(c)));
    const v = row.findIndex((c) => typeof c === "string" && VALUE_TITLES.has(normalizeLabel(c)));
    if (k >= 0 && v >= 0) [headerRow, keyCol, valueCol] = [r, k, v];
  }
  const wanted = new Map(pack.info.map((f) => [normalizeLabel(f.key), f.key]));
  const entries = new Map<string, InfoEntry>();
  let lastRow = headerRow;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || row.every((c) => c === null || c === undefined || c === "")) continue;
    lastRow = r;
    const keyCell = row[keyCol];
    if (typeof keyCell !== "string") continue;
    const key = wanted.get(normalizeLabel(keyCell));
    if (!key || entries.has(key)) continue;
    entries.set(key, {
      key,
      raw: row[valueCol],
      sheet: sheet.name,
      cell: cellAddress(r, valueCol),
    });
  }
  const year = parseYear(entries.get("报告年度")?.raw);
  const cutoff = parseDay(entries.get("统计截止日期")?.raw, year ?? undefined);
  return {
    sheet: sheet.name,
    entries,
    nextFreeCell: cellAddress(lastRow + 1, keyCol),
    year,
    cutoff,
  };
}
