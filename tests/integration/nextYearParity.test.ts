import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { editXlsxCells } from "../../src/adapters/xlsx-file/editXlsxCells";
import { openWorkbookIndex } from "../../src/adapters/xlsx-file/workbookIndex";
import { xlsxFileSource } from "../../src/adapters/xlsx-file/xlsxSource";
import { UserError } from "../../src/core/errors/userError";
import { cellAddress, parseCellAddress } from "../../src/core/grid/a1";
import { readWholeGrid } from "../../src/core/grid/gridSource";
import type { CellEdit, WorkbookChange } from "../../src/core/scaffold/planNextYear";
import { MEMORY_SHEET } from "../../src/core/read/carriedStatements";
import { openPackage } from "../../src/core/zip/openPackage";
import { ODD_INPUTS } from "../corpus/oddInputs";
import { SYSTEM_PYTHON, sofficeConvert } from "../helpers/office";
import { openEverywhere, type Pair } from "../helpers/openEverywhere";
import { COURT_SAMPLE, GOV_SAMPLE, ROOT, XXGK_SAMPLE, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";
import { courtPack, engine } from "../helpers/workbooks";

/**
 * Whatever check reads, next-year edits, and every program opens the result with every cell it
 * did not edit as before. Standard workbooks as each writer saves them go through the real
 * command; the real-workbook corpus and the odd inputs (not standard workbooks) go through the
 * same cell editor with edits of every kind — a number over a number, text over text, a cell
 * emptied, a cell and a row added, a shared formula's master — and the memory sheet added.
 */
const dir = tempDir("ra-next-parity-");
const SCALE_ONLY = new Set(["odd: a million blank formatted rows"]);
let n = 0;
const place = (name: string) => join(dir, `${++n}-${name}`);

const key = (sheet: string, cell: string) => {
  const a = parseCellAddress(cell);
  return `${sheet}!${a ? cellAddress(a.row, a.col) : cell}`;
};

/** The cells next-year will change in a standard workbook, as the engine plans them. */
async function plannedEdits(file: string): Promise<Set<string>> {
  const bytes = new Uint8Array(readFileSync(file));
  const dataset = await engine.read(xlsxFileSource(bytes, nodeInflateRaw), {
    packs: [courtPack()],
    pick: () => courtPack(),
  });
  return new Set(engine.planNextYear(dataset).edits.map((e) => key(e.sheet, e.cell)));
}

/** The court sample with every element of its main parts written with an x: prefix, as the .NET OpenXML SDK writes. */
function prefixed(source: string): string {
  const zip = new PizZip(readFileSync(source));
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name)) continue;
    const xml = zip.file(name)!.asText();
    zip.file(
      name,
      xml
        .replace(
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        )
        .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (m, slash: string, tag: string) =>
          tag.includes(":") ? m : `<${slash}x:${tag}`,
        ),
    );
  }
  const out = place("prefixed.xlsx");
  writeFileSync(out, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

/**
 * The court sample with a formula filled down 上年同期 (F2:F16) as one shared formula: the master
 * and the metric rows are edited by next-year, the narrative rows below keep theirs.
 */
async function sharedFormula(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(COURT_SAMPLE);
  const ws = wb.getWorksheet("审判执行") as ExcelJS.Worksheet;
  const text = (v: ExcelJS.CellValue) => (typeof v === "string" ? v : "");
  const results = Array.from({ length: 15 }, (_x, i) => {
    const r = i + 2;
    return text(ws.getCell(`G${r}`).value).length + text(ws.getCell(`B${r}`).value).length;
  });
  for (let r = 2; r <= 16; r++) ws.getCell(`F${r}`).value = null;
  ws.fillFormula("F2:F16", "LEN(G2)+LEN(B2)", results);
  const out = place("shared-formula.xlsx");
  await wb.xlsx.writeFile(out);
  return out;
}

/** Edits of every kind for a workbook that is not a standard one, avoiding multi-cell formulas. */
async function syntheticChange(bytes: Uint8Array): Promise<WorkbookChange> {
  const grid = await readWholeGrid(xlsxFileSource(bytes, nodeInflateRaw));
  const pkg = openPackage(bytes, nodeInflateRaw, "xlsx", "workbook");
  const index = openWorkbookIndex(pkg);
  const edits: CellEdit[] = [];
  for (const sheet of grid.sheets.slice(0, 3)) {
    const part = index.sheets.find((s) => s.name === sheet.name)?.part;
    if (!part) continue; // a chart sheet has no cells
    const xml = pkg.text(part) ?? "";
    const blocked: Array<[number, number, number, number]> = [];
    for (const m of xml.matchAll(
      /<(?:\w+:)?f\b[^>]*\bt="(?:array|dataTable)"[^>]*\bref="([^"]+)"/g,
    )) {
      const [a, b] = (m[1] as string).split(":");
      const p = parseCellAddress(a ?? "");
      const q = parseCellAddress(b ?? a ?? "");
      if (p && q) blocked.push([p.row, p.col, q.row, q.col]);
    }
    const free = (r: number, c: number) =>
      !blocked.some(([r0, c0, r1, c1]) => r >= r0 && r <= r1 && c >= c0 && c <= c1);
    const cells: Array<{ r: number; c: number; v: unknown }> = [];
    sheet.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== undefined && v !== null && free(r, c)) cells.push({ r, c, v });
      }),
    );
    const at = (x: { r: number; c: number }) => cellAddress(x.r, x.c);
    const num = cells.find((x) => typeof x.v === "number");
    const str = cells.find((x) => typeof x.v === "string");
    const other = cells.find((x) => x !== num && x !== str);
    if (num) edits.push({ sheet: sheet.name, cell: at(num), value: 12345 });
    if (str) edits.push({ sheet: sheet.name, cell: at(str), value: "改写的文字 & <符号>" });
    if (other) edits.push({ sheet: sheet.name, cell: at(other), value: null });
    // a shared formula's master, wherever the sheet has one
    const master =
      /<(?:\w+:)?c\b[^>]*\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/(?:\w+:)?c>)[\s\S])*?<(?:\w+:)?f\b[^>]*\bt="shared"[^>]*\bref=/.exec(
        xml,
      );
    const m = master ? parseCellAddress(master[1] as string) : null;
    if (m && free(m.row, m.col))
      edits.push({ sheet: sheet.name, cell: master![1] as string, value: 7 });
    const last = sheet.rows.length;
    edits.push({ sheet: sheet.name, cell: cellAddress(last + 1, 1), value: "新增一行" });
    if (cells[0]) edits.push({ sheet: sheet.name, cell: cellAddress(cells[0].r, 30), value: 1.5 });
  }
  return {
    edits,
    hiddenSheet: {
      name: MEMORY_SHEET,
      rows: [
        ["表", "单元格", "表述"],
        ["审判执行", "G11", "沿用"],
      ],
    },
  };
}

describe("next-year's output opens everywhere, every untouched cell as before", () => {
  const pairs: Pair[] = [];
  const named: string[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    // standard workbooks, as each writer saves them, through the real command
    const writers: Array<[string, () => Promise<string> | string]> = [
      ["ExcelJS: the court sample", () => COURT_SAMPLE],
      ["ExcelJS: the government sample", () => GOV_SAMPLE],
      // merged forms, unlocked input cells, and a figure carried (结转 → 上年结转)
      ["ExcelJS: the 政府信息公开 sample", () => XXGK_SAMPLE],
      [
        "openpyxl (Debian's, with lxml)",
        () => {
          const out = place("openpyxl.xlsx");
          execFileSync(SYSTEM_PYTHON, [
            "-c",
            "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])",
            COURT_SAMPLE,
            out,
          ]);
          return out;
        },
      ],
      [
        "LibreOffice Calc",
        () => {
          const copy = place("lo-source.xlsx");
          copyFileSync(COURT_SAMPLE, copy);
          return sofficeConvert(copy, "xlsx:Calc MS Excel 2007 XML", join(dir, "lo"));
        },
      ],
      ["x: prefixes (the .NET OpenXML SDK)", () => prefixed(COURT_SAMPLE)],
      ["a shared formula across metric rows", () => sharedFormula()],
    ];
    for (const [name, make] of writers) {
      const source = await make();
      const output = place("next.xlsx");
      const r = runCli(["next-year", source, "-o", output]);
      if (r.code !== 0) throw new Error(`${name}: ${r.stderr}`);
      pairs.push({ name, source, output, edited: await plannedEditsFor(source, name) });
      named.push(name);
    }

    // the corpus and the odd inputs: whatever check reads, the editor edits
    const corpus = join(ROOT, "tests", "fixtures", "real-xlsx");
    const inputs: Array<[string, () => Promise<Uint8Array>]> = [
      ...readdirSync(corpus)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f): [string, () => Promise<Uint8Array>] => [
          `corpus: ${f}`,
          async () => new Uint8Array(readFileSync(join(corpus, f))),
        ]),
      ...ODD_INPUTS.filter((c) => c.kind === "workbook" && !("refused" in c.expect)).map(
        (c): [string, () => Promise<Uint8Array>] => [`odd: ${c.name}`, c.build],
      ),
    ];
    for (const [name, build] of inputs) {
      const bytes = await build();
      // a scale case, not a shape: openpyxl alone takes minutes over a million rows
      // (tests/scale/editScale.test.ts edits it and reads it back)
      if (SCALE_ONLY.has(name)) continue;
      if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) continue; // .xls and the like: not the editor's
      let change: WorkbookChange;
      try {
        change = await syntheticChange(bytes);
      } catch (e) {
        if (e instanceof UserError) continue; // check refuses it: nothing to edit
        throw e;
      }
      let written: Uint8Array;
      try {
        written = editXlsxCells(bytes, nodeInflateRaw, change);
      } catch (e) {
        if (e instanceof UserError) {
          refused.push(`${name}: ${e.code}`);
          continue;
        }
        throw new Error(`${name}: ${String(e)}`);
      }
      const source = place("source.xlsx");
      const output = place("output.xlsx");
      writeFileSync(source, bytes);
      writeFileSync(output, written);
      pairs.push({
        name,
        source,
        output,
        edited: new Set(change.edits.map((e) => key(e.sheet, e.cell))),
      });
    }
  }, 900_000);

  async function plannedEditsFor(source: string, name: string): Promise<Set<string>> {
    const packId = /government/.test(name)
      ? "gov-annual"
      : /政府信息公开/.test(name)
        ? "xxgk-annual"
        : null;
    if (!packId) return plannedEdits(source);
    const bytes = new Uint8Array(readFileSync(source));
    const { loadPack } = await import("../../src/adapters/node-files/packStore");
    const gov = loadPack(packId).pack;
    const dataset = await engine.read(xlsxFileSource(bytes, nodeInflateRaw), gov);
    return new Set(engine.planNextYear(dataset).edits.map((e) => key(e.sheet, e.cell)));
  }

  it("covers every writer and the corpus, refusing nothing that can be edited", () => {
    expect(named).toHaveLength(7);
    expect(pairs.length).toBeGreaterThan(40);
    expect(refused).toEqual([]);
  });

  it("openpyxl, LibreOffice and ExcelJS read every output, every untouched cell as before", async () => {
    const { diffs, skipped } = await openEverywhere(pairs);
    console.log(
      `next-year parity: ${pairs.length} workbooks; sources a program could not read itself: ${JSON.stringify(skipped)}`,
    );
    // the standard workbooks are read by every program — but ExcelJS, which reads no prefixed
    // SpreadsheetML at all — so none is left out of a comparison
    for (const [program, names] of Object.entries(skipped))
      expect([program, names.filter((x) => named.includes(x))]).toEqual([
        program,
        program === "ExcelJS" ? ["x: prefixes (the .NET OpenXML SDK)"] : [],
      ]);
    if (process.env.PARITY_DUMP)
      writeFileSync(process.env.PARITY_DUMP, JSON.stringify(diffs, null, 1));
    expect(diffs).toEqual([]);
  }, 900_000);
});
