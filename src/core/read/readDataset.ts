import { cellAddress } from "../grid/a1";
import type { CellValue, SheetGrid, WorkbookGrid } from "../grid/grid.types";
import { leafCategories } from "../packs/leafCategories";
import type { LeafCategory, MetricDef, Pack } from "../packs/pack.types";
import { normalizeLabel, normalizeText } from "../values/normalizeText";
import type { Dataset, MetricRow, NarrativeItem, SheetReading, UnknownRow } from "./dataset.types";
import { findHeader } from "./findHeader";
import { findInfoSheet, readReportInfo } from "./readReportInfo";
import { resolveFigure } from "./resolveFigure";

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return normalizeText(v);
  if (typeof v === "number") return String(v);
  return "";
}

/** Statements keep their own spacing and punctuation; only invisible characters go. */
function statementText(v: CellValue | undefined): string {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return "";
  return v.replace(/[\u200B-\u200F\uFEFF]/g, "").trim();
}

/** Each leaf category claims one sheet: its exact short name first, then a sheet containing it. */
function matchSheets(grid: WorkbookGrid, leaves: readonly LeafCategory[], skip: SheetGrid | null) {
  const bySheet = new Map<SheetGrid, LeafCategory>();
  const claimed = new Set<string>();
  const candidates = grid.sheets.filter((s) => s !== skip);
  const rounds: Array<(name: string, short: string) => boolean> = [
    (name, short) => name === short,
    (name, short) => name.includes(short),
  ];
  for (const test of rounds) {
    for (const leaf of leaves) {
      if (claimed.has(leaf.category.id)) continue;
      const short = normalizeLabel(leaf.short);
      const sheet = candidates.find((s) => !bySheet.has(s) && test(normalizeLabel(s.name), short));
      if (sheet) {
        bySheet.set(sheet, leaf);
        claimed.add(leaf.category.id);
      }
    }
  }
  return bySheet;
}

/**
 * Workbook cells → dataset. Every sheet with a recognisable header is read: metric rows count
 * wherever they are (codes are unique across the pack), narrative items belong to the category of
 * their sheet. Nothing is judged here; the checks turn what was found into issues.
 */
export function readDataset(grid: WorkbookGrid, pack: Pack): Dataset {
  const leaves = leafCategories(pack);
  const infoSheet = findInfoSheet(grid);
  const info = readReportInfo(grid, pack);
  const bySheet = matchSheets(grid, leaves, infoSheet);
  const byCode = new Map<string, MetricDef>(
    pack.metrics.map((m) => [normalizeLabel(m.code).toUpperCase(), m]),
  );
  const byName = new Map<string, MetricDef>(pack.metrics.map((m) => [normalizeLabel(m.name), m]));

  const sheets: SheetReading[] = [];
  const metrics = new Map<string, MetricRow>();
  const duplicates: MetricRow[] = [];
  const unknownRows: UnknownRow[] = [];
  const items = new Map<string, NarrativeItem[]>(leaves.map((l) => [l.category.id, []]));
  const orphanItems: NarrativeItem[] = [];

  for (const sheet of grid.sheets) {
    if (sheet === infoSheet) continue;
    const category = bySheet.get(sheet) ?? null;
    const header = findHeader(sheet);
    let lastRow = -1;
    for (let r = sheet.rows.length - 1; r >= 0 && lastRow < 0; r--) {
      if (sheet.rows[r]?.some((c) => c !== null && c !== undefined && c !== "")) lastRow = r;
    }
    sheets.push({
      sheet: sheet.name,
      visibility: sheet.visibility,
      category,
      headerRow: header?.row ?? null,
      columns: header?.columns ?? {},
      duplicateColumns: header?.duplicates ?? [],
      lastRow,
    });
    if (!header) continue;
    const col = header.columns;
    for (let r = header.row + 1; r <= lastRow; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      const code = col.code !== undefined ? cellText(row[col.code]) : "";
      const name = col.name !== undefined ? cellText(row[col.name]) : "";
      const def = code
        ? byCode.get(normalizeLabel(code).toUpperCase())
        : name
          ? byName.get(normalizeLabel(name))
          : undefined;
      if (def) {
        const valueCol = col.value;
        const rowUnit = col.unit !== undefined ? cellText(row[col.unit]) || null : null;
        const valueCell =
          valueCol !== undefined ? cellAddress(r, valueCol) : cellAddress(r, col.code ?? 0);
        const resolved = resolveFigure(
          def,
          valueCol !== undefined ? row[valueCol] : undefined,
          rowUnit,
          valueCol !== undefined && (sheet.percentCells?.has(valueCell) ?? false),
          info.year,
        );
        const priorCell = col.prior !== undefined ? cellAddress(r, col.prior) : null;
        const prior =
          col.prior !== undefined
            ? resolveFigure(
                def,
                row[col.prior],
                rowUnit,
                sheet.percentCells?.has(priorCell ?? "") ?? false,
                info.year,
              )
            : null;
        const mr: MetricRow = {
          def,
          sheet: sheet.name,
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
        unknownRows.push({ sheet: sheet.name, cell: cellAddress(r, col.code ?? 0), code });
      }
      if (col.statement !== undefined) {
        const text = statementText(row[col.statement]);
        if (text) {
          const item: NarrativeItem = {
            categoryId: category?.category.id ?? "",
            sheet: sheet.name,
            cell: cellAddress(r, col.statement),
            text,
            heading: col.heading !== undefined ? statementText(row[col.heading]) : "",
          };
          if (category) items.get(category.category.id)?.push(item);
          else orphanItems.push(item);
        }
      }
    }
  }
  return { pack, info, sheets, metrics, duplicates, unknownRows, items, orphanItems };
}
