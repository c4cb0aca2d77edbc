/**
 * One measurement in a process of its own, so that its peak memory is its own:
 *   node lib/scripts/bench/benchCase.js <op> <sheets> <rows> <runs> <workbook.xlsx>
 * Prints one JSON line: {op, ms: [...], maxRssMB, syncs?}.
 */
import { readFileSync } from "node:fs";
import Docxtemplater from "docxtemplater";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { readWorkbookGrid } from "../../src/adapters/office-excel/readWorkbookGrid";
import { readXlsxGrid } from "../../src/adapters/xlsx-file/readXlsxGrid";
import { buildTemplateDocx } from "../../src/core/docx/buildTemplateDocx";
import { createEngine } from "../../src/core/engine/engine";
import { readDataset } from "../../src/core/read/readDataset";
import { renderReport } from "../../src/core/report/renderReport";
import { buildReportScope } from "../../src/core/scope/buildReportScope";
import { toText } from "../../src/core/template/evaluate";
import type { TemplateValue } from "../../src/core/template/templateValues";
import { fakeExcel, WorkbookModel } from "../../tests/helpers/fakeExcel";
import { cellAddress } from "../../src/core/grid/a1";
import { benchPack } from "./benchWorkload";

const [op, sheetsArg, , runsArg, file] = process.argv.slice(2);
const sheets = Number(sheetsArg);
const runs = Number(runsArg);

/** The same report data as plain strings: what docxtemplater alone would be given. */
function plainData(data: Record<string, TemplateValue>): unknown {
  const walk = (v: TemplateValue): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x as TemplateValue)]));
    }
    const t = toText(v);
    return typeof t === "string" ? t : t.marker;
  };
  const plain: Record<string, unknown> = Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, walk(v)]),
  );
  // docxtemplater's own parser reads a tag as one key: "单位1.表述" must be there as such
  for (const [k, v] of Object.entries(plain)) {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      for (const [f, x] of Object.entries(v)) plain[`${k}.${f}`] = x;
    }
  }
  return plain;
}

async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file as string));
  const pack = benchPack(sheets);
  const engine = createEngine({ inflateRaw: nodeInflateRaw });
  const templateBytes = buildTemplateDocx(pack);
  const template = engine.openTemplate(templateBytes);
  const ms: number[] = [];
  let syncs: number | undefined;
  let prepared: () => Promise<void> = async () => undefined;
  if (op === "read-floor") {
    prepared = async () => {
      await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
    };
  } else if (op === "check") {
    prepared = async () => {
      // as the CLI checks with a pack's own template: its tags are the pack's by construction
      engine.check(await readXlsxGrid(bytes, nodeInflateRaw), pack, template);
    };
  } else if (op === "generate") {
    prepared = async () => {
      const g = engine.generate(await readXlsxGrid(bytes, nodeInflateRaw), pack, template, {
        allowIncomplete: true,
      });
      if (!g.ok) throw new Error(`generation refused: ${g.reason}`);
    };
  } else if (op === "render-floor" || op === "render-engine") {
    // rendering only: the same template and data, with docxtemplater's defaults vs the engine
    const grid = await readXlsxGrid(bytes, nodeInflateRaw);
    const data = buildReportScope(readDataset(grid, pack)).data;
    const plain = plainData(data);
    prepared = async () => {
      if (op === "render-floor") {
        const doc = new Docxtemplater(new PizZip(templateBytes), {
          paragraphLoop: true,
          linebreaks: true,
        });
        doc.render(plain);
        doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
      } else {
        renderReport(template, data);
      }
    };
  } else if (op === "excel-syncs") {
    const grid = await readXlsxGrid(bytes, nodeInflateRaw);
    const model = new WorkbookModel();
    for (const s of grid.sheets) {
      const sheet = model.add(s.name);
      s.rows.forEach((row, r) =>
        row?.forEach((v, c) => {
          if (typeof v === "string" || typeof v === "number") sheet.set(cellAddress(r, c), v);
        }),
      );
    }
    prepared = async () => {
      const { context, fake } = fakeExcel(model);
      await readWorkbookGrid(context);
      syncs = fake.syncs;
    };
  } else throw new Error(`unknown op ${op}`);
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await prepared();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `${JSON.stringify({ op, ms, maxRssMB, ...(syncs !== undefined ? { syncs } : {}) })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
