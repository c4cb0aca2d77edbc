import type { Pack } from "../../../core/packs/pack.types";
import type { Dataset } from "../../../core/read/dataset.types";
import type { PackPicker } from "../../../core/read/readWorkbook";
import type { PreparePlan } from "../../../core/scaffold/planPrepare";

export type HostKind = "excel" | "word" | "browser";

/** What the pane can do where it runs; the UI offers an action only when its host has it. */
export interface PaneHost {
  readonly kind: HostKind;
  /** the open workbook, read for a pack (only the sheets and columns it uses) */
  readonly readOpenWorkbook?: (pack: Pack | PackPicker) => Promise<Dataset>;
  readonly prepare?: (pack: Pack) => Promise<PreparePlan>;
  readonly highlight?: (cells: ReadonlyArray<{ sheet: string; cell: string }>) => Promise<number>;
  readonly clearHighlight?: () => Promise<number>;
  readonly selectCell?: (sheet: string, cell: string) => Promise<void>;
  readonly insertReport?: (docx: Uint8Array) => Promise<void>;
}
