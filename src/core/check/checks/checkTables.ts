import { displayRaw } from "../../read/resolveFigure";
import { cellAddress } from "../../grid/a1";
import { holdsValue, UNCALCULATED } from "../../grid/grid.types";
import type { Issue, ListItem } from "../../issues/issue.types";
import { relationTerm, type PackTable, type TableRelation } from "../../packs/pack.types";
import { tableGeometry } from "../../packs/tableGeometry";
import type { Dataset, MetricRow } from "../../read/dataset.types";
import type { TableReading } from "../../read/readTable";
import { at, issue, type Check } from "../checkContext";

/**
 * The statutory tables, each on its sheet: TABLE_OLD_LAYOUT (last format's form), TABLE_LABEL_MISSING
 * and TABLE_LABEL_TWICE (a line or column of the form the sheet lacks or has twice), TABLE_EMPTY
 * (nothing filled: one error, not 175), TABLE_CELL_BLANK and TABLE_CELL_INVALID (a cell without a
 * number: every cell of the form holds one, 0 for none; METRIC_FORMULA_UNCALCULATED for a formula
 * with no result in the file), TABLE_RELATION (the form's sums, at the
 * total's cell, naming every cell on both sides and the numbers).
 */
export const checkTables: Check = ({ dataset }) => {
  const out: Issue[] = [];
  for (const table of dataset.pack.tables) {
    const reading = dataset.tables.get(table.id);
    if (!reading) continue; // no sheet: SHEET_MISSING says so
    out.push(...tableIssues(dataset, table, reading));
  }
  return out;
};

function tableIssues(dataset: Dataset, table: PackTable, reading: TableReading): Issue[] {
  const category = table.category;
  const sheet = reading.sheet;
  if (reading.oldLayout) {
    const o = reading.oldLayout;
    return [
      issue(
        "TABLE_OLD_LAYOUT",
        "error",
        at(sheet, cellAddress(o.row, o.col)),
        { sheet, table: table.title, layout: o.name },
        { category },
      ),
    ];
  }
  const out: Issue[] = [];
  for (const p of reading.problems) {
    const label = p.path.join(" › ");
    if (p.kind === "missing")
      out.push(
        issue(
          "TABLE_LABEL_MISSING",
          "error",
          { kind: "sheet", sheet },
          { sheet, label, axis: p.axis, count: p.metrics.length },
          { category },
        ),
      );
    else if (p.at)
      out.push(
        issue(
          "TABLE_LABEL_TWICE",
          "error",
          at(sheet, cellAddress(p.at.row, p.at.col)),
          { sheet, label, axis: p.axis },
          { category },
        ),
      );
  }
  const rows = tableGeometry(table)
    .data.map((d) => dataset.metrics.get(d.metric))
    .filter((r): r is MetricRow => r !== undefined && r.sheet === sheet);
  // the cells next-year fills (上年结转) do not make a form begun: the year's own figures do
  const carriedInto = new Set(table.carry.map((c) => c.to));
  const filled = rows.filter((r) => r.figure.kind !== "missing" && !carriedInto.has(r.def.code));
  const blanksKey = dataset.pack.info.find((f) => f.role === "blanksAreZero")?.key ?? "";
  const first = rows[0];
  if (first && filled.length === 0) {
    out.push(
      issue(
        "TABLE_EMPTY",
        "error",
        at(sheet, first.valueCell),
        {
          sheet,
          table: table.title,
          cells: rows.length,
          zeroKey: blanksKey,
          carried: rows.some((r) => carriedInto.has(r.def.code) && r.figure.kind !== "missing")
            ? 1
            : 0,
        },
        { category, metric: first.def.code },
      ),
    );
    return out;
  }
  for (const r of rows) {
    const shown = notANumber(r);
    if (shown === null) continue;
    // a formula the file keeps no result of (written by a program, never opened in Excel)
    if (shown === UNCALCULATED) {
      out.push(
        issue(
          "METRIC_FORMULA_UNCALCULATED",
          "error",
          at(sheet, r.valueCell),
          { name: r.def.name, value: shown },
          { category, metric: r.def.code },
        ),
      );
      continue;
    }
    out.push(
      shown === ""
        ? issue(
            "TABLE_CELL_BLANK",
            "error",
            at(sheet, r.valueCell),
            { name: r.def.name, zeroKey: blanksKey },
            { category, metric: r.def.code },
          )
        : issue(
            "TABLE_CELL_INVALID",
            "error",
            at(sheet, r.valueCell),
            // typed in another unit (12人 in a column of 件): the unit is what to say
            { name: r.def.name, value: shown, unit: r.unitMismatch !== null ? r.def.unit : "" },
            { category, metric: r.def.code },
          ),
    );
  }
  for (const rel of table.relations) {
    const broken = relationIssue(dataset, rel, category);
    if (broken) out.push(broken);
  }
  return out;
}

/**
 * What a cell of the form holds instead of a number, as the clerk typed it ("" for blank; "/",
 * "—" or "无" are read as blank but said as typed), or null when it holds a number.
 */
function notANumber(r: MetricRow): string | null {
  const f = r.figure;
  if (f.kind === "invalid") return f.raw;
  if (f.kind === "notApplicable") return "不适用";
  // a form counts exactly: 约12, 40余, or 12人 in a column of 件, is not a cell's number
  if (f.kind === "number" && (f.approx !== null || r.unitMismatch !== null))
    return displayRaw(r.raw).trim();
  if (f.kind !== "missing") return null;
  return typeof r.raw === "string" ? r.raw.trim() : "";
}

/** The value a figure adds to a sum, or null while it has none (its own issue says so). */
function numberOf(row: MetricRow | undefined): number | null {
  return row?.figure.kind === "number" && notANumber(row) === null ? row.figure.value : null;
}

/**
 * The 是/否 a relation's condition reads, and how it stands in the workbook: a blank row, or no
 * row at all (a workbook made before the pack asked), is 否; an unreadable one is unknown (null).
 */
function answerOf(
  dataset: Dataset,
  key: string,
): { answer: "是" | "否" | null; state: "typed" | "blank" | "noRow" } {
  const entry = dataset.info.entries.get(key);
  const value = entry?.value;
  if (!value || value.kind === "missing")
    return { answer: "否", state: entry?.cell ? "blank" : "noRow" };
  const answer =
    value.kind === "text" && (value.text === "是" || value.text === "否") ? value.text : null;
  return { answer, state: "typed" };
}

function relationIssue(dataset: Dataset, rel: TableRelation, category: string): Issue | null {
  // a condition that does not hold (or cannot be read: its own issue says so) checks nothing
  const condition = rel.when ? answerOf(dataset, rel.when.info) : null;
  if (rel.when && condition?.answer !== rel.when.is) return null;
  let acrossYears = false;
  const side = (terms: readonly string[]) => {
    const rows: MetricRow[] = [];
    const items: ListItem[] = [];
    let sum = 0;
    for (const term of terms) {
      const { code, prior } = relationTerm(term);
      const row = dataset.metrics.get(code);
      // last year's figure: only where next-year remembered it
      const value = prior ? (row?.prior.kind === "number" ? row.prior.value : null) : numberOf(row);
      if (!row || value === null) return null;
      sum += value;
      if (prior) {
        acrossYears = true;
        items.push({ kind: "name", name: `${row.def.name}（上年报告）` });
        continue;
      }
      rows.push(row);
      items.push({ kind: "cell", sheet: row.sheet, cell: row.valueCell, name: row.def.name });
    }
    // sums of counts (and of amounts to the cent) compare without binary fractions
    return { rows, items, sum: Math.round(sum * 100) / 100 };
  };
  const left = side(rel.left);
  const right = side(rel.right);
  if (!left || !right) return null;
  const holds =
    rel.op === "=="
      ? left.sum === right.sum
      : rel.op === "<="
        ? left.sum <= right.sum
        : left.sum >= right.sum;
  if (holds) return null;
  const total = right.rows[0] ?? left.rows[0];
  if (!total) return null;
  const related = [...left.rows, ...right.rows]
    .filter((r) => r.valueCell !== total.valueCell)
    .map((r) => ({ sheet: r.sheet, cell: r.valueCell }));
  return issue(
    "TABLE_RELATION",
    rel.severity,
    at(total.sheet, total.valueCell),
    {
      left: left.items,
      leftValue: left.sum,
      right: right.items,
      rightValue: right.sum,
      op: rel.op,
      diff: Math.round(Math.abs(left.sum - right.sum) * 100) / 100,
      // a 总计 left 0 under parts that are not: the commonest slip, said as such
      totalZero:
        !acrossYears && right.items.length === 1 && right.sum === 0 && left.sum !== 0 ? 1 : 0,
      // …or left blank, read as 0 because 表格空白格按0计 is 是
      totalBlank: right.rows.length === 1 && !holdsValue(right.rows[0]?.raw) ? 1 : 0,
      // a plausibility, not a sum the form prints: figures that are right may stay
      warn: rel.severity === "warning" ? 1 : 0,
      // the 报告信息 answer the relation follows from (本机关有规章制定权 否: no 规章)
      whenKey: rel.when?.info ?? "",
      whenIs: rel.when?.is ?? "",
      whenState: condition?.state ?? "",
    },
    { category, metric: total.def.code, related },
  );
}
