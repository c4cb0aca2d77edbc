import { useReducer } from "react";
import type { Pack } from "../../../core/packs/pack.types";
import type { InsertPlace } from "../../../adapters/office-word/insertReport";
import { XLSX_TYPE, downloadBytes } from "../download";
import type { PaneHost } from "../host/paneHost.types";
import { initialState, paneReducer, type PanePatch } from "../state/paneState";
import type { Strings, UiLocale } from "../strings";
import type { PaneContext } from "./paneContext";
import { useCheckGenerate } from "./useCheckGenerate";
import { useExcelTools } from "./useExcelTools";
import { useNextYear } from "./useNextYear";
import { useRunner } from "./useRunner";
import { useTemplateChoice } from "./useTemplateChoice";
import { useWorkbookSource } from "./useWorkbookSource";

export type {
  Announcement,
  GeneratedReport,
  Notice,
  NoticeIntent,
  PaneState,
  TemplateChoice,
} from "../state/paneState";

/**
 * The pane's state (one reducer) and every action on it, gathered from one small hook per
 * workflow — the workbook's source, check and generate, the template, Excel's tools, next year.
 * Components receive state and actions as props and know no host.
 */
export function useReportAssembler(
  host: PaneHost,
  packs: readonly Pack[],
  strings: Strings,
  locale: UiLocale,
) {
  // cast: the pane is given at least one built-in pack (BUILTIN_PACKS)
  const [state, dispatch] = useReducer(paneReducer, packs[0] as Pack, initialState);
  const runner = useRunner(dispatch, strings, locale);
  const ctx: PaneContext = { host, packs, strings, locale, state, dispatch, runner };
  const source = useWorkbookSource(ctx);
  const work = useCheckGenerate(ctx, source);
  const template = useTemplateChoice(ctx);
  const excel = useExcelTools(ctx, source);
  const nextYear = useNextYear(ctx, source);
  const set = (patch: PanePatch) => dispatch({ type: "set", patch });

  // a new object each render: every action reads the state of the render that made it (the
  // effects that call actions guard themselves with refs, so identity does not matter)
  const actions = {
    ...source.actions,
    ...work.actions,
    ...excel,
    ...nextYear,
    chooseTemplate: template.chooseTemplate,
    choosePack: (id: string) => {
      const pack = packs.find((p) => p.id === id);
      if (!pack) return;
      dispatch({ type: "packChosen", pack });
      template.recheckTemplate(pack);
    },
    setAllowIncomplete: (allowIncomplete: boolean) => set({ allowIncomplete }),
    cancel: runner.cancel,
    /** the blank workbook of the report type asked for (a menu of the packs), else the current one */
    downloadBlank: (packId?: string) =>
      runner.run(strings.working, async (): Promise<PanePatch> => {
        const pack = packs.find((p) => p.id === packId) ?? state.pack;
        const name = `${pack.title}-空白工作簿.xlsx`;
        const { bytes } = await runner.client().request({ op: "scaffold", pack: pack.id });
        downloadBytes(bytes, name, XLSX_TYPE);
        const text = strings.blankDownloaded(name);
        return { notice: { intent: "success", text }, say: text };
      }),
    downloadReport: () => {
      if (!state.report) return;
      downloadBytes(state.report.bytes, state.report.fileName);
      set({ downloaded: true, say: strings.downloaded(state.report.fileName) });
    },
    // into an empty document at once; a document with text asks first (replace, or at the cursor)
    insertIntoWord: (place?: InsertPlace) =>
      runner.run(strings.working, async (): Promise<PanePatch | void> => {
        if (!host.insertReport || !state.report) return;
        if (!place) {
          const empty = host.documentIsEmpty ? await host.documentIsEmpty() : true;
          if (!empty) return { askInsert: true };
        }
        await host.insertReport(state.report.bytes, place ?? "replaceBody");
        return {
          askInsert: false,
          notice: { intent: "success", text: strings.inserted },
          say: strings.inserted,
        };
      }),
    cancelInsert: () => set({ askInsert: false }),
  };
  return { state, actions, startup: work.startup };
}

export type PaneActions = ReturnType<typeof useReportAssembler>["actions"];
