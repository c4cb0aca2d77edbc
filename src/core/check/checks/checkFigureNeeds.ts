import { cellAddress } from "../../grid/a1";
import type { Issue, IssueLocation } from "../../issues/issue.types";
import type { GapSide } from "../../template/templateValues";
import { at, issue, type Check } from "../checkContext";
import type { ListItem } from "../../issues/issue.types";

/** Where a report uses a figure: a cell's text, or a tag of the Word template. */
type FigureUse = Extract<ListItem, { kind: "cell" | "template" }>;

interface Need {
  readonly metric: string | null;
  readonly label: string;
  readonly side: GapSide;
  readonly reason: string;
  readonly uses: FigureUse[];
}

/**
 * FIGURE_NEEDED: a fact the report states — in a 表述, 导语 or the Word template, outside any
 * condition — that the workbook does not give: a blank or 不适用 figure, a missing 上年同期 under
 * |同比, a share of zero. Each would print as a 【待补充】 marker mid-sentence, so each is an error,
 * said once at the cell to fill, naming every sentence that needs it. This is what makes a clean
 * check a promise: nothing the report needs is left for generate to find.
 */
export const checkFigureNeeds: Check = ({ dataset, scope, templateGaps }) => {
  const needs = new Map<string, Need>();
  const need = (
    g: { metric: string | null; label: string; side: GapSide; reason: string },
    use: FigureUse,
  ) => {
    if (g.reason === "unknown") return; // a name nothing has: PLACEHOLDER_UNKNOWN says so
    const key = `${g.metric ?? `info:${g.label}`}|${g.side}`;
    let n = needs.get(key);
    if (!n) needs.set(key, (n = { ...g, uses: [] }));
    if (!n.uses.some((u) => sameUse(u, use))) n.uses.push(use);
  };
  for (const t of scope.texts)
    for (const { gap } of t.facts.gaps) need(gap, { kind: "cell", sheet: t.sheet, cell: t.cell });
  for (const { gap, place } of templateGaps ?? [])
    need(gap, { kind: "template", file: place.file, tag: place.tag });

  const out: Issue[] = [];
  for (const n of needs.values()) {
    const placed = placeOf(n, dataset);
    if (!placed) continue;
    const extra = n.metric
      ? {
          metric: n.metric,
          category: dataset.pack.metrics.find((m) => m.code === n.metric)?.category,
        }
      : {};
    out.push(
      issue(
        "FIGURE_NEEDED",
        "error",
        placed.location,
        {
          name: placed.name,
          side: n.side,
          reason: placed.reason,
          optional: placed.optional ? 1 : 0,
          uses: n.uses,
          useCount: n.uses.length,
        },
        {
          ...extra,
          related: n.uses.flatMap((u) =>
            u.kind === "cell" ? [{ sheet: u.sheet, cell: u.cell }] : [],
          ),
        },
      ),
    );
  }
  return out;
};

function sameUse(a: FigureUse, b: FigureUse): boolean {
  return a.kind === "cell" && b.kind === "cell"
    ? a.sheet === b.sheet && a.cell === b.cell
    : a.kind === "template" && b.kind === "template" && a.file === b.file && a.tag === b.tag;
}

/**
 * Where the missing fact is typed, and whether another check already says so there: a blank
 * required figure is METRIC_VALUE_MISSING, a blank required info row INFO_FIELD_MISSING — one
 * error per cell is enough.
 */
function placeOf(
  n: Need,
  dataset: Parameters<Check>[0]["dataset"],
): { location: IssueLocation; name: string; reason: string; optional: boolean } | null {
  if (n.metric === null) {
    const e = dataset.info.entries.get(n.label);
    if (!e) return null;
    if (e.field.required) return null;
    const sheet = dataset.info.sheet;
    if (!sheet) return null;
    const cell = e.cell ?? dataset.info.nextFreeCell ?? "A2";
    return { location: at(sheet, cell), name: n.label, reason: n.reason, optional: true };
  }
  const def = dataset.pack.metrics.find((m) => m.code === n.metric);
  if (!def) return null;
  const row = dataset.metrics.get(def.code);
  const figure = n.side === "prior" ? row?.prior : row?.figure;
  const reason = n.side === "base" && figure?.kind === "number" ? "zero" : n.reason;
  if (
    n.side !== "prior" &&
    def.required &&
    (figure?.kind === "missing" || figure?.kind === "invalid" || !row)
  )
    return null;
  if (!row) {
    const sheet = dataset.sheets.find((s) => s.category?.category.id === def.category);
    if (!sheet || sheet.headerRow === null) return null; // SHEET_MISSING says it
    const cell = cellAddress(sheet.lastRow + 1, sheet.columns.code ?? 0);
    return {
      location: at(sheet.sheet, cell),
      name: def.name,
      reason: "noRow",
      optional: !def.required,
    };
  }
  let cell = row.valueCell;
  if (n.side === "prior") {
    const sheet = dataset.sheets.find((s) => s.sheet === row.sheet);
    cell =
      row.priorCell ??
      (sheet?.columns.prior !== undefined
        ? cellAddress(row.row, sheet.columns.prior)
        : row.valueCell);
  }
  return { location: at(row.sheet, cell), name: def.name, reason, optional: !def.required };
}
