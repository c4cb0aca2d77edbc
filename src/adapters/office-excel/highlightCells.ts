/* global Excel */
import { writeUnprotected } from "./sheetProtection";

/** Where the add-in remembers the conditional formats it added, so Clear removes exactly those. */
export const HIGHLIGHT_SETTING = "reportAssembler.highlights";
/** Always true; the conditional format only adds a fill on top of the cell's own format. */
const ALWAYS = "=TRUE";
const HIGHLIGHT_COLOR = "#FFE699";

interface Recorded {
  readonly sheet: string;
  readonly addresses: string;
  readonly id: string;
}

/** Excel caps the length of an address list; a few hundred cells per RangeAreas stay far below it. */
const CELLS_PER_AREA = 400;

/**
 * Highlights problem cells with one conditional format per sheet over a RangeAreas. A conditional
 * format sits on top of the cells' own formatting and changes none of it, so removing it restores
 * every format exactly. Four round trips after clearing (three for the sheets' protection, lifted
 * and restored), whatever the number of cells.
 */
export async function highlightCells(
  context: Excel.RequestContext,
  cells: ReadonlyArray<{ sheet: string; cell: string }>,
): Promise<number> {
  await clearHighlights(context);
  const bySheet = new Map<string, Set<string>>();
  for (const c of cells) bySheet.set(c.sheet, (bySheet.get(c.sheet) ?? new Set()).add(c.cell));
  const added: Array<{ sheet: string; addresses: string; cf: Excel.ConditionalFormat }> = [];
  // Excel refuses conditional formats on a protected sheet: each is lifted and restored around it
  await writeUnprotected(context, bySheet.keys(), () => {
    for (const [sheet, set] of bySheet) {
      const all = [...set];
      for (let i = 0; i < all.length; i += CELLS_PER_AREA) {
        const addresses = all.slice(i, i + CELLS_PER_AREA).join(",");
        const areas = context.workbook.worksheets.getItem(sheet).getRanges(addresses);
        const cf = areas.conditionalFormats.add("Custom");
        cf.custom.rule.formula = ALWAYS;
        cf.custom.format.fill.color = HIGHLIGHT_COLOR;
        cf.load("id");
        added.push({ sheet, addresses, cf });
      }
    }
  });
  const record: Recorded[] = added.map((a) => ({
    sheet: a.sheet,
    addresses: a.addresses,
    id: a.cf.id,
  }));
  context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(record));
  await context.sync();
  return new Set(cells.map((c) => `${c.sheet}!${c.cell}`)).size;
}

/**
 * Removes what highlightCells added, and nothing else: formats the user deleted meanwhile, or
 * sheets since removed, are passed over. Five round trips (three for the sheets' protection),
 * whatever the number of cells.
 */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject) return 0;
  let record: Recorded[] = [];
  try {
    // cast: our own setting, written by recordHighlights; a bad one is caught below
    record = JSON.parse(String(setting.value)) as Recorded[];
  } catch {
    record = [];
  }
  const found = record.map((r) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(r.sheet);
    ws.load("name");
    return { r, ws };
  });
  await context.sync();
  const formats = found
    .filter((f) => !f.ws.isNullObject)
    .map((f) => {
      const cf = f.ws.getRanges(f.r.addresses).conditionalFormats.getItemOrNullObject(f.r.id);
      cf.load("id");
      return { sheet: f.r.sheet, cf };
    });
  await context.sync();
  const present = formats.filter((f) => !f.cf.isNullObject);
  await writeUnprotected(
    context,
    present.map((f) => f.sheet),
    () => {
      for (const f of present) f.cf.delete();
      setting.delete();
    },
  );
  return present.length;
}

/**
 * Clicking an issue: its sheet comes to the front and its cell is selected — with the other cells
 * of the same sheet it names (a table's sum and its parts), all at once, where Excel can select
 * several areas (`areas`: ExcelApi 1.9).
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
  others: readonly string[] = [],
  areas = false,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  const all = [cell, ...others.filter((c) => c !== cell)];
  if (areas && all.length > 1) ws.getRanges(all.join(",")).select();
  else ws.getRange(cell).select();
  await context.sync();
}
