import { present } from "../errors/present";
import { readCarried, readPriorFigures } from "./carriedStatements";
import { deriveFigures } from "./deriveFigures";
import { cellAddress } from "../grid/a1";
import { holdsValue, lastFilledColumn } from "../grid/grid.types";
import type { SheetPart } from "../grid/gridSource";
import { leafCategories } from "../packs/leafCategories";
import { tableMetricCodes } from "../packs/tableGeometry";
import type { MetricDef, Pack, PackTable } from "../packs/pack.types";
import { readTable, type TableReading } from "./readTable";
import { GUIDE_SHEET } from "./matchSheets";
import { normalizeLabel } from "../values/normalizeText";
import { headingText, labelText, statementText } from "./cellStrings";
import { readYesNo } from "../values/yesNo";
import type {
  Dataset,
  MetricRow,
  NarrativeItem,
  ReportInfo,
  SheetReading,
  UnknownRow,
} from "./dataset.types";
import type { ReadPlan } from "./planRead";
import { readReportInfo } from "./readReportInfo";
import { resolveFigure } from "./resolveFigure";

type Rows = SheetPart["rows"];

function lastRowOf(rows: Rows): number {
  for (let r = rows.length - 1; r >= 0; r--) if (rows[r]?.some(holdsValue)) return r;
  return -1;
}

/** The decimals the value and prior cells show, where their format fixes them. */
function shownDecimals(
  decimals: ReadonlyMap<string, number> | undefined,
  valueCell: string | null,
  priorCell: string | null,
): { valueDecimals?: number; priorDecimals?: number } {
  if (!decimals || decimals.size === 0) return {};
  const v = valueCell ? decimals.get(valueCell) : undefined;
  const p = priorCell ? decimals.get(priorCell) : undefined;
  return {
    ...(v !== undefined ? { valueDecimals: v } : {}),
    ...(p !== undefined ? { priorDecimals: p } : {}),
  };
}

/** Takes a workbook's read parts one sheet at a time, then gives the dataset. */
export interface DatasetAssembler {
  /** one sheet's part, as read for the plan's request (in the plan's order: 报告信息 first) */
  add(index: number, part: SheetPart): void;
  finish(): Dataset;
}

interface MetricIndex {
  /** by code as a row may type it (folded, upper case) */
  readonly byCode: ReadonlyMap<string, MetricDef>;
  /** by name as a row may type it (folded) */
  readonly byName: ReadonlyMap<string, MetricDef>;
  readonly byCodeExact: ReadonlyMap<string, MetricDef>;
}
const indexes = new WeakMap<Pack["metrics"], MetricIndex>();

/** A pack's metrics by what a row may type, folded once per pack, not once per workbook read. */
function metricIndex(pack: Pack): MetricIndex {
  const had = indexes.get(pack.metrics);
  if (had) return had;
  const index = {
    byCode: new Map(pack.metrics.map((m) => [normalizeLabel(m.code).toUpperCase(), m])),
    byName: new Map(pack.metrics.map((m) => [normalizeLabel(m.name), m])),
    byCodeExact: new Map(pack.metrics.map((m) => [m.code, m])),
  };
  indexes.set(pack.metrics, index);
  return index;
}

/**
 * The plan and the cells it asked for → the dataset, a sheet at a time, so that a sheet's cells
 * can be let go once its rows are read: a large workbook is never held whole. Metric rows are
 * read in their category's sheet (codes are unique across the pack, so a row matches by code, or
 * by name when it has none), narrative items belong to the category of their sheet, rows the user
 * hid are left out. Nothing is judged here; the checks turn what was found into issues.
 */
export function datasetAssembler(pack: Pack, plan: ReadPlan): DatasetAssembler {
  const { byCode, byName, byCodeExact } = metricIndex(pack);
  const readings = new Map<number, SheetReading>();
  const metrics = new Map<string, MetricRow>();
  const duplicates: MetricRow[] = [];
  const unknownRows: UnknownRow[] = [];
  const items = new Map<string, NarrativeItem[]>(
    leafCategories(pack).map((l) => [l.category.id, []]),
  );
  let carried: Dataset["carried"] = [];
  let priorFigures = new Map<string, number>();
  let info: ReportInfo | null = null;
  const readInfo = (part: SheetPart | undefined): ReportInfo =>
    readReportInfo(
      plan.info && part
        ? {
            name: plan.sheets[plan.info.index]?.name ?? "",
            rows: part.rows,
            hiddenRows: part.hiddenRows,
          }
        : null,
      pack,
    );

  const reading = (index: number, part: SheetPart | undefined): SheetReading => {
    const entry = present(plan.sheets[index], "plan.sheets[index]");
    const claim = plan.categories.get(index);
    const isInfo = plan.info?.index === index;
    const rows = part?.rows ?? [];
    const header = claim?.header ?? null;
    const hidden = [...(part?.hiddenRows ?? [])]
      .filter((r) => r > (header?.row ?? -1) && rows[r]?.some(holdsValue))
      .sort((a, b) => a - b);
    return {
      sheet: entry.name,
      visibility: entry.visibility,
      use: isInfo
        ? "info"
        : claim
          ? "category"
          : index === plan.memory
            ? "memory"
            : entry.name.trim() === GUIDE_SHEET
              ? "guide"
              : "other",
      category: claim?.leaf ?? null,
      headerRow: header?.row ?? null,
      headerEnd: header ? lastFilledColumn(plan.heads[index]?.rows[header.row]) : -1,
      columns: header?.columns ?? {},
      duplicateColumns: header?.duplicates ?? [],
      lastRow: lastRowOf(rows),
      // a form is read whole, its hidden lines too: the statutory table has every one of them
      hiddenRows: isInfo || (claim && !claim.table) ? hidden : [],
    };
  };

  const tables = new Map<string, TableReading>();
  const readForm = (index: number, part: SheetPart, table: PackTable, year: number | null) => {
    const sheetName = present(plan.sheets[index], "plan.sheets[index]").name;
    const reading = readTable(table, sheetName, part.rows);
    tables.set(table.id, reading);
    const zeroBlanks = info?.byRole("blanksAreZero")?.value;
    const blanksAreZero = zeroBlanks?.kind === "text" && readYesNo(zeroBlanks.text) === true;
    for (const [code, at] of reading.found) {
      const def = byCodeExact.get(code);
      if (!def || metrics.has(code)) continue;
      const valueCell = cellAddress(at.row, at.col);
      // a blank cell read as 0 keeps its blank as typed: a message can say it was left blank
      const raw = part.rows[at.row]?.[at.col];
      const read = blanksAreZero && !holdsValue(raw) ? 0 : raw;
      const resolved = resolveFigure(def, read, null, part.percentCells.has(valueCell), year);
      metrics.set(code, {
        def,
        sheet: sheetName,
        row: at.row,
        valueCell,
        priorCell: null,
        raw,
        figure: resolved.figure,
        prior: { kind: "missing" },
        unitMismatch: resolved.unitMismatch,
        ...shownDecimals(part.decimalCells, valueCell, null),
      });
    }
  };

  const readRows = (index: number, part: SheetPart, year: number | null): void => {
    const claim = plan.categories.get(index);
    if (claim?.table) {
      readForm(index, part, claim.table, year);
      return;
    }
    const header = claim?.header;
    if (!claim || !header) return;
    const sheetName = present(plan.sheets[index], "plan.sheets[index]").name;
    const { rows, hiddenRows, percentCells, decimalCells } = part;
    const col = header.columns;
    const categoryId = claim.leaf.category.id;
    const categoryItems = items.get(categoryId);
    for (let r = header.row + 1; r < rows.length; r++) {
      const row = rows[r];
      if (!row || hiddenRows.has(r)) continue;
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
          valueCol !== undefined && percentCells.has(valueCell),
          year,
        );
        const priorCell = col.prior !== undefined ? cellAddress(r, col.prior) : null;
        const prior =
          col.prior !== undefined && priorCell
            ? resolveFigure(def, row[col.prior], rowUnit, percentCells.has(priorCell), year)
            : null;
        const mr: MetricRow = {
          def,
          sheet: sheetName,
          row: r,
          valueCell,
          priorCell,
          raw: valueCol !== undefined ? row[valueCol] : undefined,
          figure: resolved.figure,
          prior: prior?.figure ?? { kind: "missing" },
          unitMismatch: resolved.unitMismatch,
          ...shownDecimals(decimalCells, valueCol !== undefined ? valueCell : null, priorCell),
        };
        if (metrics.has(def.code)) duplicates.push(mr);
        else metrics.set(def.code, mr);
      } else if (code) {
        unknownRows.push({ sheet: sheetName, cell: cellAddress(r, col.code ?? 0), code });
      }
      if (col.statement !== undefined) {
        const text = statementText(row[col.statement]);
        if (text) {
          categoryItems?.push({
            categoryId,
            sheet: sheetName,
            cell: cellAddress(r, col.statement),
            text,
            heading: col.heading !== undefined ? headingText(row[col.heading]) : "",
          });
        }
      }
    }
  };

  const add = (index: number, part: SheetPart): void => {
    if (readings.has(index) || !plan.sheets[index]) return;
    // a figure is read against the report year: 报告信息 comes first, or the workbook has none
    if (plan.info?.index === index) info = readInfo(part);
    else if (info === null) {
      if (plan.info) throw new Error("a grid source gave a sheet before 报告信息");
      info = readInfo(undefined);
    }
    readings.set(index, reading(index, part));
    if (index === plan.memory) {
      carried = readCarried(part);
      priorFigures = readPriorFigures(part);
    }
    readRows(index, part, info.year);
  };

  return {
    add,
    finish() {
      info ??= readInfo(undefined);
      // a sheet the source gave nothing for is read from its first rows, as planned
      plan.sheets.forEach((_s, i) => {
        const head = plan.heads[i];
        if (!readings.has(i) && head && plan.categories.has(i)) add(i, head);
      });
      const sheets = plan.sheets.map((_s, i) => readings.get(i) ?? reading(i, plan.heads[i]));
      // a form's cells have no 上年同期: last year's figure is the one next-year remembered (a
      // category sheet without that column stays without it: its 同比 is the clerk's to give)
      const formCodes = tableMetricCodes(pack);
      for (const [code, value] of priorFigures) {
        const row = metrics.get(code);
        if (row && formCodes.has(code) && row.priorCell === null && row.prior.kind === "missing")
          metrics.set(code, { ...row, prior: { kind: "number", value, approx: null } });
      }
      deriveFigures(pack, metrics);
      return {
        pack,
        info,
        sheets,
        metrics,
        duplicates,
        unknownRows,
        items,
        carried,
        remembered: priorFigures,
        tables,
      };
    },
  };
}
