/// <reference lib="webworker" />
/**
 * The engine off the page's thread: reading, checking and rendering run here, so the pane stays
 * responsive on any workbook and 取消 can stop the work outright (the page terminates the worker).
 * The same engine as the CLI; only plain data crosses (bytes, recorded cells, results).
 */
import { pakoInflateRaw } from "../../../adapters/browser-file/pakoInflateRaw";
import { openSpreadsheet } from "../../../adapters/spreadsheet-file/openSpreadsheet";
import { editXlsxCells } from "../../../adapters/xlsx-file/editXlsxCells";
import { writeGridXlsx } from "../../../adapters/xlsx-file/writeGridXlsx";
import { readWholeGrid, withSheetProgress } from "../../../core/grid/gridSource";
import { MEMORY_SHEET } from "../../../core/read/carriedStatements";
import {
  workbookBytes,
  writeScaffoldWorkbook,
} from "../../../adapters/xlsx-file/writeScaffoldXlsx";
import { buildTemplateDocx } from "../../../core/docx/buildTemplateDocx";
import { readDocxParagraphs } from "../../../core/docx/readDocxParagraphs";
import { createEngine } from "../../../core/engine/engine";
import { isUserError } from "../../../core/errors/userError";
import type { GridSource } from "../../../core/grid/gridSource";
import { replaySource } from "../../../core/grid/recordedSource";
import type { Pack } from "../../../core/packs/pack.types";
import type { Dataset } from "../../../core/read/dataset.types";
import type { PackPicker } from "../../../core/read/readWorkbook";
import type { OpenedTemplate } from "../../../core/report/openTemplate";
import { scaffoldLayout } from "../../../core/scaffold/scaffoldLayout";
import { BUILTIN_PACKS, templateUrl } from "../builtinPacks";
import type {
  EngineRequest,
  EngineResults,
  PackInput,
  SheetsRead,
  Stage,
  TemplateInput,
  WorkbookInput,
  WorkerMessage,
} from "./workerProtocol";

declare const self: DedicatedWorkerGlobalScope;

const engine = createEngine({ inflateRaw: pakoInflateRaw });
const builtinTemplates = new Map<string, OpenedTemplate>();

function packById(id: string): Pack {
  const pack = BUILTIN_PACKS.find((p) => p.id === id);
  if (!pack) throw new Error(`unknown pack ${id}`);
  return pack;
}

async function source(input: WorkbookInput): Promise<GridSource> {
  return input.kind === "file"
    ? (await openSpreadsheet(input.bytes, pakoInflateRaw)).source
    : replaySource(input.record);
}

function wanted(input: PackInput): Pack | PackPicker {
  if (input.chosen) return packById(input.chosen);
  const fallback = packById(input.fallback);
  return {
    packs: BUILTIN_PACKS,
    pick: (mark) => BUILTIN_PACKS.find((p) => p.id === mark?.id) ?? fallback,
  };
}

type StageSink = (s: Stage, sheets?: SheetsRead) => void;

async function read(workbook: WorkbookInput, pack: PackInput, stage: StageSink): Promise<Dataset> {
  const counted = withSheetProgress(await source(workbook), (done, total) =>
    stage("reading", { done, total }),
  );
  return engine.read(counted, wanted(pack));
}

/** The pack's own template (fetched beside the page, else built from the pack), or the user's. */
async function template(input: TemplateInput, pack: Pack): Promise<OpenedTemplate> {
  if (input.kind === "custom") return engine.openTemplate(input.bytes, input.name);
  const hit = builtinTemplates.get(pack.id);
  if (hit) return hit;
  let bytes: Uint8Array;
  if (pack.template) {
    const res = await fetch(new URL(templateUrl(pack), self.location.href));
    if (!res.ok) throw new Error(`${templateUrl(pack)}: ${res.status}`);
    bytes = new Uint8Array(await res.arrayBuffer());
  } else bytes = buildTemplateDocx(pack);
  const opened = engine.openTemplate(bytes);
  builtinTemplates.set(pack.id, opened);
  return opened;
}

async function handle(
  req: EngineRequest,
  stage: StageSink,
): Promise<EngineResults[EngineRequest["op"]]> {
  switch (req.op) {
    case "inspect": {
      stage("reading");
      return { pack: (await read(req.workbook, req.pack, stage)).pack.id };
    }
    case "check": {
      stage("reading");
      const dataset = await read(req.workbook, req.pack, stage);
      stage("checking");
      const t = await template(req.template, dataset.pack);
      return { pack: dataset.pack.id, check: engine.check(dataset, t).result };
    }
    case "generate": {
      stage("reading");
      const dataset = await read(req.workbook, req.pack, stage);
      stage("checking");
      const t = await template(req.template, dataset.pack);
      stage("rendering");
      const g = engine.generate(dataset, t, { allowIncomplete: req.allowIncomplete });
      if (!g.ok) return { ok: false, pack: dataset.pack.id, reason: g.reason, check: g.check };
      return {
        ok: true,
        pack: dataset.pack.id,
        check: g.check,
        bytes: g.bytes,
        markers: g.markers,
        paragraphs: readDocxParagraphs(g.bytes).filter((p) => p.text.trim() !== ""),
      };
    }
    case "checkTemplate": {
      const pack = packById(req.pack);
      return { issues: engine.checkTemplate(await template(req.template, pack), pack) };
    }
    case "nextYear": {
      stage("reading");
      const { kind, source: src } = await openSpreadsheet(req.bytes, pakoInflateRaw);
      const plan = engine.planNextYear(await engine.read(src, wanted(req.pack)));
      const change = { edits: plan.edits, hiddenSheet: { name: MEMORY_SHEET, rows: plan.memory } };
      const xlsx = kind === "xlsx";
      const bytes = xlsx
        ? editXlsxCells(req.bytes, pakoInflateRaw, change)
        : await writeGridXlsx(await readWholeGrid(src), change);
      return {
        bytes,
        year: plan.year,
        moved: plan.moved,
        sentences: plan.memory.length - 1,
        converted: !xlsx,
      };
    }
    case "scaffold":
      return {
        bytes: await workbookBytes(writeScaffoldWorkbook(scaffoldLayout(packById(req.pack)))),
      };
  }
}

self.onmessage = (e: MessageEvent<{ id: number; request: EngineRequest }>) => {
  const { id, request } = e.data;
  const post = (m: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);
  handle(request, (s, sheets) => post({ id, stage: s, ...(sheets ? { sheets } : {}) })).then(
    (result) => {
      const bytes = (result as { bytes?: Uint8Array }).bytes;
      post({ id, ok: true, result }, bytes ? [bytes.buffer] : []);
    },
    (err: unknown) =>
      post({
        id,
        ok: false,
        failure: isUserError(err) ? { code: err.code, args: err.args } : null,
        message: err instanceof Error ? err.message : String(err),
      }),
  );
};
