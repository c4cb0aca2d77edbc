import { useRef } from "react";
import { isUserError, UserError } from "../../../core/engine/essentials";
import type { Pack } from "../../../core/packs/pack.types";
import type { PackPicker } from "../../../core/read/readWorkbook";
import { sampleUrl } from "../builtinPacks";
import { originName, readOrigin, type WorkbookOrigin } from "../source/workbookOrigin";
import type { PanePatch, SourceInfo } from "../state/paneState";
import type { PackInput, WorkbookInput } from "../worker/workerProtocol";
import type { PaneContext } from "./paneContext";

export const packInput = (pack: Pack, chosen: boolean): PackInput => ({
  chosen: chosen ? pack.id : null,
  fallback: pack.id,
});

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** A read workbook: the engine's input, and (outside Excel) what the source line says of it. */
export interface ReadWorkbook {
  readonly input: WorkbookInput;
  readonly source: SourceInfo | null;
}

/**
 * Where the workbook comes from, outside Excel: a file handle, a picked file or the sample. Every
 * 检查 and 生成报告 reads it again, so a workbook fixed and saved in Excel or WPS is what is
 * checked; Excel's own workbook is read through the host each time.
 */
export function useWorkbookSource(ctx: PaneContext) {
  const { host, packs, strings, state, runner } = ctx;
  const origin = useRef<WorkbookOrigin | null>(null);

  const sourceInfo = (o: WorkbookOrigin): SourceInfo => ({
    name: originName(o),
    readAt: Date.now(),
    kind: o.kind,
  });

  /** The workbook's cells for the worker, read now. */
  const read = async (pack: Pack, chosen: boolean): Promise<ReadWorkbook> => {
    if (host.recordOpenWorkbook) {
      const wanted: Pack | PackPicker = chosen
        ? pack
        : { packs, pick: (mark) => packs.find((p) => p.id === mark?.id) ?? pack };
      const record = await host.recordOpenWorkbook(wanted, runner.checkCancel);
      return { input: { kind: "grid", record }, source: null };
    }
    const o = origin.current;
    if (!o) throw new Error(strings.needWorkbook);
    const bytes = await readOrigin(o);
    return { input: { kind: "file", bytes }, source: sourceInfo(o) };
  };

  /** A new workbook is read at once: a broken one is refused here, naming it, the previous kept. */
  const open = (o: WorkbookOrigin) =>
    runner.run(
      strings.readingWorkbook,
      async (): Promise<PanePatch> => {
        const bytes = await readOrigin(o);
        const { pack } = await runner
          .client()
          .request(
            {
              op: "inspect",
              workbook: { kind: "file", bytes },
              pack: packInput(state.pack, state.packChosen),
            },
            runner.onStage,
          )
          .catch((e: unknown) => {
            // the previous workbook stays in use: what it showed is dimmed under the refusal
            if (state.source) ctx.dispatch({ type: "set", patch: { dimmed: true } });
            throw isUserError(e) && e.args.path === undefined
              ? new UserError(e.code, { ...e.args, path: originName(o) })
              : e;
          });
        origin.current = o;
        return {
          source: sourceInfo(o),
          pack: packs.find((p) => p.id === pack) ?? state.pack,
          check: null,
          report: null,
          say: strings.workbookOpened(originName(o)),
        };
      },
      true,
    );

  /** The pack's bundled sample, fetched and made the workbook (使用示例工作簿, or a link's &sample=). */
  const loadSample = async (pack: Pack): Promise<SourceInfo> => {
    const url = sampleUrl(pack);
    const o: WorkbookOrigin = {
      kind: "sample",
      name: url.split("/").pop() ?? "",
      bytes: await fetchBytes(url),
    };
    origin.current = o;
    return sourceInfo(o);
  };

  const actions = {
    openWorkbook: (file: File) => open({ kind: "file", file }),
    openHandle: (handle: FileSystemFileHandle) => open({ kind: "handle", handle }),
    useSample: () =>
      runner.run(strings.readingWorkbook, async (): Promise<PanePatch> => {
        const source = await loadSample(state.pack);
        return { source, check: null, report: null, say: strings.workbookOpened(source.name) };
      }),
  };

  /** The file next-year starts from: Excel's saved workbook, else the source read now. */
  const currentBytes = async (): Promise<Uint8Array> => {
    if (host.currentFile) return host.currentFile();
    if (!origin.current) throw new Error(strings.needWorkbook);
    return readOrigin(origin.current);
  };

  return { read, actions, loadSample, currentBytes };
}

export type WorkbookSource = ReturnType<typeof useWorkbookSource>;
