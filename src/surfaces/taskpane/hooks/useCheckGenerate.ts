import type { CheckResult } from "../../../core/check/checkResult.types";
import { reportFileName } from "../../../core/engine/outputNames";
import { isTemplateIssue } from "../../../core/engine/essentials";
import { issueMessage } from "../../../core/messages/render";
import type { Pack } from "../../../core/packs/pack.types";
import type { Notice, PanePatch, SourceInfo, TemplateChoice } from "../state/paneState";
import type { TemplateInput } from "../worker/workerProtocol";
import { verdictText } from "../verdict";
import type { PaneContext } from "./paneContext";
import { issueCells } from "./useExcelTools";
import { packInput, type WorkbookSource } from "./useWorkbookSource";

export const templateInput = (t: TemplateChoice): TemplateInput =>
  t.kind === "custom" ? { kind: "custom", bytes: t.bytes, name: t.name } : { kind: "builtin" };

/** Two checks that say the same: the same issues at the same places. */
function sameResult(a: CheckResult, b: CheckResult): boolean {
  const key = (c: CheckResult) => JSON.stringify(c.issues.map((i) => [i.code, i.location, i.args]));
  return key(a) === key(b);
}

interface Run {
  readonly pack: Pack;
  readonly chosen: boolean;
  readonly template: TemplateChoice;
}

/** 检查 and 生成报告: the workbook read again each time, checked or rendered in the worker. */
export function useCheckGenerate(ctx: PaneContext, source: WorkbookSource) {
  const { packs, strings, locale, state, runner } = ctx;
  const packOf = (id: string) => packs.find((p) => p.id === id) ?? state.pack;

  /** The workbook read now, and what check and generate both send the worker with it. */
  const inputs = async (r: Run) => {
    const read = await source.read(r.pack, r.chosen);
    const request = {
      workbook: read.input,
      pack: packInput(r.pack, r.chosen),
      template: templateInput(r.template),
    };
    return { read, request };
  };

  const checkNow = async (
    r: Run,
    before: CheckResult | null,
    was: SourceInfo | null,
  ): Promise<PanePatch> => {
    const { read, request } = await inputs(r);
    const out = await runner.client().request({ op: "check", ...request }, runner.onStage);
    // marks follow the check: a fixed cell loses its mark, a new issue's cell gets one
    if (state.marked && ctx.host.highlight) await ctx.host.highlight(issueCells(out.check));
    const verdict = strings.checked(verdictText(out.check, strings));
    // a picked file cannot be re-read by the page: an unchanged result may be an unsaved change
    const notice: Notice | null =
      read.source?.kind === "file" && before && sameResult(before, out.check)
        ? { intent: "info", text: strings.sameAsBefore(read.source.name) }
        : null;
    return {
      check: out.check,
      report: null,
      pack: packOf(out.pack),
      source: read.source ?? was,
      notice,
      say: notice ? `${verdict} ${notice.text}` : verdict,
    };
  };

  const generateNow = async (r: Run & { draft: boolean }): Promise<PanePatch> => {
    const { read, request } = await inputs(r);
    const g = await runner
      .client()
      .request({ op: "generate", ...request, allowIncomplete: r.draft }, runner.onStage);
    const pack = packOf(g.pack);
    const sourceNow = read.source ?? state.source;
    if (!g.ok) {
      // an incomplete workbook shows its check: what to fill, each at its cell, and the way on
      const notice: Notice =
        g.reason === "template"
          ? {
              intent: "error",
              text: strings.refusedTemplate,
              details: g.check.issues.filter(isTemplateIssue).map((i) => issueMessage(i, locale)),
            }
          : { intent: "warning", text: strings.refusedIncomplete, action: "generateDraft" };
      return { check: g.check, report: null, notice, pack, source: sourceNow, say: notice.text };
    }
    const draft = !g.check.complete;
    const fileName = reportFileName(sourceNow?.name ?? pack.title, draft);
    const text = strings.generated(g.markers);
    return {
      check: g.check,
      pack,
      source: sourceNow,
      report: { bytes: g.bytes, paragraphs: g.paragraphs, markers: g.markers, fileName, draft },
      notice: { intent: g.markers ? "warning" : "success", text },
      downloaded: false,
      // a draft is asked for each time, never by a box left ticked from the last run
      allowIncomplete: false,
      say: `${text} ${strings.fileName(fileName)}`,
    };
  };

  const current: Run = { pack: state.pack, chosen: state.packChosen, template: state.template };
  const actions = {
    check: () =>
      runner.run(strings.checking, () => checkNow(current, state.check, state.source), true),
    generate: () =>
      runner.run(
        strings.generating,
        () => generateNow({ ...current, draft: state.allowIncomplete }),
        true,
      ),
    generateDraft: () =>
      runner.run(strings.generating, () => generateNow({ ...current, draft: true }), true),
  };

  /**
   * What the ribbon's buttons and links ask for at load (?action=check|generate, and standalone
   * &sample=<pack id>): the action runs at once, as if clicked.
   */
  const startup = (action: "check" | "generate", sample?: string) =>
    runner.run(
      action === "check" ? strings.checking : strings.generating,
      async (): Promise<PanePatch> => {
        let pack = state.pack;
        let was = state.source;
        if (sample && !ctx.host.recordOpenWorkbook) {
          pack = packs.find((p) => p.id === sample) ?? pack;
          was = await source.loadSample(pack);
        }
        const base: Run = { pack, chosen: false, template: state.template };
        const patch =
          action === "check"
            ? await checkNow(base, null, was)
            : await generateNow({ ...base, draft: false });
        return { source: was, ...patch };
      },
      true,
    );

  return { actions, startup };
}
