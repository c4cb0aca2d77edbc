import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..", "..");
export const SAMPLES = join(ROOT, "samples");
export const COURT_SAMPLE = join(SAMPLES, "court-annual-sample.xlsx");
export const GOV_SAMPLE = join(SAMPLES, "gov-annual-sample.xlsx");
export const XXGK_SAMPLE = join(SAMPLES, "xxgk-annual-sample.xlsx");
export const FIXTURES = join(ROOT, "tests", "fixtures");
/** The published report the court sample must give back word for word. */
export const REFERENCE = join(FIXTURES, "reference", "dongying-court-2023-report.txt");
/** Real workbooks from Excel, LibreOffice, Google Sheets and exporters (see fixtures/NOTICE.md). */
export const CORPUS = join(FIXTURES, "real-xlsx");

export function tempDir(prefix = "ra-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
