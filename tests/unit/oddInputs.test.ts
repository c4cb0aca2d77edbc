import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { readXlsxGrid } from "../../src/adapters/xlsx-file/readXlsxGrid";
import { readDocxParagraphs } from "../../src/core/docx/readDocxParagraphs";
import type { WorkbookGrid } from "../../src/core/grid/grid.types";
import { checkWorkbook, generateReport } from "../../src/core/pipeline/assembleReport";
import { readDataset } from "../../src/core/read/readDataset";
import { buildReportData } from "../../src/core/report/buildReportData";
import { renderReport } from "../../src/core/report/renderReport";
import { DEFAULT_ZIP_LIMITS, inspectZip } from "../../src/core/zip/inspectZip";
import { WorkbookReadError } from "../../src/core/zip/workbookReadError";
import { ODD_INPUTS } from "../corpus/oddInputs";
import { COURT_SAMPLE } from "../helpers/paths";
import { courtPack, courtTemplate, readGrid } from "../helpers/workbooks";

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(COURT_SAMPLE);
});

const text = (bytes: Uint8Array) =>
  readDocxParagraphs(bytes)
    .map((p) => p.text)
    .join("\n");

describe("odd and hostile inputs end in a correct read or one clear refusal", () => {
  it("there are at least 40 of them", () => {
    expect(ODD_INPUTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ODD_INPUTS.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const start = Date.now();
    const bytes = await c.build();
    const built = Date.now();
    const e = c.expect;
    if (c.kind === "template") {
      if (!("template" in e)) throw new Error("template case without a template expectation");
      const verdict = inspectZip(bytes, nodeInflateRaw, DEFAULT_ZIP_LIMITS, "document");
      if (!verdict.ok) {
        expect(verdict.reason).toBe(e.template);
      } else {
        const out = renderReport(bytes, buildReportData(readDataset(sample, courtPack())));
        if (e.template === "ok") {
          expect(out.ok && out.issues.length === 0).toBe(true);
          if (out.ok) for (const t of e.text ?? []) expect(text(out.bytes)).toContain(t);
        } else {
          expect(out.issues.map((i) => i.code)).toContain(e.template);
        }
      }
    } else {
      let grid: WorkbookGrid | null = null;
      let refusal: string | null = null;
      try {
        grid = await readXlsxGrid(bytes, nodeInflateRaw);
      } catch (err) {
        if (!(err instanceof WorkbookReadError)) throw err;
        expect(err.message).toMatch(/。$/);
        refusal = err.reason;
      }
      if ("refused" in e) expect(refusal).toBe(e.refused);
      else if ("complete" in e) {
        expect(refusal).toBeNull();
        const { result } = checkWorkbook(grid as WorkbookGrid, courtPack(), courtTemplate());
        for (const want of e.issues ?? []) {
          expect(result.issues).toContainEqual(
            expect.objectContaining({
              code: want.code,
              location: expect.objectContaining({
                ...(want.sheet ? { sheet: want.sheet } : {}),
                ...(want.cell ? { cell: want.cell } : {}),
              }),
            }),
          );
        }
        expect([
          result.complete,
          result.issues.filter((i) => i.severity === "error").map((i) => i.code),
        ]).toEqual([e.complete, e.complete ? [] : expect.anything()]);
        if (e.text) {
          const g = generateReport(grid as WorkbookGrid, courtPack(), courtTemplate(), {
            allowIncomplete: true,
          });
          expect(g.ok).toBe(true);
          if (g.ok) for (const t of e.text) expect(text(g.bytes)).toContain(t);
        }
      }
    }
    // bounded: the refusal or the read comes quickly, whatever the input
    expect(Date.now() - built).toBeLessThan(30_000);
    void start;
  });
});
