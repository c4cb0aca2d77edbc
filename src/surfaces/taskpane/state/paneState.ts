import type { CheckResult } from "../../../core/check/checkResult.types";
import type { DocxParagraph } from "../../../core/docx/readDocxParagraphs";
import type { Issue } from "../../../core/issues/issue.types";
import type { Pack } from "../../../core/packs/pack.types";

export type NoticeIntent = "success" | "warning" | "error" | "info";

/** What a notice offers to do next, as a button inside it. */
export type NoticeAction = "generateDraft" | "reread";

export interface Notice {
  readonly intent: NoticeIntent;
  readonly text: string;
  readonly details?: readonly string[];
  readonly action?: NoticeAction;
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
  readonly draft: boolean;
}

export type TemplateChoice =
  | { readonly kind: "builtin" }
  | {
      readonly kind: "custom";
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly issues: readonly Issue[];
    };

/**
 * Where the workbook's bytes come from, said to the clerk: its name, when it was last read, and
 * whether each 检查 reads the saved file again by itself (a file handle) or 重新读取 must pick it.
 */
export interface SourceInfo {
  readonly name: string;
  /** ms since the epoch of the last read */
  readonly readAt: number;
  readonly kind: "handle" | "file" | "sample";
}

export interface PaneState {
  readonly pack: Pack;
  /** the user picked the report type: it wins over the one the workbook records (报告类型) */
  readonly packChosen: boolean;
  /** the standalone page's and Word's workbook; null in Excel (the open workbook) or before one */
  readonly source: SourceInfo | null;
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
  /** Excel: the issues' cells are marked (标记), so each new check marks its own cells again */
  readonly marked: boolean;
  /** another file was refused: what is shown is still the previous workbook's, dimmed */
  readonly dimmed: boolean;
}

/** What an action's end changes; `say` is announced to screen readers. */
export type PanePatch = Partial<Omit<PaneState, "announcement">> & { readonly say?: string };

export type PaneEvent =
  | { readonly type: "started"; readonly label: string; readonly cancellable: boolean }
  | { readonly type: "progress"; readonly label: string }
  | { readonly type: "finished"; readonly patch: PanePatch }
  | { readonly type: "failed"; readonly text: string }
  | { readonly type: "cancelled"; readonly text: string }
  /** a small change while idle (a checkbox, the insert question, an announcement) */
  | { readonly type: "set"; readonly patch: PanePatch }
  | { readonly type: "packChosen"; readonly pack: Pack };

export function initialState(pack: Pack): PaneState {
  return {
    pack,
    packChosen: false,
    source: null,
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
    marked: false,
    dimmed: false,
  };
}

function merge(state: PaneState, patch: PanePatch): PaneState {
  const { say, ...rest } = patch;
  return {
    ...state,
    ...rest,
    ...(say !== undefined
      ? { announcement: { text: say, n: (state.announcement?.n ?? 0) + 1 } }
      : {}),
  };
}

/**
 * Every change of the pane's state, in one place: an action starts (busy, its notice cleared),
 * reports progress, and ends — done, failed or cancelled — as a notice and an announcement.
 */
export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "started":
      return {
        ...state,
        busy: event.label,
        cancellable: event.cancellable,
        notice: null,
        dimmed: false,
      };
    case "progress":
      return state.busy === null ? state : { ...state, busy: event.label };
    case "finished":
      return merge({ ...state, busy: null, cancellable: false }, event.patch);
    case "failed":
      return merge(
        { ...state, busy: null, cancellable: false, notice: { intent: "error", text: event.text } },
        { say: event.text },
      );
    case "cancelled":
      return merge(
        { ...state, busy: null, cancellable: false, notice: { intent: "info", text: event.text } },
        { say: event.text },
      );
    case "set":
      return merge(state, event.patch);
    case "packChosen":
      // what was found or made for the other report type no longer holds; a custom template's
      // problems were found against the other pack's names, so they are found again
      return {
        ...state,
        pack: event.pack,
        packChosen: true,
        check: null,
        report: null,
        notice: null,
        template:
          state.template.kind === "custom" ? { ...state.template, issues: [] } : state.template,
      };
  }
}
