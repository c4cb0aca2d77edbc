import { headingText } from "./cellStrings";
import { cellAddress } from "../grid/a1";
import { isCellDate, type CellValue } from "../grid/grid.types";
import type { InfoField, InfoRole, Pack } from "../packs/pack.types";
import { dateFromExcelSerial, parseDateText } from "../values/excelDate";
import { normalizeLabel, normalizeText } from "../values/normalizeText";
import type { DayDate } from "../values/parsedValue.types";
import { readYesNo } from "../values/yesNo";
import type { InfoEntry, InfoValue, ReportInfo } from "./dataset.types";
import { HEADER_SCAN_ROWS } from "./findHeader";
import { INFO_SHEET } from "./matchSheets";
import { displayRaw } from "./resolveFigure";

const KEY_TITLES = new Set(["项目", "名称", "字段", "指标"]);
const VALUE_TITLES = new Set([
  "内容",
  "值",
  "数值",
  "填写内容",
  "填报内容",
  "填报值",
  "填报数据",
  "数据",
]);

/** The 报告信息 table's key and value columns, from its header (else columns A and B). */
export interface InfoHeader {
  readonly row: number;
  readonly keyCol: number;
  readonly valueCol: number;
}

type Rows = ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;

export function findInfoHeader(rows: Rows): InfoHeader {
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const row = rows[r] ?? [];
    const k = row.findIndex((c) => typeof c === "string" && KEY_TITLES.has(normalizeLabel(c)));
    const v = row.findIndex((c) => typeof c === "string" && VALUE_TITLES.has(normalizeLabel(c)));
    if (k >= 0 && v >= 0) return { row: r, keyCol: k, valueCol: v };
  }
  return { row: -1, keyCol: 0, valueCol: 1 };
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

function parseDay(raw: CellValue | undefined, year?: number): DayDate | null {
  if (raw === null || raw === undefined) return null;
  if (isCellDate(raw)) return raw.date;
  if (typeof raw === "number") return dateFromExcelSerial(raw);
  if (typeof raw === "string") return parseDateText(normalizeText(raw), year);
  return null;
}

/** One value, read once, as its field's kind says. */
function infoValue(field: InfoField, raw: CellValue | undefined, year: number | null): InfoValue {
  const shown = raw === null || raw === undefined ? "" : displayRaw(raw).trim();
  if (shown === "") return { kind: "missing" };
  switch (field.kind) {
    case "year": {
      const y = parseYear(raw);
      return y === null ? { kind: "invalid", raw: shown } : { kind: "year", year: y };
    }
    case "date": {
      const d = parseDay(raw, year ?? undefined);
      return d === null ? { kind: "invalid", raw: shown } : { kind: "date", date: d };
    }
    case "yesNo": {
      // kept as the word the report would print, whatever tick or word was typed
      const yes = readYesNo(shown);
      return yes === null
        ? { kind: "invalid", raw: shown }
        : { kind: "text", text: yes ? "是" : "否" };
    }
    case "text": {
      // a part's heading is typed the way it reads in the report: "（二）…。" keeps neither
      if (field.role === "categoryHeading") {
        const text = headingText(raw);
        return text === "" ? { kind: "missing" } : { kind: "text", text };
      }
      return { kind: "text", text: typeof raw === "string" ? raw.trim() : normalizeText(shown) };
    }
  }
}

/**
 * The 报告信息 sheet: a 项目 | 内容 table, header anywhere in the first rows (else columns A and
 * B). Rows the user hid are left out, as everywhere.
 */
export function readReportInfo(
  sheet: {
    readonly name: string;
    readonly rows: Rows;
    readonly hiddenRows: ReadonlySet<number>;
  } | null,
  pack: Pack,
): ReportInfo {
  const raws = new Map<string, { raw: CellValue | undefined; cell: string }>();
  let nextFreeCell: string | null = null;
  let valueColumn: number | null = null;
  if (sheet) {
    const { row: headerRow, keyCol, valueCol } = findInfoHeader(sheet.rows);
    valueColumn = valueCol;
    const wanted = new Map(pack.info.map((f) => [normalizeLabel(f.key), f.key]));
    let lastRow = headerRow;
    for (let r = headerRow + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row || row.every((c) => c === null || c === undefined || c === "")) continue;
      lastRow = r;
      if (sheet.hiddenRows.has(r)) continue;
      const keyCell = row[keyCol];
      if (typeof keyCell !== "string") continue;
      const key = wanted.get(normalizeLabel(keyCell));
      if (!key || raws.has(key)) continue;
      raws.set(key, { raw: row[valueCol], cell: cellAddress(r, valueCol) });
    }
    nextFreeCell = cellAddress(lastRow + 1, keyCol);
  }

  // The year first: a date typed as 12月15日 takes the report's year.
  const yearField = pack.info.find((f) => f.role === "year");
  const yearValue = yearField ? infoValue(yearField, raws.get(yearField.key)?.raw, null) : null;
  const year = yearValue?.kind === "year" ? yearValue.year : null;

  const entries = new Map<string, InfoEntry>();
  const byRole = new Map<InfoRole, InfoEntry>();
  for (const field of pack.info) {
    const found = raws.get(field.key);
    const entry: InfoEntry = {
      field,
      value: infoValue(field, found?.raw, year),
      sheet: sheet?.name ?? INFO_SHEET,
      cell: found?.cell ?? null,
    };
    entries.set(field.key, entry);
    if (field.role) byRole.set(field.role, entry);
  }
  const cutoff = byRole.get("cutoffDate")?.value;
  return {
    sheet: sheet?.name ?? null,
    entries,
    nextFreeCell,
    valueColumn,
    byRole: (role) => byRole.get(role),
    year,
    cutoff: cutoff?.kind === "date" ? cutoff.date : null,
  };
}
