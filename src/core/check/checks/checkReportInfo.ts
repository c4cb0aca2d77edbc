import { qualifiedAddress } from "../../grid/a1";
import { formatFullDate } from "../../phrasing/formatDate";
import { displayRaw } from "../../read/resolveFigure";
import { parseDay, parseYear } from "../../read/readReportInfo";
import { at, issue, type Check } from "../checkContext";
import { isForeignWorkbook } from "./checkCategorySheets";

/** INFO_SHEET_MISSING, INFO_FIELD_MISSING, INFO_FIELD_INVALID, INFO_CUTOFF_STALE */
export const checkReportInfo: Check = ({ dataset }) => {
  const { info, pack } = dataset;
  if (info.sheet === null) {
    // said once, as WORKBOOK_NOT_STANDARD, when nothing of the report is there at all
    return isForeignWorkbook(dataset)
      ? []
      : [issue("INFO_SHEET_MISSING", "error", { kind: "workbook" }, {})];
  }
  const sheet = info.sheet;
  const out = [];
  for (const field of pack.info) {
    const entry = info.entries.get(field.key);
    const empty =
      !entry ||
      entry.raw === null ||
      entry.raw === undefined ||
      displayRaw(entry.raw).trim() === "";
    if (empty) {
      if (!field.required) continue;
      const where = entry
        ? qualifiedAddress(sheet, entry.cell)
        : `${qualifiedAddress(sheet, info.nextFreeCell ?? "A2")} 新增一行`;
      const loc = entry ? at(sheet, entry.cell) : at(sheet, info.nextFreeCell ?? "A2");
      out.push(issue("INFO_FIELD_MISSING", "error", loc, { field: field.key, where }));
      continue;
    }
    const bad =
      (field.kind === "year" && parseYear(entry.raw) === null) ||
      (field.kind === "date" && parseDay(entry.raw, info.year ?? undefined) === null);
    if (bad) {
      const expected = field.kind === "year" ? "四位年份，如 2023" : "日期，如 2023年12月15日";
      const expectedEn =
        field.kind === "year" ? "a four-digit year such as 2023" : "a date such as 2023年12月15日";
      out.push(
        issue("INFO_FIELD_INVALID", "error", at(sheet, entry.cell), {
          field: field.key,
          value: displayRaw(entry.raw).slice(0, 30),
          expected,
          expectedEn,
        }),
      );
    }
  }
  const cutoff = info.entries.get("统计截止日期");
  if (info.cutoff && info.year !== null && info.cutoff.y !== info.year && cutoff) {
    out.push(
      issue("INFO_CUTOFF_STALE", "warning", at(sheet, cutoff.cell), {
        date: formatFullDate(info.cutoff),
        year: info.year,
      }),
    );
  }
  return out;
};
