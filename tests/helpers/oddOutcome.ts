import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { openSpreadsheet } from "../../src/adapters/spreadsheet-file/openSpreadsheet";
import { readDocxParagraphs } from "../../src/core/docx/readDocxParagraphs";
import { UserError } from "../../src/core/errors/userError";
import type { WorkbookGrid } from "../../src/core/grid/grid.types";
import type { Dataset } from "../../src/core/read/dataset.types";
import { isTemplateIssue } from "../../src/core/issues/issue.types";
import { failureMessage } from "../../src/core/messages/render";
import type { OddInput } from "../corpus/oddInputs";
import { COURT_SAMPLE } from "./paths";
import { courtPack, courtTemplate, engine, generateGrid, readGrid } from "./workbooks";

let sample: WorkbookGrid | undefined;

const text = (bytes: Uint8Array) =>
  readDocxParagraphs(bytes)
    .map((p) => p.text)
    .join("\n");

/**
 * Builds an odd input and asserts the outcome a user must get (a correct read, issues at the right
 * cells, or one clear refusal), quickly: shared by the unit tier and the scale tier.
 */
export async function expectOddOutcome(c: OddInput): Promise<void> {
  sample ??= await readGrid(COURT_SAMPLE);
  const bytes = await c.build();
  const built = Date.now();
  const e = c.expect;
  if (c.kind === "template") {
    if (!("template" in e)) throw new Error("template case without a template expectation");
    // the one way every surface opens a template: the guard, then the compile, then the tags
    let opened;
    try {
      opened = engine.openTemplate(bytes);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      expect(err.code).toBe(e.template);
      expect(err.args.role).toBe("template");
    }
    if (opened) {
      const g = generateGrid(sample as WorkbookGrid, courtPack(), opened, {
        allowIncomplete: true,
      });
      const issues = g.check.issues.filter(isTemplateIssue);
      if (e.template === "ok") {
        expect(issues).toEqual([]);
        expect(g.ok).toBe(true);
        if (g.ok) for (const t of e.text ?? []) expect(text(g.bytes)).toContain(t);
      } else {
        expect(g.ok).toBe(false);
        expect(issues.map((i) => i.code)).toContain(e.template);
      }
    }
  } else {
    let dataset: Dataset | null = null;
    let refusal: string | null = null;
    try {
      // the way the CLI and the pane read a file: only what the pack uses
      dataset = await engine.read(
        (await openSpreadsheet(bytes, nodeInflateRaw)).source,
        courtPack(),
      );
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      expect(failureMessage(err)).toMatch(/。$/);
      expect(failureMessage(err, "en-US")).not.toMatch(/[\u4e00-\u9fff]/);
      refusal = err.code;
    }
    if ("refused" in e) expect(refusal).toBe(e.refused);
    else if ("complete" in e) {
      expect(refusal).toBeNull();
      const { result } = engine.check(dataset as Dataset, courtTemplate());
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
        const g = engine.generate(dataset as Dataset, courtTemplate(), {
          allowIncomplete: true,
        });
        expect(g.ok).toBe(true);
        if (g.ok) for (const t of e.text) expect(text(g.bytes)).toContain(t);
      }
    }
  }
  // bounded: the refusal or the read comes quickly, whatever the input
  expect(Date.now() - built).toBeLessThan(30_000);
}
