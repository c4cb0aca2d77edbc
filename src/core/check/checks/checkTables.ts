import { cellAddress } from "../../grid/a1";
import type { Issue, ListItem } from "../../issues/issue.types";
import type { PackTable, TableRelation } from "../../packs/pack.types";
import { tableGeometry } from "../../packs/tableGeometry";
import type { Dataset, MetricRow } from "../../read/dataset.types";
import type { TableReading } from "../../read/readTable";
import { at, issue, type Check } from "../checkContext";

/**
 * The statutory tables, each on its sheet: TABLE_OLD_LAYOUT (last format's form), TABLE_LABEL_MISSING
 * and TABLE_LABEL_TWICE (a line or column of the form the sheet lacks or has twice), TABLE_EMPTY
 * (nothing filled: one error, not 175), TABLE_CELL_BLANK and TABLE_CELL_INVALID (a cell without a
 * number: every cell of the form holds one, 0 for none), TABLE_RELATION (the form's sums, at the
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
  const filled = rows.filter((r) => r.figure.kind !== "missing");
  const blanksKey = dataset.pack.info.find((f) => f.role === "blanksAreZero")?.key ?? "";
  const first = rows[0];
  if (first && filled.length === 0) {
    out.push(
      issue(
        "TABLE_EMPTY",
        "error",
        at(sheet, first.valueCell),
        { sheet, table: table.title, cells: rows.length, zeroKey: blanksKey },
        { category, metric: first.def.code },
      ),
    );
    return out;
  }
  for (const r of rows) {
    const extra = { category, metric: r.def.code };
    // "/", "—" or "无" typed to mean none: read as blank, said as typed
    const typed = typeof r.raw === "string" ? r.raw.trim() : "";
    if (r.figure.kind === "missing" && typed !== "")
      out.push(
        issue(
          "TABLE_CELL_INVALID",
          "error",
          at(sheet, r.valueCell),
          { name: r.def.name, value: typed },
          extra,
        ),
      );
    else if (r.figure.kind === "missing")
      out.push(
        issue(
          "TABLE_CELL_BLANK",
          "error",
          at(sheet, r.valueCell),
          { name: r.def.name, zeroKey: blanksKey },
          extra,
        ),
      );
    else if (r.figure.kind === "invalid" || r.figure.kind === "notApplicable")
      out.push(
        issue(
          "TABLE_CELL_INVALID",
          "error",
          at(sheet, r.valueCell),
          { name: r.def.name, value: r.figure.kind === "invalid" ? r.figure.raw : "不适用" },
          extra,
        ),
      );
  }
  for (const rel of table.relations) {
    const broken = relationIssue(dataset, rel, category);
    if (broken) out.push(broken);
  }
  return out;
}

/** The value a figure adds to a sum, or null while it has none (its own issue says so). */
function numberOf(row: MetricRow | undefined): number | null {
  return row?.figure.kind === "number" ? row.figure.value : null;
}

function relationIssue(dataset: Dataset, rel: TableRelation, category: string): Issue | null {
  const side = (codes: readonly string[]) => {
    const rows = codes.map((c) => dataset.metrics.get(c));
    const values = rows.map(numberOf);
    if (values.some((v) => v === null) || rows.some((r) => r === undefined)) return null;
    const items: ListItem[] = rows.map((r) => ({
      kind: "cell",
      sheet: r?.sheet ?? "",
      cell: r?.valueCell ?? "",
      name: r?.def.name ?? "",
    }));
    // sums of counts (and of amounts to the cent) compare without binary fractions
    const sum = Math.round(values.reduce<number>((a, v) => a + (v ?? 0), 0) * 100) / 100;
    return { rows, items, sum };
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
  const related = [...left.items, ...right.items]
    .filter((i): i is ListItem & { kind: "cell" } => i.kind === "cell")
    .filter((i) => i.cell !== total.valueCell)
    .map((i) => ({ sheet: i.sheet, cell: i.cell }));
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
      totalZero: right.items.length === 1 && right.sum === 0 && left.sum !== 0 ? 1 : 0,
    },
    { category, metric: total.def.code, related },
  );
}
