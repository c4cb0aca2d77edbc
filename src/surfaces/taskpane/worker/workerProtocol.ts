import type { CheckResult } from "../../../core/check/checkResult.types";
import type { DocxParagraph } from "../../../core/docx/readDocxParagraphs";
import type { FailureArgs, FailureCode } from "../../../core/errors/userError";
import type { GridRecord } from "../../../core/grid/recordedSource";
import type { Issue } from "../../../core/issues/issue.types";
import type { PreparePlan } from "../../../core/scaffold/planPrepare";

/** Where the workbook's cells come from: a file's bytes, or what the Excel add-in read. */
export type WorkbookInput =
  | { readonly kind: "file"; readonly bytes: Uint8Array }
  | { readonly kind: "grid"; readonly record: GridRecord };

export type TemplateInput =
  | { readonly kind: "builtin" }
  | { readonly kind: "custom"; readonly bytes: Uint8Array; readonly name: string };

/** Which report type: the one chosen, else the one the workbook records, else the fallback. */
export interface PackInput {
  readonly chosen: string | null;
  readonly fallback: string;
}

export type EngineRequest =
  | { readonly op: "inspect"; readonly workbook: WorkbookInput; readonly pack: PackInput }
  | {
      readonly op: "check";
      readonly workbook: WorkbookInput;
      readonly pack: PackInput;
      readonly template: TemplateInput;
    }
  | {
      readonly op: "generate";
      readonly workbook: WorkbookInput;
      readonly pack: PackInput;
      readonly template: TemplateInput;
      readonly allowIncomplete: boolean;
    }
  | { readonly op: "checkTemplate"; readonly template: TemplateInput; readonly pack: string }
  | { readonly op: "scaffold"; readonly pack: string }
  | { readonly op: "planPrepare"; readonly workbook: WorkbookInput; readonly pack: PackInput }
  | { readonly op: "nextYear"; readonly bytes: Uint8Array; readonly pack: PackInput };

export type GenerateOutcome =
  | {
      readonly ok: true;
      readonly pack: string;
      readonly check: CheckResult;
      readonly bytes: Uint8Array;
      readonly markers: number;
      readonly paragraphs: readonly DocxParagraph[];
    }
  | {
      readonly ok: false;
      readonly pack: string;
      readonly reason: "template" | "incomplete";
      readonly check: CheckResult;
    };

export interface EngineResults {
  inspect: { readonly pack: string };
  check: { readonly pack: string; readonly check: CheckResult };
  generate: GenerateOutcome;
  checkTemplate: { readonly issues: readonly Issue[] };
  scaffold: { readonly bytes: Uint8Array };
  planPrepare: { readonly plan: PreparePlan };
  nextYear: {
    readonly bytes: Uint8Array;
    readonly year: number;
    readonly moved: number;
    readonly sentences: number;
    /** an .xls or .ods became an .xlsx: its formats were not carried */
    readonly converted: boolean;
  };
}

/** What the worker says: a stage reached (while reading, how many sheets are read), or the answer. */
export type Stage = "reading" | "checking" | "rendering";

/** Of the sheets the report reads, how many are read. */
export interface SheetsRead {
  readonly done: number;
  readonly total: number;
}

export type WorkerMessage =
  | { readonly id: number; readonly stage: Stage; readonly sheets?: SheetsRead }
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      /** a failure the user can act on, by its catalogue code; else a fault of ours */
      readonly failure: { readonly code: FailureCode; readonly args: FailureArgs } | null;
      readonly message: string;
    };
