/**
 * One measurement in a process of its own, so that its peak memory is its own:
 *   node lib/scripts/bench/benchCase.js <op> <pack> <runs> <workbook.xlsx>
 * <pack> is a built-in pack id or "bench:<sheets>" (the synthetic pack). Prints one JSON line:
 * {op, ms: [...], maxRssMB, syncs?}. Each op loads only the modules it uses, so that a check's
 * peak memory holds no ExcelJS (the CLI's check does not load it either).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { relieveMemory } from "../../src/adapters/node-files/relieveMemory";
import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { loadPack, packTemplateBytes } from "../../src/adapters/node-files/packStore";
import { openSpreadsheet } from "../../src/adapters/spreadsheet-file/openSpreadsheet";
import { xlsxFileSource } from "../../src/adapters/xlsx-file/xlsxSource";
import { buildTemplateDocx } from "../../src/core/docx/buildTemplateDocx";
import { createEngine } from "../../src/core/engine/engine";
import type { Pack } from "../../src/core/packs/pack.types";
import type { Buffer as ExcelJSBuffer } from "exceljs";
import { toText } from "../../src/core/template/evaluate";
import type { TemplateValue } from "../../src/core/template/templateValues";
import { benchPack } from "./benchPack";

const [op, packArg, runsArg, file] = process.argv.slice(2) as [string, string, string, string];
const runs = Number(runsArg);

/** The same report data as plain strings: what docxtemplater alone would be given. */
function plainData(data: Readonly<Record<string, TemplateValue>>): unknown {
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

/**
 * This process's peak memory. Linux's getrusage keeps, across exec, the peak of the process that
 * spawned this one (the benchmark's own, grown by the large files it wrote): a 200-row check read
 * 160 MB that way. The high-water mark of this process's own memory (VmHWM) starts afresh.
 */
function peakRssMB(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux: the rusage figure, which elsewhere is this process's own
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  // the engine as the CLI makes it
  const engine = createEngine({ inflateRaw: nodeInflateRaw, relieveMemory });
  const synthetic = packArg.startsWith("bench:");
  const pack: Pack = synthetic ? benchPack(Number(packArg.slice(6))) : loadPack(packArg).pack;
  const templateBytes = synthetic ? buildTemplateDocx(pack) : packTemplateBytes(loadPack(packArg));
  const template = engine.openTemplate(templateBytes);
  const ms: number[] = [];
  let syncs: number | undefined;
  let prepared: () => Promise<void>;
  if (op === "exceljs") {
    const { default: ExcelJS } = await import("exceljs");
    prepared = async () => {
      await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJSBuffer);
    };
  } else if (op === "cfb-package" || op === "cfb-ours") {
    // the .xls container alone: the package the reader replaced, and the reader's own
    const CFB = await import("cfb");
    const { readCompoundFile } = await import("../../src/adapters/xls-file/compoundFile");
    prepared = async () => {
      if (op === "cfb-package") {
        const c = CFB.read(bytes, { type: "array" });
        if (!CFB.find(c, "Workbook")?.content) throw new Error("no workbook stream");
      } else if (!readCompoundFile(bytes).stream("Workbook")) throw new Error("no workbook stream");
    };
  } else if (op === "check") {
    // any kind of workbook, told by its content, as the CLI opens it
    prepared = async () => {
      const { source } = await openSpreadsheet(bytes, nodeInflateRaw);
      engine.check(await engine.read(source, pack), template);
    };
  } else if (op === "generate") {
    prepared = async () => {
      const { source } = await openSpreadsheet(bytes, nodeInflateRaw);
      const dataset = await engine.read(source, pack);
      const g = engine.generate(dataset, template, { allowIncomplete: true });
      if (!g.ok) throw new Error(`generation refused: ${g.reason}`);
    };
  } else if (op === "render-floor" || op === "render-engine") {
    const { default: Docxtemplater } = await import("docxtemplater");
    const { default: PizZip } = await import("pizzip");
    const { buildReportScope } = await import("../../src/core/scope/buildReportScope");
    const { renderReport } = await import("../../src/core/report/renderReport");
    // rendering only: the same template and data, with docxtemplater's defaults vs the engine
    const data = buildReportScope(
      await engine.read(xlsxFileSource(bytes, nodeInflateRaw), pack),
    ).reportData();
    const plain = plainData(data);
    prepared = async () => {
      if (op === "render-floor") {
        const doc = new Docxtemplater(new PizZip(templateBytes), {
          paragraphLoop: true,
          linebreaks: true,
        });
        doc.render(plain);
        doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
      } else renderReport(template, data);
    };
  } else if (op === "peer") {
    // the Python peer a court's IT person would write: openpyxl + docxtpl, in its own process
    const peer = join(
      __dirname,
      "..",
      "..",
      "..",
      "..",
      "shared",
      "tools",
      "peer-docxtpl",
      "peer.py",
    );
    prepared = async () => {
      execFileSync("/usr/bin/python3", [peer, file, `${file}.peer.docx`], { stdio: "ignore" });
    };
  } else if (op === "excel-syncs") {
    const { readWholeGrid } = await import("../../src/core/grid/gridSource");
    const { cellAddress } = await import("../../src/core/grid/a1");
    const { fakeExcel, WorkbookModel } = await import("../../tests/helpers/fakeExcel");
    const { excelGridSource } = await import("../../src/adapters/office-excel/excelGridSource");
    const grid = await readWholeGrid(xlsxFileSource(bytes, nodeInflateRaw));
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
      await engine.read(excelGridSource(context), pack);
      syncs = fake.syncs;
    };
  } else throw new Error(`unknown op ${op}`);
  // peak memory of one operation, as a user's single run meets it: taken after the first run (the
  // later ones, for a steadier time, would add the garbage of those before to the peak)
  let maxRssMB = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await prepared();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (i === 0) maxRssMB = peakRssMB();
  }
  process.stdout.write(
    `${JSON.stringify({ op, ms, maxRssMB, ...(syncs !== undefined ? { syncs } : {}) })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
