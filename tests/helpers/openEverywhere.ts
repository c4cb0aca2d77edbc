import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { SYSTEM_PYTHON, sofficeConvert } from "./office";
import { tempDir } from "./paths";

/**
 * A workbook written by us, opened by the programs offices use — openpyxl (Debian's, the system
 * Python), LibreOffice (headless, its CSV export of every sheet) and ExcelJS — and compared with
 * its source cell by cell: every cell we did not edit must read as before in each program that
 * could read the source.
 */
export interface Pair {
  readonly name: string;
  readonly source: string;
  readonly output: string;
  /** "Sheet!A1" of every cell the writer was asked to change */
  readonly edited: ReadonlySet<string>;
}

export interface Difference {
  readonly reader: "openpyxl" | "LibreOffice" | "ExcelJS";
  readonly pair: string;
  readonly detail: string;
}

const OPENPYXL_COMPARE = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl

def cells(path, data_only):
    wb = openpyxl.load_workbook(path, data_only=data_only)
    out = {}
    for ws in wb.worksheets:
        sheet = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if hasattr(v, "text"):  # an array formula
                    v = "{array}" + str(v.text)
                sheet[c.coordinate] = repr(v)
        out[ws.title] = sheet
    return out

pairs = json.load(open(sys.argv[1], encoding="utf-8"))
report = []
for p in pairs:
    try:
        before = [cells(p["source"], False), cells(p["source"], True)]
    except Exception as e:
        report.append({"pair": p["name"], "skipped": "source: %s" % e})
        continue
    try:
        after = [cells(p["output"], False), cells(p["output"], True)]
    except Exception as e:
        report.append({"pair": p["name"], "detail": "output does not open: %s" % e})
        continue
    edited = set(p["edited"])
    for kind, b, a in (("formula", before[0], after[0]), ("value", before[1], after[1])):
        for sheet, cs in b.items():
            if sheet not in a:
                report.append({"pair": p["name"], "detail": "sheet %s lost" % sheet})
                continue
            for ref, v in cs.items():
                if sheet + "!" + ref in edited:
                    continue
                if a[sheet].get(ref) != v:
                    report.append({"pair": p["name"], "detail": "%s %s!%s: %s -> %s" % (kind, sheet, ref, v, a[sheet].get(ref))})
print(json.dumps(report, ensure_ascii=False))
`;

/** openpyxl's reading of each pair: differences, and the sources it could not read itself. */
function viaOpenpyxl(
  pairs: readonly Pair[],
  dir: string,
): { diffs: Difference[]; skipped: string[] } {
  const spec = join(dir, "pairs.json");
  writeFileSync(spec, JSON.stringify(pairs.map((p) => ({ ...p, edited: [...p.edited] }))), "utf8");
  const out = execFileSync(SYSTEM_PYTHON, ["-c", OPENPYXL_COMPARE, spec], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    timeout: 600_000,
  });
  const report = JSON.parse(out) as Array<{ pair: string; detail?: string; skipped?: string }>;
  return {
    diffs: report
      .filter((r) => r.detail !== undefined)
      .map((r) => ({ reader: "openpyxl" as const, pair: r.pair, detail: r.detail as string })),
    skipped: report.filter((r) => r.skipped).map((r) => r.pair),
  };
}

/** 7.4's CSV filter: comma, quote, UTF-8, as shown, every sheet to its own file (-1). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

function columnName(n: number): string {
  let s = "";
  for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Every sheet's CSV as LibreOffice exports it, by sheet name; null when it made none. */
function csvSheets(dir: string, file: string): Map<string, string[][]> | null {
  const base = basename(file, extname(file));
  const prefix = `${base}-`;
  const found = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith(".csv"));
  if (found.length === 0) return null;
  return new Map(
    found.map((f) => [f.slice(prefix.length, -4), parseCsv(readFileSync(join(dir, f), "utf8"))]),
  );
}

/**
 * LibreOffice's reading: every source and output exported to CSV in one run. A formula cell's
 * value may be recalculated on load (its inputs were edited), so a formula cell — named in
 * `formulaCells` by ExcelJS's reading of the source — must only keep a value (LibreOffice shows a
 * shared formula's cells empty once their master is gone); openpyxl and ExcelJS compare it whole.
 */
function viaLibreOffice(
  pairs: readonly Pair[],
  dir: string,
  formulaCells: ReadonlyMap<string, ReadonlySet<string>>,
): { diffs: Difference[]; skipped: string[] } {
  const csvDir = join(dir, "csv");
  const inputs = pairs.flatMap((p) => [p.source, p.output]);
  // one LibreOffice run for every file: each start costs seconds
  for (let i = 0; i < inputs.length; i += 40)
    try {
      sofficeConvert(inputs.slice(i, i + 40), CSV_FILTER, csvDir);
    } catch {
      // a file LibreOffice cannot load makes no CSV: found below
    }
  const diffs: Difference[] = [];
  const skipped: string[] = [];
  for (const p of pairs) {
    const before = csvSheets(csvDir, p.source);
    if (!before) {
      skipped.push(p.name);
      continue;
    }
    const after = csvSheets(csvDir, p.output);
    if (!after) {
      diffs.push({ reader: "LibreOffice", pair: p.name, detail: "output does not load" });
      continue;
    }
    const formulas = formulaCells.get(p.name) ?? new Set<string>();
    for (const [sheet, rows] of before) {
      const other = after.get(sheet);
      if (!other) {
        diffs.push({ reader: "LibreOffice", pair: p.name, detail: `sheet ${sheet} lost` });
        continue;
      }
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const ref = `${sheet}!${columnName(c)}${r + 1}`;
          if (p.edited.has(ref)) return;
          const w = other[r]?.[c] ?? "";
          // a formula may be recalculated from edited inputs, but must not lose its value
          if (formulas.has(ref) ? v !== "" && w === "" : w !== v)
            diffs.push({ reader: "LibreOffice", pair: p.name, detail: `${ref}: ${v} -> ${w}` });
        }),
      );
    }
  }
  return { diffs, skipped };
}

/**
 * Every cell ExcelJS reads, with the master of its merge (ExcelJS gives each merged cell the
 * master's value); null when ExcelJS refuses the file, "timeout" when it does not finish.
 */
function exceljsCells(
  file: string,
): Promise<Map<string, { value: string; master: string }> | null | "timeout"> {
  return new Promise((resolve) => {
    const worker = new Worker(join(__dirname, "exceljsCells.js"), { workerData: { file } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve("timeout");
    }, 60_000);
    worker.once("message", (cells: Array<[string, { value: string; master: string }]> | null) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(cells === null ? null : new Map(cells));
    });
    worker.once("error", () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

/** Every pair read by the three programs; what differs, and which sources a program could not read. */
export async function openEverywhere(pairs: readonly Pair[]): Promise<{
  diffs: Difference[];
  skipped: Record<string, string[]>;
}> {
  const dir = tempDir("ra-parity-");
  const diffs: Difference[] = [];
  const skipped: Record<string, string[]> = { ExcelJS: [], openpyxl: [], LibreOffice: [] };
  const formulaCells = new Map<string, Set<string>>();
  for (const p of pairs) {
    if (!existsSync(p.output) || statSync(p.output).size === 0) {
      diffs.push({ reader: "ExcelJS", pair: p.name, detail: "no output" });
      continue;
    }
    const before = await exceljsCells(p.source);
    // a source ExcelJS cannot finish reading is left out of its comparison, like one it refuses
    const after = before === null || before === "timeout" ? null : await exceljsCells(p.output);
    const formulas = new Set<string>();
    formulaCells.set(p.name, formulas);
    if (before === null || before === "timeout") {
      skipped.ExcelJS?.push(p.name);
      continue;
    }
    if (after === null || after === "timeout") {
      diffs.push({ reader: "ExcelJS", pair: p.name, detail: "output does not open" });
      continue;
    }
    for (const [ref, { value, master }] of before) {
      if (value.startsWith('{"formula"')) formulas.add(ref);
      if (p.edited.has(ref) || p.edited.has(master)) continue;
      const now = after.get(ref)?.value;
      if (now !== value)
        diffs.push({ reader: "ExcelJS", pair: p.name, detail: `${ref}: ${value} -> ${now}` });
    }
  }
  const py = viaOpenpyxl(pairs, dir);
  diffs.push(...py.diffs);
  skipped.openpyxl = py.skipped;
  const lo = viaLibreOffice(pairs, dir, formulaCells);
  diffs.push(...lo.diffs);
  skipped.LibreOffice = lo.skipped;
  return { diffs, skipped };
}
