import { readCarried } from "./carriedStatements";
import { deriveFigures } from "./deriveFigures";
import { cellAddress } from "../grid/a1";
import type { SheetPart } from "../grid/gridSource";
import { leafCategories } from "../packs/leafCategories";
import type { MetricDef, Pack } from "../packs/pack.types";
import { normalizeLabel } from "../values/normalizeText";
import { headingText, labelText, statementText } from "./cellText";
import type { Dataset, MetricRow, NarrativeItem, SheetReading, UnknownRow } from "./dataset.types";
import type { ReadPlan } from "./planRead";
import { readReportInfo } from "./readReportInfo";
import { resolveFigure } from "./resolveFigure";

type Rows = SheetPart["rows"];

function lastRowOf(rows: Rows): number {
  for (let r = rows.length - 1; r >= 0; r--)
    if (rows[r]?.some((c) => c !== null && c !== undefined && c !== "")) return r;
  return -1;
}

/**
 * The plan and the cells it asked for → the dataset. Metric rows are read in their category's
 * sheet (codes are unique across the pack, so a row matches by code, or by name when it has none),
 * narrative items belong to the category of their sheet, rows the user hid are left out. Nothing
 * is judged here; the checks turn what was found into issues.
 */
export function assembleDataset(
  pack: Pack,
  plan: ReadPlan,
  parts: ReadonlyMap<number, SheetPart>,
): Dataset {
  const infoPart = plan.info ? parts.get(plan.info.index) : undefined;
  const info = readReportInfo(
    plan.info && infoPart
      ? {
          name: plan.sheets[plan.info.index]?.name ?? "",
          rows: infoPart.rows,
          hiddenRows: infoPart.hiddenRows,
        }
      : null,
    pack,
  );
  const byCode = new Map<string, MetricDef>(
    pack.metrics.map((m) => [normalizeLabel(m.code).toUpperCase(), m]),
  );
  const byName = new Map<string, MetricDef>(pack.metrics.map((m) => [normalizeLabel(m.name), m]));

  const sheets: SheetReading[] = [];
  const metrics = new Map<string, MetricRow>();
  const duplicates: MetricRow[] = [];
  const unknownRows: UnknownRow[] = [];
  const items = new Map<string, NarrativeItem[]>(
    leafCategories(pack).map((l) => [l.category.id, []]),
  );

  plan.sheets.forEach((entry, index) => {
    const claim = plan.categories.get(index);
    const isInfo = plan.info?.index === index;
    const part = parts.get(index) ?? plan.heads[index];
    const rows = part?.rows ?? [];
    const header = claim?.header ?? null;
    const hidden = [...(part?.hiddenRows ?? [])]
      .filter(
        (r) =>
          r > (header?.row ?? -1) &&
          rows[r]?.some((c) => c !== null && c !== undefined && c !== ""),
      )
      .sort((a, b) => a - b);
    sheets.push({
      sheet: entry.name,
      visibility: entry.visibility,
      use: isInfo ? "info" : claim ? "category" : index === plan.memory ? "memory" : "other",
      category: claim?.leaf ?? null,
      headerRow: header?.row ?? null,
      columns: header?.columns ?? {},
      duplicateColumns: header?.duplicates ?? [],
      lastRow: lastRowOf(rows),
      hiddenRows: isInfo || claim ? hidden : [],
    });
    if (!claim || !header || !part) return;
    const col = header.columns;
    const categoryId = claim.leaf.category.id;
    const hiddenSet = part.hiddenRows;
    for (let r = header.row + 1; r < rows.length; r++) {
      const row = rows[r];
      if (!row || hiddenSet.has(r)) continue;
      const code = col.code !== undefined ? labelText(row[col.code]) : "";
      const name = col.name !== undefined ? labelText(row[col.name]) : "";
      const def = code
        ? byCode.get(normalizeLabel(code).toUpperCase())
        : name
          ? byName.get(normalizeLabel(name))
          : undefined;
      if (def) {
        const valueCol = col.value;
        const rowUnit = col.unit !== undefined ? labelText(row[col.unit]) || null : null;
        const valueCell = cellAddress(r, valueCol ?? col.code ?? col.name ?? 0);
        const resolved = resolveFigure(
          def,
          valueCol !== undefined ? row[valueCol] : undefined,
          rowUnit,
          valueCol !== undefined && part.percentCells.has(valueCell),
          info.year,
        );
        const priorCell = col.prior !== undefined ? cellAddress(r, col.prior) : null;
        const prior =
          col.prior !== undefined && priorCell
            ? resolveFigure(
                def,
                row[col.prior],
                rowUnit,
                part.percentCells.has(priorCell),
                info.year,
              )
            : null;
        const mr: MetricRow = {
          def,
          sheet: entry.name,
          row: r,
          valueCell,
          priorCell,
          raw: valueCol !== undefined ? row[valueCol] : undefined,
          figure: resolved.figure,
          prior: prior?.figure ?? { kind: "missing" },
          unitMismatch: resolved.unitMismatch,
        };
        if (metrics.has(def.code)) duplicates.push(mr);
        else metrics.set(def.code, mr);
      } else if (code) {
        unknownRows.push({ sheet: entry.name, cell: cellAddress(r, col.code ?? 0), code });
      }
      if (col.statement !== undefined) {
        const text = statementText(row[col.statement]);
        if (text) {
          items.get(categoryId)?.push({
            categoryId,
            sheet: entry.name,
            cell: cellAddress(r, col.statement),
            text,
            heading: col.heading !== undefined ? headingText(row[col.heading]) : "",
          });
        }
      }
    }
  });
  deriveFigures(pack, metrics);
  const carried = plan.memory === null ? [] : readCarried(parts.get(plan.memory));
  return { pack, info, sheets, metrics, duplicates, unknownRows, items, carried };
}
