import { useCallback, useRef, useState } from "react";
import type { CheckResult } from "../../../core/check/checkResult.types";
import type { DocxParagraph } from "../../../core/docx/readDocxParagraphs";
import { nextYearFileName, reportFileName } from "../../../core/engine/outputNames";
import { isUserError, UserError } from "../../../core/engine/essentials";
import { isTemplateIssue } from "../../../core/engine/essentials";
import type { Issue } from "../../../core/issues/issue.types";
import { failureMessage, issueMessage } from "../../../core/messages/render";
import type { Pack } from "../../../core/packs/pack.types";
import type { PackPicker } from "../../../core/read/readWorkbook";
import { sampleUrl } from "../builtinPacks";
import { XLSX_TYPE, downloadBytes } from "../download";
import { Cancelled, EngineClient, type StageListener } from "../worker/engineClient";
import type { PackInput, Stage, TemplateInput, WorkbookInput } from "../worker/workerProtocol";
import type { InsertPlace } from "../../../adapters/office-word/insertReport";
import { officeFailure } from "../host/officeErrors";
import type { PaneHost } from "../host/paneHost.types";
import type { Strings, UiLocale } from "../strings";
import { verdictText } from "../verdict";

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
      readonly bytes: Uint8Array;
      readonly issues: readonly Issue[];
    };

export interface PaneState {
  readonly pack: Pack;
  /** the user picked the report type: it wins over the one the workbook records (报告类型) */
  readonly packChosen: boolean;
  readonly workbookName: string | null;
  readonly template: TemplateChoice;
  /** what runs now, said to the user; null when idle */
  readonly busy: string | null;
  /** the work running can be stopped (取消) */
  readonly cancellable: boolean;
  readonly check: CheckResult | null;
  readonly report: GeneratedReport | null;
  readonly notice: Notice | null;
  readonly allowIncomplete: boolean;
  readonly announcement: Announcement | null;
  /** the report was downloaded (a download cannot be seen from the pane otherwise) */
  readonly downloaded: boolean;
  /** Word: the document has text; the clerk is asked where the report goes */
  readonly askInsert: boolean;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** A failure the user can act on is its sentence; anything else is ours, said as such. */
function describeFailure(e: unknown, locale: UiLocale, strings: Strings): string {
  if (isUserError(e)) return failureMessage(e, locale);
  const office = officeFailure(e);
  if (office) return failureMessage(office, locale);
  return `${strings.failed}${e instanceof Error ? e.message : String(e)}`;
}

const templateInput = (t: TemplateChoice): TemplateInput =>
  t.kind === "custom" ? { kind: "custom", bytes: t.bytes, name: t.name } : { kind: "builtin" };

/** The pane's state and every action on it; components receive these as props and know no host. */
export function useReportAssembler(
  host: PaneHost,
  packs: readonly Pack[],
  strings: Strings,
  locale: UiLocale,
) {
  const [state, setState] = useState<PaneState>({
    // cast: the pane is given at least one built-in pack (BUILTIN_PACKS)
    pack: packs[0] as Pack,
    packChosen: false,
    workbookName: null,
    template: { kind: "builtin" },
    busy: null,
    cancellable: false,
    check: null,
    report: null,
    notice: null,
    allowIncomplete: false,
    announcement: null,
    downloaded: false,
    askInsert: false,
  });
  const announced = useRef(0);
  const announce = (text: string): Announcement => ({ text, n: ++announced.current });
  const workbookBytes = useRef<Uint8Array | null>(null);
  const engine = useRef<EngineClient | null>(null);
  const client = () => (engine.current ??= new EngineClient());
  /** set by 取消: the Excel read stops at its next round trip */
  const cancelled = useRef(false);
  const update = (patch: Partial<PaneState>) => setState((s) => ({ ...s, ...patch }));

  const stageWords: Record<Stage, string> = {
    reading: strings.readingWorkbook,
    checking: strings.checking,
    rendering: strings.generating,
  };
  const onStage: StageListener = (s, sheets) =>
    update({
      busy:
        s === "reading" && sheets
          ? strings.readingSheets(sheets.done, sheets.total)
          : stageWords[s],
    });

  /**
   * Runs one action with a progress label and returns at once (a click handler's void): its end —
   * done, cancelled or failed — always lands in the state as a notice, so nothing escapes uncaught.
   */
  const run = useCallback(
    (
      label: string,
      action: () => Promise<Partial<PaneState> | void>,
      cancellable = false,
    ): void => {
      const perform = async (): Promise<void> => {
        cancelled.current = false;
        update({ busy: label, cancellable, notice: null });
        try {
          const patch = await action();
          update({ busy: null, cancellable: false, ...(patch ?? {}) });
        } catch (e) {
          if (e instanceof Cancelled) {
            update({
              busy: null,
              cancellable: false,
              notice: { intent: "info", text: strings.cancelled },
              announcement: announce(strings.cancelled),
            });
            return;
          }
          const text = describeFailure(e, locale, strings);
          update({
            busy: null,
            cancellable: false,
            notice: { intent: "error", text },
            announcement: announce(text),
          });
        }
      };
      void perform();
    },
    [strings, locale],
  );

  const packInput = (pack: Pack, chosen: boolean): PackInput => ({
    chosen: chosen ? pack.id : null,
    fallback: pack.id,
  });

  /** The workbook's cells for the worker: the file's bytes, or what Excel gives (read here). */
  const workbookInput = async (pack: Pack, chosen: boolean): Promise<WorkbookInput> => {
    if (host.recordOpenWorkbook) {
      const wanted: Pack | PackPicker = chosen
        ? pack
        : { packs, pick: (mark) => packs.find((p) => p.id === mark?.id) ?? pack };
      const record = await host.recordOpenWorkbook(wanted, () => {
        if (cancelled.current) throw new Cancelled();
      });
      return { kind: "grid", record };
    }
    const bytes = workbookBytes.current;
    if (!bytes) throw new Error(strings.needWorkbook);
    return { kind: "file", bytes };
  };

  const packOf = (id: string) => packs.find((p) => p.id === id) ?? state.pack;

  interface Run {
    readonly pack: Pack;
    readonly chosen: boolean;
    readonly template: TemplateChoice;
  }

  const checkNow = async (r: Run): Promise<Partial<PaneState>> => {
    const out = await client().request(
      {
        op: "check",
        workbook: await workbookInput(r.pack, r.chosen),
        pack: packInput(r.pack, r.chosen),
        template: templateInput(r.template),
      },
      onStage,
    );
    return {
      check: out.check,
      report: null,
      pack: packOf(out.pack),
      announcement: announce(strings.checked(verdictText(out.check, strings))),
    };
  };

  const generateNow = async (
    r: Run & { allowIncomplete: boolean; workbookName: string | null },
  ): Promise<Partial<PaneState>> => {
    const g = await client().request(
      {
        op: "generate",
        workbook: await workbookInput(r.pack, r.chosen),
        pack: packInput(r.pack, r.chosen),
        template: templateInput(r.template),
        allowIncomplete: r.allowIncomplete,
      },
      onStage,
    );
    const pack = packOf(g.pack);
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
      return { check: g.check, report: null, notice, pack, announcement: announce(notice.text) };
    }
    const fileName = reportFileName(r.workbookName ?? pack.title, !g.check.complete);
    return {
      check: g.check,
      pack,
      report: { bytes: g.bytes, paragraphs: g.paragraphs, markers: g.markers, fileName },
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
    run(
      action === "check" ? strings.checking : strings.generating,
      async () => {
        let pack = state.pack;
        let workbookName = state.workbookName;
        if (sample && !host.recordOpenWorkbook) {
          pack = packs.find((p) => p.id === sample) ?? pack;
          workbookName = sampleUrl(pack).split("/").pop() ?? "";
          workbookBytes.current = await fetchBytes(sampleUrl(pack));
        }
        const base = { pack, chosen: false, template: state.template };
        const patch =
          action === "check"
            ? await checkNow(base)
            : await generateNow({ ...base, allowIncomplete: false, workbookName });
        return { ...patch, workbookName };
      },
      true,
    );

  // a new object each render: every action reads the state of the render that made it (the
  // effects that call actions guard themselves with refs, so identity does not matter)
  const actions = {
    choosePack: (id: string) => {
      const pack = packs.find((p) => p.id === id);
      if (pack) update({ pack, packChosen: true, check: null, report: null, notice: null });
    },
    setAllowIncomplete: (allowIncomplete: boolean) => update({ allowIncomplete }),
    cancel: () => {
      cancelled.current = true;
      engine.current?.cancel();
    },
    downloadBlank: () =>
      run(strings.working, async () => {
        const name = `${state.pack.title}-空白工作簿.xlsx`;
        const { bytes } = await client().request({ op: "scaffold", pack: state.pack.id });
        downloadBytes(bytes, name, XLSX_TYPE);
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
      run(
        strings.readingWorkbook,
        async () => {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const { pack } = await client()
            .request(
              {
                op: "inspect",
                workbook: { kind: "file", bytes },
                pack: packInput(state.pack, state.packChosen),
              },
              onStage,
            )
            .catch((e: unknown) => {
              // a refusal names the file it refuses
              throw isUserError(e) && e.args.path === undefined
                ? new UserError(e.code, { ...e.args, path: file.name })
                : e;
            });
          workbookBytes.current = bytes;
          return {
            workbookName: file.name,
            pack: packOf(pack),
            check: null,
            report: null,
          };
        },
        true,
      ),
    useSample: () =>
      run(strings.readingWorkbook, async () => {
        workbookBytes.current = await fetchBytes(sampleUrl(state.pack));
        return {
          workbookName: sampleUrl(state.pack).split("/").pop() ?? "",
          check: null,
          report: null,
        };
      }),
    chooseTemplate: (file: File | null) =>
      run(strings.loadingEngine, async () => {
        const builtin: TemplateChoice = { kind: "builtin" };
        if (!file) return { template: builtin, report: null };
        const bytes = new Uint8Array(await file.arrayBuffer());
        const { issues } = await client().request({
          op: "checkTemplate",
          template: { kind: "custom", bytes, name: file.name },
          pack: state.pack.id,
        });
        const custom: TemplateChoice = { kind: "custom", name: file.name, bytes, issues };
        return { template: custom, report: null };
      }),
    prepare: () =>
      run(strings.working, async () => {
        if (!host.applyPrepare) return;
        // planned by the engine in its worker from the cells read here; applied here
        const { plan } = await client().request({
          op: "planPrepare",
          workbook: await workbookInput(state.pack, true),
          pack: packInput(state.pack, true),
        });
        await host.applyPrepare(plan);
        const rows = plan.appends.reduce((n, a) => n + a.values.length, 0);
        const details = plan.skipped.length
          ? [strings.preparedSkipped(plan.skipped.map((s) => s.sheet).join("、"))]
          : [];
        const text = strings.prepared(plan.newSheets.length, rows);
        return {
          notice: { intent: "success", text, details },
          check: null,
          announcement: announce(text),
        };
      }),
    check: () =>
      run(
        strings.checking,
        () => checkNow({ pack: state.pack, chosen: state.packChosen, template: state.template }),
        true,
      ),
    generate: () =>
      run(
        strings.generating,
        () =>
          generateNow({
            pack: state.pack,
            chosen: state.packChosen,
            template: state.template,
            allowIncomplete: state.allowIncomplete,
            workbookName: state.workbookName,
          }),
        true,
      ),
    highlight: () =>
      run(strings.working, async () => {
        if (!host.highlight || !state.check) return;
        // an issue's own cell and the others it names (a table's sum and its parts)
        const cells = state.check.issues.flatMap((i) =>
          i.location.kind === "cell"
            ? [{ sheet: i.location.sheet, cell: i.location.cell }, ...(i.related ?? [])]
            : [],
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
    goToCell: (sheet: string, cell: string, others: readonly string[] = []) => {
      if (host.selectCell)
        void run(strings.working, async () => host.selectCell?.(sheet, cell, others));
    },
    // into an empty document at once; a document with text asks first (replace, or at the cursor)
    insertIntoWord: (place?: InsertPlace) =>
      run(strings.working, async () => {
        if (!host.insertReport || !state.report) return;
        if (!place) {
          const empty = host.documentIsEmpty ? await host.documentIsEmpty() : true;
          if (!empty) return { askInsert: true };
        }
        await host.insertReport(state.report.bytes, place ?? "replaceBody");
        return {
          askInsert: false,
          notice: { intent: "success", text: strings.inserted },
          announcement: announce(strings.inserted),
        };
      }),
    cancelInsert: () => update({ askInsert: false }),
    // next year's workbook: in Excel it opens as a new window; elsewhere it is downloaded
    nextYear: () =>
      run(
        strings.working,
        async () => {
          const bytes = host.currentFile ? await host.currentFile() : workbookBytes.current;
          if (!bytes) throw new Error(strings.needWorkbook);
          const out = await client().request(
            { op: "nextYear", bytes, pack: packInput(state.pack, state.packChosen) },
            onStage,
          );
          const name = nextYearFileName(state.workbookName ?? state.pack.title, out.year);
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
            announcement: announce(text),
          };
        },
        true,
      ),
  };
  return { state, actions, startup };
}

export type PaneActions = ReturnType<typeof useReportAssembler>["actions"];
