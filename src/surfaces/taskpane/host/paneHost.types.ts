import type { InsertPlace } from "../../../adapters/office-word/insertReport";
import type { Pack } from "../../../core/packs/pack.types";
import type { GridRecord } from "../../../core/grid/recordedSource";
import type { PackPicker } from "../../../core/read/readWorkbook";
import type { PreparePlan } from "../../../core/scaffold/planPrepare";

export type HostKind = "excel" | "word" | "browser";

/** What the pane can do where it runs; the UI offers an action only when its host has it. */
export interface PaneHost {
  readonly kind: HostKind;
  /** downloads from the pane do not work here (Office on Mac) */
  readonly noDownloads?: boolean;
  /**
   * The open workbook's cells the report needs, read here (Office.js runs on the page's thread)
   * and recorded for the engine worker; `checkCancel` throws between round trips once cancelled.
   */
  readonly recordOpenWorkbook?: (
    pack: Pack | PackPicker,
    checkCancel: () => void,
  ) => Promise<GridRecord>;
  /** Excel: writes what the engine planned for Prepare (only into empty cells and new sheets) */
  readonly applyPrepare?: (plan: PreparePlan) => Promise<void>;
  /** Excel: the open workbook's file, as saved (for next year's workbook) */
  readonly currentFile?: () => Promise<Uint8Array>;
  /** Excel: opens bytes as a new workbook window */
  readonly openAsNewWorkbook?: (xlsx: Uint8Array) => Promise<void>;
  readonly highlight?: (cells: ReadonlyArray<{ sheet: string; cell: string }>) => Promise<number>;
  readonly clearHighlight?: () => Promise<number>;
  /** selects the cell, with the other cells of its sheet the issue names where the host can */
  readonly selectCell?: (sheet: string, cell: string, others?: readonly string[]) => Promise<void>;
  /** Word: whether the open document holds any text (a report replaces only an empty one unasked) */
  readonly documentIsEmpty?: () => Promise<boolean>;
  readonly insertReport?: (docx: Uint8Array, place: InsertPlace) => Promise<void>;
}
