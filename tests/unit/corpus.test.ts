import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { openSpreadsheet } from "../../src/adapters/spreadsheet-file/openSpreadsheet";
import { UserError } from "../../src/core/errors/userError";
import { failureMessage, issueMessage } from "../../src/core/messages/render";
import { CORPUS } from "../helpers/paths";
import { courtPack, courtTemplate, engine } from "../helpers/workbooks";

/**
 * Real workbooks from Excel, LibreOffice, Google Sheets and exporters, none of them a standard
 * workbook: each must end in issues or one clear read error, quickly — never a crash or a hang.
 */
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();

describe("real-world workbooks end in a clear outcome", () => {
  it("the corpus is there", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)("%s", async (file) => {
    const start = Date.now();
    const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
    try {
      // the way the CLI and the pane read a file: only what the pack uses
      const dataset = await engine.read(
        (await openSpreadsheet(bytes, nodeInflateRaw)).source,
        courtPack(),
      );
      const { result } = engine.check(dataset, courtTemplate());
      expect(result.complete).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      for (const i of result.issues) expect(issueMessage(i)).toMatch(/[：:]/);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect(failureMessage(e as UserError)).toMatch(/。$/);
    }
    expect(Date.now() - start).toBeLessThan(15_000);
  });
});
