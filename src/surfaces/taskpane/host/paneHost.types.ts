import type { WorkbookGrid } from "../../../core/grid/grid.types";
import type { Pack } from "../../../core/packs/pack.types";
import type { PreparePlan } from "../../../core/scaffold/planPrepare";

export type HostKind = "excel" | "word" | "browser";

/** What the pane can do where it runs; the UI offers an action only when its host has it. */
export interface PaneHost {
  readonly kind: HostKind;
  readonly readOpenWorkbook?: () => Promise<WorkbookGrid>;
  readonly prepare?: (pack: Pack) => Promise<PreparePlan>;
  readonly highlight?: (cells: ReadonlyArray<{ sheet: string; cell: string }>) => Promise<number>;
  readonly clearHighlight?: () => Promise<number>;
  readonly selectCell?: (sheet: string, cell: string) => Promise<void>;
  readonly insertReport?: (docx: Uint8Array) => Promise<void>;
}
