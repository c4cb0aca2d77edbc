import { CellTextRuntime } from "../template/cellTextRuntime";
import type { CheckResult } from "../check/checkResult.types";
import { runChecks } from "../check/runChecks";
import { buildTemplateDocx } from "../docx/buildTemplateDocx";
import { tableValues } from "../scope/tableValues";
import { readDocxParagraphs, type DocxParagraph } from "../docx/readDocxParagraphs";
import { isUserError, UserError } from "../errors/userError";
import type { WorkbookGrid } from "../grid/grid.types";
import { readWholeGrid, withSheetProgress, type GridSource } from "../grid/gridSource";
import { isTemplateIssue, type Issue } from "../issues/issue.types";
import { leafCategories } from "../packs/leafCategories";
import type { Pack } from "../packs/pack.types";
import { MEMORY_SHEET } from "../read/carriedStatements";
import type { Dataset } from "../read/dataset.types";
import { readWorkbook, type PackPicker } from "../read/readWorkbook";
import { isUnchangedReport } from "../report/fingerprint";
import type { ReportLayout } from "../report/layoutReport";
import { checkTemplateTags, openTemplate, type OpenedTemplate } from "../report/openTemplate";
import { renderReport } from "../report/renderReport";
import { planNextYear, type NextYearPlan, type WorkbookChange } from "../scaffold/planNextYear";
import { planPrepare, type PreparePlan } from "../scaffold/planPrepare";
import { scaffoldLayout, type ScaffoldSheet } from "../scaffold/scaffoldLayout";
import { buildReportScope, scopeSchema } from "../scope/buildReportScope";
import { nameUses } from "../scope/nameUses";
import type { ReportScope } from "../scope/reportScope.types";
import { templateGaps } from "../scope/templateGaps";
import { openPackage } from "../zip/openPackage";
import type { InflateRaw } from "../zip/zipDirectory";
import { readYesNo } from "../values/yesNo";

export interface Checked {
  readonly dataset: Dataset;
  readonly scope: ReportScope;
  /** the workbook's issues and the template's (isTemplateIssue tells them apart) */
  readonly result: CheckResult;
}

export type Generated =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /** highlighted gap markers in the report (a draft's 【待补充】) */
      readonly markers: number;
      readonly check: CheckResult;
      /** the report's paragraphs with text, as a preview shows them (read from the bytes on demand) */
      preview(): readonly DocxParagraph[];
    }
  | {
      readonly ok: false;
      /** "template": the template has errors; "incomplete": the workbook has, and no draft was asked for */
      readonly reason: "template" | "incomplete";
      readonly check: CheckResult;
    };

/** What a spreadsheet program saved a workbook file as, told by its content. */
export type WorkbookKind = "xlsx" | "xls" | "ods";

/**
 * Workbook files, as the platform reads and writes them (adapters/spreadsheet-file): opened by
 * content, an .xlsx edited in place, any workbook rewritten as .xlsx, a blank one written.
 */
export interface WorkbookFiles {
  open(bytes: Uint8Array): Promise<{ readonly kind: WorkbookKind; readonly source: GridSource }>;
  /** the cells of an .xlsx changed inside the file, every other part kept as it was */
  edit(bytes: Uint8Array, change: WorkbookChange): Uint8Array;
  /** a workbook read whole (an .xls or .ods) written as a new .xlsx, with the change */
  rewrite(grid: WorkbookGrid, change: WorkbookChange): Promise<Uint8Array>;
  /** the blank standard workbook from its layout */
  blank(layout: readonly ScaffoldSheet[]): Promise<Uint8Array>;
}

/** What the engine takes from the platform it runs on. */
export interface Platform {
  /** raw DEFLATE with a cap on its output: zlib in Node, pako in the browser */
  readonly inflateRaw: InflateRaw;
  /** workbook files: needed by readFile, scaffold and nextYear */
  readonly files?: WorkbookFiles;
  /**
   * Called between the phases of a report and every few thousand tags of its render: where the
   * platform can, it collects garbage there. A report of hundreds of thousands of paragraphs is
   * built in one synchronous pass, and V8 otherwise lets the old garbage of that pass pile up to
   * several times the memory the report needs (Node: adapters/node-files/relieveMemory.ts).
   */
  readonly relieveMemory?: () => void;
}

/** Next year's workbook, written. */
export interface NextYear {
  readonly bytes: Uint8Array;
  readonly year: number;
  /** how many figures moved to 上年同期 */
  readonly moved: number;
  /** how many sentences were carried over (each flagged by check until edited) */
  readonly sentences: number;
  /** what the source was: an .xls or .ods became a new .xlsx without its formatting */
  readonly from: WorkbookKind;
}

/** A pack as a list of report types shows it. */
export interface PackSummary {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  /** the parts (leaf categories), one sheet each */
  readonly parts: number;
  readonly metrics: number;
}

/** Tells the reader how many of the report's sheets are read (a progress display). */
export type SheetProgress = (done: number, total: number) => void;

export interface Engine {
  /** A Word template through the zip/DTD guard, compiled; a file that is no usable .docx is a UserError. */
  openTemplate(bytes: Uint8Array, name?: string): OpenedTemplate;
  /**
   * The pack's own template: its file (given by `packFile`, which the pack names) or, for a pack
   * that names none, one built from the pack. A named file that is missing is a UserError.
   */
  defaultTemplate(
    pack: Pack,
    packFile: (name: string) => Promise<Uint8Array | null> | Uint8Array | null,
  ): Promise<OpenedTemplate>;
  /** The template's own faults against a pack: syntax, unknown names, misused forms — found from its tags. */
  checkTemplate(template: OpenedTemplate, pack: Pack): Issue[];
  /**
   * workbook → dataset: only the sheets and columns the pack uses are read. Given a picker, the
   * pack is chosen from the workbook's 报告类型 first (dataset.pack says which).
   */
  read(source: GridSource, pack: Pack | PackPicker, progress?: SheetProgress): Promise<Dataset>;
  /** The same from a workbook file's bytes (.xlsx, .ods, .xls, told by content). */
  readFile(bytes: Uint8Array, pack: Pack | PackPicker, progress?: SheetProgress): Promise<Dataset>;
  /** dataset → check, with the template's faults among the issues. */
  check(dataset: Dataset, template: OpenedTemplate): Checked;
  /** … → report. Refuses a broken template always, an incomplete workbook unless a draft is asked for. */
  generate(
    dataset: Dataset,
    template: OpenedTemplate,
    options: { readonly allowIncomplete: boolean },
  ): Generated;
  /** Next year's workbook from this year's: the cells to change and the sentences carried over. */
  planNextYear(dataset: Dataset): NextYearPlan;
  /**
   * Next year's workbook from this year's file: the cells changed inside an .xlsx (every other
   * part kept), an .xls or .ods rewritten as .xlsx. The source is never changed.
   */
  nextYear(bytes: Uint8Array, pack: Pack | PackPicker): Promise<NextYear>;
  /** The blank standard workbook of a pack. */
  scaffold(pack: Pack): Promise<Uint8Array>;
  /** What Prepare adds to an open workbook: missing sheets and rows, never over a cell that holds anything. */
  planPrepare(dataset: Dataset): PreparePlan;
  /** A pack as a list of report types shows it. */
  describePack(pack: Pack): PackSummary;
  /** True for a report generated here and unchanged since: the only kind generate may replace. */
  isUnchangedReport(bytes: Uint8Array): boolean;
}

/** What the report's layout takes from the workbook: the unit's name, sealed or not, the pack's terms. */
function reportLayout(dataset: Dataset): ReportLayout {
  const unit = dataset.info.byRole("unitName")?.value;
  const seal = dataset.info.byRole("seal")?.value;
  return {
    ...(unit?.kind === "text" ? { unitName: unit.text } : {}),
    sealed: seal?.kind === "text" && readYesNo(seal.text) === true,
    ...(dataset.pack.noBreak ? { noBreak: dataset.pack.noBreak } : {}),
  };
}

/**
 * The one way into the engine, for the CLI and the pane's worker alike: nothing else assembles a
 * workflow — reading, check, generate, next year's workbook, the blank workbook, Prepare's plan —
 * so no surface can skip a guard or do a step differently. The platform gives only what differs
 * between Node and the browser (see Platform).
 */
export function createEngine(platform: Platform): Engine {
  const { inflateRaw, relieveMemory } = platform;
  // the template language of the workbook's texts, one per engine: reports are built one after
  // another (synchronously), and the shapes it caches carry words as slots, never a figure
  const cellTexts = new CellTextRuntime();
  const files = (): WorkbookFiles => {
    if (!platform.files) throw new Error("this engine was made without workbook files");
    return platform.files;
  };
  const read = (source: GridSource, pack: Pack | PackPicker, progress?: SheetProgress) =>
    readWorkbook(progress ? withSheetProgress(source, progress) : source, pack);
  const checkTemplate = (template: OpenedTemplate, pack: Pack) =>
    checkTemplateTags(template, scopeSchema(pack));

  const check = (dataset: Dataset, template: OpenedTemplate): Checked => {
    const scope = buildReportScope(dataset, cellTexts);
    const templateIssues = checkTemplateTags(template, scope.schema);
    // a template that cannot be read is never rendered: what it would print does not matter
    const gaps =
      template.syntax.length > 0 ? [] : templateGaps(template.sites, scope.data, scope.schema);
    return {
      dataset,
      scope,
      result: runChecks(
        {
          dataset,
          scope,
          templateGaps: gaps,
          templateNames: new Set(nameUses(template.sites).names),
        },
        templateIssues,
      ),
    };
  };

  return {
    openTemplate: (bytes, name) => openTemplate(bytes, inflateRaw, name),
    async defaultTemplate(pack, packFile) {
      if (!pack.template) return openTemplate(buildTemplateDocx(pack), inflateRaw);
      const bytes = await packFile(pack.template);
      if (!bytes)
        throw new UserError("PACK_TEMPLATE_MISSING", { pack: pack.id, path: pack.template });
      return openTemplate(bytes, inflateRaw, pack.template);
    },
    checkTemplate,
    read,
    async readFile(bytes, pack, progress) {
      const { source } = await files().open(bytes);
      return read(source, pack, progress);
    },
    check,
    generate(dataset, template, options) {
      const { scope, result } = check(dataset, template);
      if (result.issues.some((i) => isTemplateIssue(i) && i.severity === "error"))
        return { ok: false, reason: "template", check: result };
      if (!result.complete && !options.allowIncomplete)
        return { ok: false, reason: "incomplete", check: result };
      relieveMemory?.();
      const values = tableValues(dataset);
      const tables = dataset.pack.tables.map((table) => ({
        table,
        values: values.get(table.id) ?? new Map<string, string>(),
      }));
      const report = renderReport(
        template,
        scope.reportData(),
        { ...reportLayout(dataset), draft: !result.complete },
        relieveMemory,
        tables,
      );
      const { bytes, markers } = report;
      return {
        ok: true,
        bytes,
        markers,
        check: result,
        preview: () => readDocxParagraphs(bytes).filter((p) => p.text.trim() !== ""),
      };
    },
    planNextYear,
    async nextYear(bytes, pack) {
      const { kind, source } = await files().open(bytes);
      const plan = planNextYear(await read(source, pack));
      const change: WorkbookChange = {
        edits: plan.edits,
        hiddenSheet: { name: MEMORY_SHEET, rows: plan.memory },
      };
      const written =
        kind === "xlsx"
          ? files().edit(bytes, change)
          : await files().rewrite(await readWholeGrid(source), change);
      return {
        bytes: written,
        year: plan.year,
        moved: plan.moved,
        sentences: plan.sentences,
        from: kind,
      };
    },
    scaffold: (pack) => files().blank(scaffoldLayout(pack)),
    planPrepare,
    describePack: (pack) => ({
      id: pack.id,
      version: pack.version,
      title: pack.title,
      parts: leafCategories(pack).length,
      metrics: pack.metrics.length,
    }),
    isUnchangedReport(bytes) {
      // read through the guard like any file: a report that is not a sound .docx is not ours
      let parts: Map<string, Uint8Array>;
      try {
        parts = openPackage(bytes, inflateRaw, "docx", "report").all();
      } catch (e) {
        if (isUserError(e)) return false;
        throw e;
      }
      return isUnchangedReport(parts);
    },
  };
}
