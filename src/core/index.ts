/** The engine's public surface: what adapters and surfaces may use. */
export {
  checkWorkbook,
  generateReport,
  type Checked,
  type Generated,
} from "./pipeline/assembleReport";
export type { CheckResult, CategoryStatus } from "./check/checkResult.types";
export type { Issue, IssueCode, IssueLocation, Severity } from "./issues/issue.types";
export { issueMessage, issueWhere } from "./issues/formatIssue";
export type { Locale } from "./issues/issueCatalog";
export type { WorkbookGrid, SheetGrid, CellValue } from "./grid/grid.types";
export { parsePack, PackError } from "./packs/parsePack";
export type { Pack, MetricDef, PackCategory } from "./packs/pack.types";
export { leafCategories } from "./packs/leafCategories";
export { buildTemplateDocx } from "./docx/buildTemplateDocx";
export { scaffoldLayout, type ScaffoldSheet } from "./scaffold/scaffoldLayout";
export { inspectZip, type InflateRaw } from "./zip/inspectZip";
export { WorkbookReadError } from "./zip/workbookReadError";
