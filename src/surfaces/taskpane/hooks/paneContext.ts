import type { Dispatch } from "react";
import type { Pack } from "../../../core/packs/pack.types";
import type { PaneHost } from "../host/paneHost.types";
import type { PaneEvent, PaneState } from "../state/paneState";
import type { Strings, UiLocale } from "../strings";
import type { Runner } from "./useRunner";

/** What every workflow's hook is given: the host, the packs, the words, the state and the runner. */
export interface PaneContext {
  readonly host: PaneHost;
  readonly packs: readonly Pack[];
  readonly strings: Strings;
  readonly locale: UiLocale;
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneEvent>;
  readonly runner: Runner;
}
