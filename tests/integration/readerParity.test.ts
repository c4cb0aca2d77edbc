import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { excelGridSource } from "../../src/adapters/office-excel/excelGridSource";
import { xlsxFileSource } from "../../src/adapters/xlsx-file/xlsxSource";
import { cellAddress } from "../../src/core/grid/a1";
import { isCellDate, type CellValue } from "../../src/core/grid/grid.types";
import { readWholeGrid } from "../../src/core/grid/gridSource";
import { fakeExcel, WorkbookModel } from "../helpers/fakeExcel";
import { sofficeConvert } from "../helpers/office";
import { tempDir } from "../helpers/paths";

/** Number formats as offices use them, per cents with and without scaling, dates in Chinese. */
const FORMATS = [
  "General",
  "0",
  "0.00",
  "#,##0",
  "#,##0.00",
  "0%",
  "0.00%",
  "0.0%;[Red]-0.0%",
  "0.00\\%",
  '0.00"%"',
  '0"%"',
  '#,##0"件"',
  "yyyy/m/d",
  'yyyy"年"m"月"d"日"',
  "[$-804]yyyy年m月d日",
  "yyyy-mm-dd",
];

interface Cell {
  readonly value: number;
  readonly format: string;
}

const number = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.round(x * 10_000) / 10_000),
  fc.double({ min: 0, max: 200, noNaN: true }).map((x) => Math.round(x * 100) / 100),
);
const serial = fc.integer({ min: 36_526, max: 47_482 }); // 2000-01-01 … 2029-12-31
/** A number in any format, or a day's serial (a date, or a count somebody formatted as one). */
const cell = fc.oneof(
  fc.record({
    value: fc.oneof(number, serial),
    format: fc.constantFrom(...FORMATS.filter((f) => !/[yd]/.test(f))),
  }),
  fc.record({ value: serial, format: fc.constantFrom(...FORMATS) }),
);

/** What a reader says the clerk sees in a cell: a date, or a number (a per cent in per-cent units). */
function seen(v: CellValue | undefined, percent: boolean): string {
  if (isCellDate(v)) return `${v.date.y}/${v.date.m}/${v.date.d}`;
  if (typeof v === "number") return `n:${percent ? v * 100 : v}`;
  return `other:${String(v)}`;
}

/** The same from LibreOffice's export "as shown": the independent oracle. */
function shown(text: string): {
  date?: string;
  number?: number;
  decimals: number;
  percent: boolean;
} {
  const d = /^(\d{4})\D(\d{1,2})\D(\d{1,2})/.exec(text);
  if (d)
    return { date: `${Number(d[1])}/${Number(d[2])}/${Number(d[3])}`, decimals: 0, percent: false };
  const digits = text.replace(/[^\d.%-]/g, "");
  return {
    number: Number(digits.replace(/%/g, "")),
    decimals: (digits.split(".")[1] ?? "").replace(/%/g, "").length,
    percent: digits.endsWith("%"),
  };
}

async function writeWorkbook(cells: readonly Cell[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  cells.forEach((c, i) => {
    const x = ws.getCell(i + 1, 1);
    x.value = c.value;
    x.numFmt = c.format;
  });
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe("the file reader and the Excel adapter read what the clerk sees", () => {
  it("agree with each other and with LibreOffice's display, over generated formats", async () => {
    const dir = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 20, maxLength: 40 }), async (cells) => {
        const file = join(dir, `w${run++}.xlsx`);
        await writeWorkbook(cells, file);
        const csv = sofficeConvert(
          file,
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
          dir,
        );
        const display = readFileSync(csv, "utf8")
          .split(/\r?\n/)
          .map((l) => l.replace(/^"|"$/g, ""));

        const fromFile = (
          await readWholeGrid(xlsxFileSource(new Uint8Array(readFileSync(file)), nodeInflateRaw))
        ).sheets[0];
        const model = new WorkbookModel();
        const sheet = model.add("表");
        cells.forEach((c, i) => sheet.set(cellAddress(i, 0), c.value, c.format));
        const source = excelGridSource(fakeExcel(model).context);
        await source.sheets();
        const fromExcel = (await source.heads(1000))[0];

        cells.forEach((c, i) => {
          const a = cellAddress(i, 0);
          const file = seen(fromFile?.rows[i]?.[0], fromFile?.percentCells?.has(a) ?? false);
          const excel = seen(fromExcel?.rows[i]?.[0], fromExcel?.percentCells.has(a) ?? false);
          expect([c, excel]).toEqual([c, file]);
          const oracle = shown(display[i] ?? "");
          if (oracle.date) expect([c, file]).toEqual([c, oracle.date]);
          else {
            expect(file.startsWith("n:")).toBe(true);
            const ours = Number(file.slice(2));
            // LibreOffice rounds to the format's decimals; we keep the number as stored
            expect([
              c,
              Math.abs(ours - (oracle.number as number)) <= 0.5 * 10 ** -oracle.decimals + 1e-9,
            ]).toEqual([c, true]);
          }
        });
      }),
      { numRuns: 6 },
    );
  }, 300_000);
});
