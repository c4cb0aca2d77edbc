import type { Pack } from "../../../core/packs/pack.types";
import type { PanePatch, TemplateChoice } from "../state/paneState";
import type { PaneContext } from "./paneContext";

/** The Word template: the built-in one, or the clerk's own, checked against the pack when chosen. */
export function useTemplateChoice(ctx: PaneContext) {
  const { strings, state, runner } = ctx;

  const checked = async (name: string, bytes: Uint8Array, pack: Pack): Promise<PanePatch> => {
    const { issues } = await runner.client().request({
      op: "checkTemplate",
      template: { kind: "custom", bytes, name },
      pack: pack.id,
    });
    const custom: TemplateChoice = { kind: "custom", name, bytes, issues };
    return {
      template: custom,
      report: null,
      say: issues.length ? strings.templateBroken : strings.templateChosen(name),
    };
  };

  return {
    chooseTemplate: (file: File | null) =>
      runner.run(strings.loadingEngine, async (): Promise<PanePatch> => {
        if (!file) return { template: { kind: "builtin" }, report: null, say: strings.builtinBack };
        return checked(file.name, new Uint8Array(await file.arrayBuffer()), state.pack);
      }),
    /** after the report type changed: the clerk's template is checked against the new pack's names */
    recheckTemplate: (pack: Pack) => {
      const t = state.template;
      if (t.kind === "custom")
        runner.run(strings.loadingEngine, () => checked(t.name, t.bytes, pack));
    },
  };
}
