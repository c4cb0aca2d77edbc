import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { editXlsxCells } from "../../src/adapters/xlsx-file/editXlsxCells";
import { xlsxFileSource } from "../../src/adapters/xlsx-file/xlsxSource";
import { MEMORY_SHEET } from "../../src/core/read/carriedStatements";
import { ODD_INPUTS } from "../corpus/oddInputs";
import { courtPack, engine } from "../helpers/workbooks";

/**
 * next-year on a sheet of a million formatted blank rows (the odd input of that name): the cell
 * editor gets through it in seconds and what it writes reads back with last year's figures moved.
 */
it("next-year edits a workbook with a million blank formatted rows and it reads back", async () => {
  const c = ODD_INPUTS.find((x) => x.name === "a million blank formatted rows");
  if (!c) throw new Error("the odd input is gone");
  const bytes = await c.build();
  const dataset = await engine.read(xlsxFileSource(bytes, nodeInflateRaw), courtPack());
  const plan = engine.planNextYear(dataset);
  const started = Date.now();
  const out = editXlsxCells(bytes, nodeInflateRaw, {
    edits: plan.edits,
    hiddenSheet: { name: MEMORY_SHEET, rows: plan.memory },
  });
  expect(Date.now() - started).toBeLessThan(30_000);
  const next = await engine.read(xlsxFileSource(out, nodeInflateRaw), courtPack());
  expect(next.info.year).toBe((dataset.info.year as number) + 1);
  expect(next.metrics.get("SP02")?.prior).toMatchObject({ kind: "number", value: 16742 });
  expect(next.metrics.get("SP02")?.figure).toEqual({ kind: "missing" });
});
