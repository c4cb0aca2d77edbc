/// <reference lib="webworker" />
/**
 * The engine off the page's thread: reading, checking and rendering run here, so the pane stays
 * responsive on any workbook and 取消 can stop the work outright (the page terminates the worker).
 * The same engine as the CLI; only plain data crosses (bytes, recorded cells, results).
 */
import { pakoInflateRaw } from "../../../adapters/browser-file/pakoInflateRaw";
import { workbookFiles } from "../../../adapters/spreadsheet-file/workbookFiles";
import { createEngine } from "../../../core/engine/engine";
import { isUserError, replaySource } from "../../../core/engine/essentials";
import type { Pack } from "../../../core/packs/pack.types";
import type { Dataset } from "../../../core/read/dataset.types";
import type { PackPicker } from "../../../core/read/readWorkbook";
import type { OpenedTemplate } from "../../../core/report/openTemplate";
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

const engine = createEngine({ inflateRaw: pakoInflateRaw, files: workbookFiles(pakoInflateRaw) });
const builtinTemplates = new Map<string, OpenedTemplate>();

function packById(id: string): Pack {
  const pack = BUILTIN_PACKS.find((p) => p.id === id);
  if (!pack) throw new Error(`unknown pack ${id}`);
  return pack;
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

function read(workbook: WorkbookInput, pack: PackInput, stage: StageSink): Promise<Dataset> {
  stage("reading");
  const progress = (done: number, total: number) => stage("reading", { done, total });
  return workbook.kind === "file"
    ? engine.readFile(workbook.bytes, wanted(pack), progress)
    : engine.read(replaySource(workbook.record), wanted(pack), progress);
}

/** The pack's own template (fetched beside the page, else built from the pack), or the user's. */
async function template(input: TemplateInput, pack: Pack): Promise<OpenedTemplate> {
  if (input.kind === "custom") return engine.openTemplate(input.bytes, input.name);
  const hit = builtinTemplates.get(pack.id);
  if (hit) return hit;
  const opened = await engine.defaultTemplate(pack, async () => {
    const res = await fetch(new URL(templateUrl(pack), self.location.href));
    // a built-in pack's template is part of the installation: not there is a fault of ours
    if (!res.ok) throw new Error(`${templateUrl(pack)}: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  });
  builtinTemplates.set(pack.id, opened);
  return opened;
}

/** Each message, a few lines over the engine. */
async function handle(
  req: EngineRequest,
  stage: StageSink,
): Promise<EngineResults[EngineRequest["op"]]> {
  switch (req.op) {
    case "inspect":
      return { pack: (await read(req.workbook, req.pack, stage)).pack.id };
    case "check": {
      const dataset = await read(req.workbook, req.pack, stage);
      stage("checking");
      const t = await template(req.template, dataset.pack);
      return { pack: dataset.pack.id, check: engine.check(dataset, t).result };
    }
    case "generate": {
      const dataset = await read(req.workbook, req.pack, stage);
      stage("checking");
      const t = await template(req.template, dataset.pack);
      stage("rendering");
      const g = engine.generate(dataset, t, { allowIncomplete: req.allowIncomplete });
      if (!g.ok) return { ok: false, pack: dataset.pack.id, reason: g.reason, check: g.check };
      const { bytes, markers, check } = g;
      return { ok: true, pack: dataset.pack.id, check, bytes, markers, paragraphs: g.preview() };
    }
    case "checkTemplate": {
      const pack = packById(req.pack);
      return { issues: engine.checkTemplate(await template(req.template, pack), pack) };
    }
    case "planPrepare":
      return { plan: engine.planPrepare(await read(req.workbook, req.pack, stage)) };
    case "nextYear": {
      stage("reading");
      const next = await engine.nextYear(req.bytes, wanted(req.pack));
      return {
        bytes: next.bytes,
        year: next.year,
        moved: next.moved,
        sentences: next.sentences,
        converted: next.from !== "xlsx",
      };
    }
    case "scaffold":
      return { bytes: await engine.scaffold(packById(req.pack)) };
  }
}

self.onmessage = (e: MessageEvent<{ id: number; request: EngineRequest }>) => {
  const { id, request } = e.data;
  const post = (m: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);
  handle(request, (s, sheets) => post({ id, stage: s, ...(sheets ? { sheets } : {}) })).then(
    (result) => {
      const bytes = "bytes" in result ? result.bytes : undefined;
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
