import { useCallback, useMemo, useRef, useState } from "react";
import type { CheckResult } from "../../../core/check/checkResult.types";
import type { DocxParagraph } from "../../../core/docx/readDocxParagraphs";
import type { Dataset } from "../../../core/read/dataset.types";
import type { PackPicker } from "../../../core/read/readWorkbook";
import { isUserError } from "../../../core/errors/userError";
import { isTemplateIssue, type Issue } from "../../../core/issues/issue.types";
import { failureMessage, issueMessage } from "../../../core/messages/render";
import type { Pack } from "../../../core/packs/pack.types";
import type { OpenedTemplate } from "../../../core/report/openTemplate";
import { sampleUrl, templateUrl } from "../builtinPacks";
import { XLSX_TYPE, downloadBytes } from "../download";
import { verdictText } from "../verdict";
import { loadEngine } from "../engine/loadEngine";
import type { PaneHost } from "../host/paneHost.types";
import type { Strings, UiLocale } from "../strings";

export type NoticeIntent = "success" | "warning" | "error" | "info";

export interface Notice {
  readonly intent: NoticeIntent;
  readonly text: string;
  readonly details?: readonly string[];
}

/** What a screen reader is told when an action ends (a live region reads it out). */
export interface Announcement {
  readonly text: string;
  /** increases with each announcement, so the same words are read again */
  readonly n: number;
}

export interface GeneratedReport {
  readonly bytes: Uint8Array;
  readonly paragraphs: readonly DocxParagraph[];
  readonly markers: number;
  readonly fileName: string;
}

export type TemplateChoice =
  | { readonly kind: "builtin" }
  | {
      readonly kind: "custom";
      readonly name: string;
      readonly template: OpenedTemplate;
      readonly issues: readonly Issue[];
    };

export interface PaneState {
  readonly pack: Pack;
  /** the user picked the report type: it wins over the one the workbook records (报告类型) */
  readonly packChosen: boolean;
  readonly workbookName: string | null;
  readonly template: TemplateChoice;
  readonly busy: string | null;
  readonly check: CheckResult | null;
  readonly report: GeneratedReport | null;
  readonly notice: Notice | null;
  readonly allowIncomplete: boolean;
  readonly announcement: Announcement | null;
  /** the report was downloaded (a download cannot be seen from the pane otherwise) */
  readonly downloaded: boolean;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** A failure the user can act on is its sentence; anything else is ours, said as such. */
function describeFailure(e: unknown, locale: UiLocale, strings: Strings): string {
  if (isUserError(e)) return failureMessage(e, locale);
  return `${strings.failed}${e instanceof Error ? e.message : String(e)}`;
}

/** The pane's state and every action on it; components receive these as props and know no host. */
export function useReportAssembler(
  host: PaneHost,
  packs: readonly Pack[],
  strings: Strings,
  locale: UiLocale,
) {
  const [state, setState] = useState<PaneState>({
    pack: packs[0] as Pack,
    packChosen: false,
    workbookName: null,
    template: { kind: "builtin" },
    busy: null,
    check: null,
    report: null,
    notice: null,
    allowIncomplete: false,
    announcement: null,
    downloaded: false,
  });
  const announced = useRef(0);
  const announce = (text: string): Announcement => ({ text, n: ++announced.current });
  const workbookBytes = useRef<Uint8Array | null>(null);
  const datasetCache = useRef<{
    bytes: Uint8Array;
    pack: Pack;
    chosen: boolean;
    dataset: Dataset;
  } | null>(null);
  const templates = useRef(new Map<string, OpenedTemplate>());
  const update = (patch: Partial<PaneState>) => setState((s) => ({ ...s, ...patch }));

  /** Runs one action with a progress label; a failure becomes a notice, never an uncaught error. */
  const run = useCallback(
    async (label: string, action: () => Promise<Partial<PaneState> | void>) => {
      update({ busy: label, notice: null });
      try {
        const patch = await action();
        update({ busy: null, ...(patch ?? {}) });
      } catch (e) {
        const text = describeFailure(e, locale, strings);
        update({ busy: null, notice: { intent: "error", text }, announcement: announce(text) });
      }
    },
    [strings, locale],
  );

  /** The workbook read as the report type chosen, else as the one it records (dataset.pack). */
  const readDataset = async (pack: Pack, chosen: boolean): Promise<Dataset> => {
    const wanted: Pack | PackPicker = chosen
      ? pack
      : { packs, pick: (mark) => packs.find((p) => p.id === mark?.id) ?? pack };
    if (host.readOpenWorkbook) return host.readOpenWorkbook(wanted);
    const bytes = workbookBytes.current;
    if (!bytes) throw new Error(strings.noWorkbook);
    const hit = datasetCache.current;
    if (hit?.bytes === bytes && hit.pack === pack && hit.chosen === chosen) return hit.dataset;
    const dataset = await (await loadEngine()).readWorkbookFile(bytes, wanted);
    datasetCache.current = { bytes, pack, chosen, dataset };
    return dataset;
  };

  /** The template in use: the user's own, or the pack's (fetched or built once, opened through the engine). */
  const templateFor = async (pack: Pack, choice: TemplateChoice): Promise<OpenedTemplate> => {
    if (choice.kind === "custom") return choice.template;
    const cached = templates.current.get(pack.id);
    if (cached) return cached;
    const engine = await loadEngine();
    const bytes = pack.template
      ? await fetchBytes(templateUrl(pack))
      : engine.buildTemplateDocx(pack);
    const opened = engine.openTemplate(bytes);
    templates.current.set(pack.id, opened);
    return opened;
  };

  const setWorkbook = (name: string, bytes: Uint8Array) => {
    workbookBytes.current = bytes;
    datasetCache.current = null;
    update({ workbookName: name, check: null, report: null, notice: null });
  };

  interface Run {
    readonly pack: Pack;
    readonly chosen: boolean;
    readonly template: TemplateChoice;
  }

  const checkNow = async (r: Run): Promise<Partial<PaneState>> => {
    const dataset = await readDataset(r.pack, r.chosen);
    const engine = await loadEngine();
    const template = await templateFor(dataset.pack, r.template);
    const check = engine.check(dataset, template).result;
    return {
      check,
      report: null,
      pack: dataset.pack,
      announcement: announce(strings.checked(verdictText(check, strings))),
    };
  };

  const generateNow = async (
    r: Run & { allowIncomplete: boolean; workbookName: string | null },
  ): Promise<Partial<PaneState>> => {
    const dataset = await readDataset(r.pack, r.chosen);
    const engine = await loadEngine();
    const g = engine.generate(dataset, await templateFor(dataset.pack, r.template), {
      allowIncomplete: r.allowIncomplete,
    });
    if (!g.ok) {
      // an incomplete workbook shows its check: what to fill, each at its cell
      const notice: Notice =
        g.reason === "template"
          ? {
              intent: "error",
              text: strings.refusedTemplate,
              details: g.check.issues.filter(isTemplateIssue).map((i) => issueMessage(i, locale)),
            }
          : { intent: "warning", text: strings.refusedIncomplete };
      return {
        check: g.check,
        report: null,
        notice,
        pack: dataset.pack,
        announcement: announce(notice.text),
      };
    }
    const base = (r.workbookName ?? dataset.pack.title).replace(/\.(xlsx|xls|ods)$/i, "");
    const fileName = `${base}-报告.docx`;
    return {
      check: g.check,
      pack: dataset.pack,
      report: {
        bytes: g.bytes,
        paragraphs: engine.readDocxParagraphs(g.bytes).filter((p) => p.text.trim() !== ""),
        markers: g.markers,
        fileName,
      },
      notice: { intent: g.markers ? "warning" : "success", text: strings.generated(g.markers) },
      downloaded: false,
      announcement: announce(`${strings.generated(g.markers)} ${strings.fileName(fileName)}`),
    };
  };

  /**
   * What the ribbon's buttons and links ask for at load (?action=check|generate, and standalone
   * &sample=<pack id>): the action runs at once, as if clicked.
   */
  const startup = (action: "check" | "generate", sample?: string) =>
    run(action === "check" ? strings.checking : strings.generating, async () => {
      let pack = state.pack;
      let workbookName = state.workbookName;
      if (sample && !host.readOpenWorkbook) {
        pack = packs.find((p) => p.id === sample) ?? pack;
        workbookName = sampleUrl(pack).split("/").pop() as string;
        workbookBytes.current = await fetchBytes(sampleUrl(pack));
        datasetCache.current = null;
      }
      const base = { pack, chosen: false, template: state.template };
      const patch =
        action === "check"
          ? await checkNow(base)
          : await generateNow({ ...base, allowIncomplete: false, workbookName });
      return { ...patch, workbookName };
    });

  const actions = useMemo(
    () => ({
      choosePack: (id: string) => {
        const pack = packs.find((p) => p.id === id);
        if (pack) update({ pack, packChosen: true, check: null, report: null, notice: null });
      },
      setAllowIncomplete: (allowIncomplete: boolean) => update({ allowIncomplete }),
      downloadBlank: () =>
        run(strings.working, async () => {
          const engine = await loadEngine();
          const name = `${state.pack.title}-空白工作簿.xlsx`;
          downloadBytes(await engine.scaffoldWorkbook(state.pack), name, XLSX_TYPE);
          const text = strings.blankDownloaded(name);
          return { notice: { intent: "success", text }, announcement: announce(text) };
        }),
      downloadReport: () => {
        if (!state.report) return;
        downloadBytes(state.report.bytes, state.report.fileName);
        update({
          downloaded: true,
          announcement: announce(strings.downloaded(state.report.fileName)),
        });
      },
      // a picked file is read at once: a broken one is refused here, the previous one kept
      openWorkbook: (file: File) =>
        run(strings.readingWorkbook, async () => {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const engine = await loadEngine();
          const picker: PackPicker = {
            packs,
            pick: (mark) => packs.find((p) => p.id === mark?.id) ?? state.pack,
          };
          const dataset = await engine.readWorkbookFile(
            bytes,
            state.packChosen ? state.pack : picker,
          );
          setWorkbook(file.name, bytes);
          datasetCache.current = {
            bytes,
            pack: state.packChosen ? state.pack : dataset.pack,
            chosen: state.packChosen,
            dataset,
          };
          return { pack: dataset.pack };
        }),
      useSample: () =>
        run(strings.readingWorkbook, async () => {
          setWorkbook(
            sampleUrl(state.pack).split("/").pop() as string,
            await fetchBytes(sampleUrl(state.pack)),
          );
        }),
      chooseTemplate: (file: File | null) =>
        run(strings.loadingEngine, async () => {
          if (!file) return { template: { kind: "builtin" } as TemplateChoice, report: null };
          const bytes = new Uint8Array(await file.arrayBuffer());
          const engine = await loadEngine();
          const template = engine.openTemplate(bytes, file.name);
          const issues = engine.checkTemplate(template, state.pack);
          return {
            template: { kind: "custom", name: file.name, template, issues } as TemplateChoice,
            report: null,
          };
        }),
      prepare: () =>
        run(strings.working, async () => {
          if (!host.prepare) return;
          const plan = await host.prepare(state.pack);
          const rows = plan.appends.reduce((n, a) => n + a.values.length, 0);
          const details = plan.skipped.length
            ? [strings.preparedSkipped(plan.skipped.map((s) => s.sheet).join("、"))]
            : [];
          return {
            notice: {
              intent: "success",
              text: strings.prepared(plan.newSheets.length, rows),
              details,
            },
            check: null,
          };
        }),
      check: () =>
        run(strings.checking, () =>
          checkNow({ pack: state.pack, chosen: state.packChosen, template: state.template }),
        ),
      generate: () =>
        run(strings.generating, () =>
          generateNow({
            pack: state.pack,
            chosen: state.packChosen,
            template: state.template,
            allowIncomplete: state.allowIncomplete,
            workbookName: state.workbookName,
          }),
        ),
      highlight: () =>
        run(strings.working, async () => {
          if (!host.highlight || !state.check) return;
          const cells = state.check.issues.flatMap((i) =>
            i.location.kind === "cell" ? [{ sheet: i.location.sheet, cell: i.location.cell }] : [],
          );
          const n = await host.highlight(cells);
          return { notice: { intent: "info", text: strings.highlighted(n) } };
        }),
      clearHighlight: () =>
        run(strings.working, async () => {
          if (!host.clearHighlight) return;
          await host.clearHighlight();
          return { notice: { intent: "info", text: strings.cleared } };
        }),
      goToCell: (sheet: string, cell: string) => {
        if (host.selectCell) void run(strings.working, async () => host.selectCell?.(sheet, cell));
      },
      insertIntoWord: () =>
        run(strings.working, async () => {
          if (!host.insertReport || !state.report) return;
          await host.insertReport(state.report.bytes);
          return { notice: { intent: "success", text: strings.inserted } };
        }),
    }),
    [state, host, packs, strings, run],
  );
  return { state, actions, startup };
}

export type PaneActions = ReturnType<typeof useReportAssembler>["actions"];
