import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..", "..");
export const SAMPLES = join(ROOT, "samples");
export const COURT_SAMPLE = join(SAMPLES, "court-annual-sample.xlsx");
export const GOV_SAMPLE = join(SAMPLES, "gov-annual-sample.xlsx");
export const REFERENCE = resolve(
  ROOT,
  "..",
  "shared",
  "reference",
  "dongying-court-2023-report.txt",
);
export const CORPUS = resolve(ROOT, "..", "shared", "corpus", "real-xlsx");

export function tempDir(prefix = "ra-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
