import { useCallback, useRef, type Dispatch } from "react";
import { isUserError } from "../../../core/engine/essentials";
import { failureMessage } from "../../../core/messages/render";
import { officeFailure } from "../host/officeErrors";
import { PaneFailure } from "../source/workbookOrigin";
import type { PaneEvent, PanePatch } from "../state/paneState";
import type { Strings, UiLocale } from "../strings";
import { Cancelled, EngineClient, type StageListener } from "../worker/engineClient";
import type { Stage } from "../worker/workerProtocol";

/** A failure the user can act on is its sentence; anything else is ours, said as such. */
export function describeFailure(e: unknown, locale: UiLocale, strings: Strings): string {
  if (e instanceof PaneFailure) return e.say(strings);
  if (isUserError(e)) return failureMessage(e, locale);
  const office = officeFailure(e);
  if (office) return failureMessage(office, locale);
  return `${strings.failed}${e instanceof Error ? e.message : String(e)}`;
}

export interface Runner {
  /**
   * Runs one action with a progress label and returns at once (a click handler's void): its end —
   * done, cancelled or failed — always lands in the state as a notice, so nothing escapes uncaught.
   */
  readonly run: (
    label: string,
    action: () => Promise<PanePatch | void>,
    cancellable?: boolean,
  ) => void;
  /** the engine worker, started on first use (it holds the heavy code) */
  readonly client: () => EngineClient;
  readonly onStage: StageListener;
  readonly cancel: () => void;
  /** throws Cancelled once 取消 was pressed: Excel's reads call it between round trips */
  readonly checkCancel: () => void;
}

export function useRunner(
  dispatch: Dispatch<PaneEvent>,
  strings: Strings,
  locale: UiLocale,
): Runner {
  const engine = useRef<EngineClient | null>(null);
  const cancelled = useRef(false);
  const client = useCallback(() => (engine.current ??= new EngineClient()), []);

  const onStage: StageListener = useCallback(
    (s: Stage, sheets) => {
      const words: Record<Stage, string> = {
        reading: strings.readingWorkbook,
        checking: strings.checking,
        rendering: strings.generating,
      };
      dispatch({
        type: "progress",
        label:
          s === "reading" && sheets ? strings.readingSheets(sheets.done, sheets.total) : words[s],
      });
    },
    [dispatch, strings],
  );

  const run = useCallback(
    (label: string, action: () => Promise<PanePatch | void>, cancellable = false): void => {
      const perform = async (): Promise<void> => {
        cancelled.current = false;
        dispatch({ type: "started", label, cancellable });
        try {
          dispatch({ type: "finished", patch: (await action()) ?? {} });
        } catch (e) {
          if (e instanceof Cancelled) dispatch({ type: "cancelled", text: strings.cancelled });
          else dispatch({ type: "failed", text: describeFailure(e, locale, strings) });
        }
      };
      void perform();
    },
    [dispatch, strings, locale],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    engine.current?.cancel();
  }, []);
  const checkCancel = useCallback(() => {
    if (cancelled.current) throw new Cancelled();
  }, []);
  return { run, client, onStage, cancel, checkCancel };
}
