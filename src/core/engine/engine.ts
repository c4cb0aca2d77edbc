import type { CheckResult } from "../check/checkResult.types";
import { runChecks } from "../check/runChecks";
import type { GridSource } from "../grid/gridSource";
import { isTemplateIssue, type Issue } from "../issues/issue.types";
import type { Pack } from "../packs/pack.types";
import type { Dataset } from "../read/dataset.types";
import { readWorkbook, type PackPicker } from "../read/readWorkbook";
import { planNextYear, type NextYearPlan } from "../scaffold/planNextYear";
import { isUnchangedReport } from "../report/fingerprint";
import { checkTemplateTags, openTemplate, type OpenedTemplate } from "../report/openTemplate";
import type { ReportLayout } from "../report/layoutReport";
import { renderReport } from "../report/renderReport";
import { buildReportScope, scopeSchema } from "../scope/buildReportScope";
import type { ReportScope } from "../scope/reportScope.types";
import { templateGaps } from "../scope/templateGaps";
import { nameUses } from "../scope/nameUses";
import { isUserError } from "../errors/userError";
import { openPackage } from "../zip/openPackage";
import type { InflateRaw } from "../zip/zipDirectory";

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
    }
  | {
      readonly ok: false;
      /** "template": the template has errors; "incomplete": the workbook has, and no draft was asked for */
      readonly reason: "template" | "incomplete";
      readonly check: CheckResult;
    };

export interface Engine {
  /** A Word template through the zip/DTD guard, compiled; a file that is no usable .docx is a UserError. */
  openTemplate(bytes: Uint8Array, name?: string): OpenedTemplate;
  /** The template's own faults against a pack: syntax, unknown names, misused forms — found from its tags. */
  checkTemplate(template: OpenedTemplate, pack: Pack): Issue[];
  /**
   * workbook → dataset: only the sheets and columns the pack uses are read. Given a picker, the
   * pack is chosen from the workbook's 报告类型 first (dataset.pack says which).
   */
  read(source: GridSource, pack: Pack | PackPicker): Promise<Dataset>;
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
  /** True for a report generated here and unchanged since: the only kind generate may replace. */
  isUnchangedReport(bytes: Uint8Array): boolean;
}

const YES = /^(是|加盖|盖章|有|需要|y|yes|true|√|✓|☑)$/i;

/** What the report's layout takes from the workbook: the unit's name, sealed or not, the pack's terms. */
function reportLayout(dataset: Dataset): ReportLayout {
  const unit = dataset.info.byRole("unitName")?.value;
  const seal = dataset.info.byRole("seal")?.value;
  return {
    ...(unit?.kind === "text" ? { unitName: unit.text } : {}),
    sealed: seal?.kind === "text" && YES.test(seal.text.trim()),
    ...(dataset.pack.noBreak ? { noBreak: dataset.pack.noBreak } : {}),
  };
}

/**
 * The one way into the engine, for the CLI and the pane alike: nothing else assembles the
 * pipeline, so no surface can skip a guard or check a template differently. The platform gives
 * only what differs between Node and the browser: a capped raw inflate.
 */
/** What the engine takes from the platform it runs on. */
export interface Platform {
  /** raw DEFLATE with a cap on its output: zlib in Node, pako in the browser */
  readonly inflateRaw: InflateRaw;
  /**
   * Called between the phases of a report and every few thousand tags of its render: where the
   * platform can, it collects garbage there. A report of hundreds of thousands of paragraphs is
   * built in one synchronous pass, and V8 otherwise lets the old garbage of that pass pile up to
   * several times the memory the report needs (Node: adapters/node-files/relieveMemory.ts).
   */
  readonly relieveMemory?: () => void;
}

export function createEngine(platform: Platform): Engine {
  const { inflateRaw, relieveMemory } = platform;
  const checkTemplate = (template: OpenedTemplate, pack: Pack) =>
    checkTemplateTags(template, scopeSchema(pack));

  const check = (dataset: Dataset, template: OpenedTemplate): Checked => {
    const scope = buildReportScope(dataset);
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
    checkTemplate,
    read: readWorkbook,
    check,
    generate(dataset, template, options) {
      const { scope, result } = check(dataset, template);
      if (result.issues.some((i) => isTemplateIssue(i) && i.severity === "error"))
        return { ok: false, reason: "template", check: result };
      if (!result.complete && !options.allowIncomplete)
        return { ok: false, reason: "incomplete", check: result };
      relieveMemory?.();
      const report = renderReport(
        template,
        scope.reportData(),
        reportLayout(dataset),
        relieveMemory,
      );
      return { ok: true, bytes: report.bytes, markers: report.markers, check: result };
    },
    planNextYear,
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
