import { parseReportType, reportTypeText } from "../../packs/reportType";
import { INFO_SHEET } from "../../read/matchSheets";
import { compareDays } from "../../values/compareDays";
import { at, issue, type Check } from "../checkContext";
import { isForeignWorkbook } from "../foreignWorkbook";

/**
 * INFO_SHEET_MISSING, INFO_FIELD_MISSING, INFO_FIELD_INVALID, INFO_CUTOFF_STALE,
 * INFO_CUTOFF_NOT_YEAR_END, SIGN_DATE_MISSING,
 * SIGN_DATE_EARLY, SIGN_DATE_LATE, GOVERNMENT_ANSWER_DOUBTFUL, LEAD_MISSING, REPORT_TYPE_OTHER
 */
export const checkReportInfo: Check = ({ dataset }) => {
  const { info } = dataset;
  if (info.sheet === null) {
    // said once, as WORKBOOK_NOT_STANDARD, when nothing of the report is there at all
    return isForeignWorkbook(dataset)
      ? []
      : [issue("INFO_SHEET_MISSING", "error", { kind: "workbook" }, { sheet: INFO_SHEET })];
  }
  const sheet = info.sheet;
  const out = [];
  for (const e of info.entries.values()) {
    const { field, value } = e;
    if (value.kind === "missing") {
      if (!field.required) continue;
      const cell = e.cell ?? info.nextFreeCell ?? "A2";
      out.push(
        issue("INFO_FIELD_MISSING", "error", at(sheet, cell), {
          field: field.key,
          sheet,
          cell,
          newRow: e.cell ? 0 : 1,
        }),
      );
    } else if (value.kind === "invalid" && e.cell) {
      out.push(
        issue("INFO_FIELD_INVALID", "error", at(sheet, e.cell), {
          field: field.key,
          value: value.raw,
          kind: field.kind,
        }),
      );
    }
  }
  const cutoff = info.byRole("cutoffDate");
  if (info.cutoff && info.year !== null && info.cutoff.y !== info.year && cutoff?.cell) {
    out.push(
      issue("INFO_CUTOFF_STALE", "warning", at(sheet, cutoff.cell), {
        y: info.cutoff.y,
        m: info.cutoff.m,
        d: info.cutoff.d,
        year: info.year,
      }),
    );
  }
  // a report of the calendar year (政府信息公开: 统计期限为1月1日至12月31日) ends on 12月31日
  if (
    dataset.pack.calendarYear &&
    info.cutoff &&
    info.year !== null &&
    info.cutoff.y === info.year &&
    !(info.cutoff.m === 12 && info.cutoff.d === 31) &&
    cutoff?.cell
  )
    out.push(
      issue("INFO_CUTOFF_NOT_YEAR_END", "warning", at(sheet, cutoff.cell), {
        y: info.cutoff.y,
        m: info.cutoff.m,
        d: info.cutoff.d,
        field: cutoff.field.key,
      }),
    );
  // a report without 成文日期 ends without its 落款 (GB/T 9704 §7.3.5): allowed, but said
  const sign = info.byRole("signDate");
  if (sign && sign.value.kind === "missing") {
    const cell = sign.cell ?? info.nextFreeCell ?? "A2";
    out.push(
      issue("SIGN_DATE_MISSING", "warning", at(sheet, cell), {
        field: sign.field.key,
        newRow: sign.cell ? 0 : 1,
        // the example date is one the report could bear: early in the year after it
        year: (info.year ?? new Date().getFullYear() - 1) + 1,
      }),
    );
  }
  // signed before the figures it reports were even counted: a date copied from last year's report
  if (sign?.cell && sign.value.kind === "date" && info.cutoff) {
    const d = sign.value.date;
    const c = info.cutoff;
    if (compareDays(d, c) < 0)
      out.push(
        issue("SIGN_DATE_EARLY", "warning", at(sheet, sign.cell), {
          field: sign.field.key,
          y: d.y,
          m: d.m,
          d: d.d,
          cy: c.y,
          cm: c.m,
          cd: c.d,
        }),
      );
  }
  const governmentRow = info.byRole("government");
  const isGovernment = governmentRow?.value.kind === "text" && governmentRow.value.text === "是";
  // the 条例 sets a day to publish by (departments 1月31日, governments 3月31日): later is said, as a note
  const by = dataset.pack.publishBy;
  if (by && sign?.cell && sign.value.kind === "date" && info.year !== null) {
    // "01-31": the schema has checked its shape
    const [m = 1, day = 1] = ((isGovernment ? by.government : undefined) ?? by.department)
      .split("-")
      .map(Number);
    const limit = { y: info.year + 1, m, d: day };
    const d = sign.value.date;
    if (compareDays(d, limit) > 0)
      out.push(
        issue("SIGN_DATE_LATE", "note", at(sheet, sign.cell), {
          field: sign.field.key,
          y: d.y,
          m: d.m,
          d: d.d,
          byY: limit.y,
          byM: limit.m,
          byD: limit.d,
          government: isGovernment ? 1 : 0,
          govField: governmentRow?.field.key ?? "",
        }),
      );
  }
  // a unit named …人民政府 answering 否 to 本机关为人民政府 would lose the part only governments
  // report and publish two months early: said at the answer (its 办公室 is a department: not said)
  const unit = info.byRole("unitName")?.value;
  // (a 乡镇 government reports as a department does: only 县级以上 governments answer 是; an
  // unreadable answer is its own error)
  if (
    governmentRow?.cell &&
    !isGovernment &&
    governmentRow.value.kind !== "invalid" &&
    unit?.kind === "text" &&
    /人民政府$/u.test(unit.text.trim()) &&
    !/[乡镇]人民政府$/u.test(unit.text.trim())
  )
    out.push(
      issue("GOVERNMENT_ANSWER_DOUBTFUL", "warning", at(sheet, governmentRow.cell), {
        field: governmentRow.field.key,
        unit: unit.text.trim(),
      }),
    );
  // published reports open with a paragraph before 一、; a report sent to an addressee must
  const lead = info.byRole("lead");
  if (lead && lead.value.kind === "missing") {
    const addressee = info.byRole("addressee");
    const addressed = addressee !== undefined && addressee.value.kind === "text";
    out.push(
      issue(
        "LEAD_MISSING",
        addressed ? "error" : "warning",
        at(sheet, lead.cell ?? info.nextFreeCell ?? "A2"),
        { field: lead.field.key, newRow: lead.cell ? 0 : 1, addressed: addressed ? 1 : 0 },
      ),
    );
  }
  // a workbook made for another report, checked against this one: every part would look missing
  const type = info.byRole("reportType");
  if (type?.cell && type.value.kind === "text") {
    const mark = parseReportType(type.value.text, [dataset.pack]);
    if (mark.id !== dataset.pack.id)
      out.push(
        issue("REPORT_TYPE_OTHER", "warning", at(sheet, type.cell), {
          typed: type.value.text,
          pack: dataset.pack.title,
          expected: reportTypeText(dataset.pack),
        }),
      );
  }
  return out;
};
