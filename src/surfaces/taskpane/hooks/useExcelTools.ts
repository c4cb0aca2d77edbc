import type { CheckResult } from "../../../core/check/checkResult.types";
import type { PanePatch } from "../state/paneState";
import type { PaneContext } from "./paneContext";
import { describeFailure } from "./useRunner";
import { packInput, type WorkbookSource } from "./useWorkbookSource";

/** The cells a check names: each issue's own, and the others it names (a table's sum and its parts). */
export function issueCells(check: CheckResult): Array<{ sheet: string; cell: string }> {
  return check.issues.flatMap((i) =>
    i.location.kind === "cell"
      ? [{ sheet: i.location.sheet, cell: i.location.cell }, ...(i.related ?? [])]
      : [],
  );
}

/** Excel's own tools: Prepare, marking the cells check names, and going to a cell. */
export function useExcelTools(ctx: PaneContext, source: WorkbookSource) {
  const { host, strings, locale, state, dispatch, runner } = ctx;
  return {
    prepare: () =>
      runner.run(strings.working, async (): Promise<PanePatch | void> => {
        if (!host.applyPrepare) return;
        // planned by the engine in its worker from the cells read here; applied here
        const read = await source.read(state.pack, true);
        const { plan } = await runner.client().request({
          op: "planPrepare",
          workbook: read.input,
          pack: packInput(state.pack, true),
        });
        await host.applyPrepare(plan);
        const details = plan.skipped.length
          ? [strings.preparedSkipped(plan.skipped.map((s) => s.sheet).join("、"))]
          : [];
        const text = strings.prepared(plan.newSheets.length, plan.metricRows);
        return { notice: { intent: "success", text, details }, check: null, say: text };
      }),
    highlight: () =>
      runner.run(strings.working, async (): Promise<PanePatch | void> => {
        if (!host.highlight || !state.check) return;
        const text = strings.highlighted(await host.highlight(issueCells(state.check)));
        return { notice: { intent: "info", text }, marked: true, say: text };
      }),
    clearHighlight: () =>
      runner.run(strings.working, async (): Promise<PanePatch | void> => {
        if (!host.clearHighlight) return;
        await host.clearHighlight();
        return {
          notice: { intent: "info", text: strings.cleared },
          marked: false,
          say: strings.cleared,
        };
      }),
    // straight to the host: going to a cell is no action of its own and keeps what is on screen
    goToCell: (sheet: string, cell: string, others: readonly string[] = []) => {
      if (!host.selectCell) return;
      host.selectCell(sheet, cell, others).then(
        () => dispatch({ type: "set", patch: { say: strings.selected(sheet, cell) } }),
        (e: unknown) => {
          const text = describeFailure(e, locale, strings);
          dispatch({ type: "set", patch: { notice: { intent: "error", text }, say: text } });
        },
      );
    },
  };
}
