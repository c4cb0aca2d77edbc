import { nextYearFileName } from "../../../core/engine/outputNames";
import { XLSX_TYPE, downloadBytes } from "../download";
import type { PanePatch } from "../state/paneState";
import type { PaneContext } from "./paneContext";
import { packInput, type WorkbookSource } from "./useWorkbookSource";

/** Next year's workbook: in Excel it opens as a new window; elsewhere it is downloaded. */
export function useNextYear(ctx: PaneContext, source: WorkbookSource) {
  const { host, strings, state, runner } = ctx;
  return {
    nextYear: () =>
      runner.run(
        strings.working,
        async (): Promise<PanePatch> => {
          const bytes = await source.currentBytes();
          const out = await runner
            .client()
            .request(
              { op: "nextYear", bytes, pack: packInput(state.pack, state.packChosen) },
              runner.onStage,
            );
          const name = nextYearFileName(state.source?.name ?? state.pack.title, out.year);
          if (host.openAsNewWorkbook) await host.openAsNewWorkbook(out.bytes);
          else downloadBytes(out.bytes, name, XLSX_TYPE);
          const text = strings.nextYearMade(
            host.openAsNewWorkbook ? null : name,
            out.year,
            out.moved,
            out.sentences,
          );
          return {
            notice: {
              intent: "success",
              text,
              ...(out.converted ? { details: [strings.nextYearConverted] } : {}),
            },
            say: text,
          };
        },
        true,
      ),
  };
}
