import { loadPack, packTemplate } from "../../src/adapters/node-files/packStore";
import { generateReport } from "../../src/core/pipeline/assembleReport";
import { COURT_SAMPLE, GOV_SAMPLE } from "../helpers/paths";
import { readGrid } from "../helpers/workbooks";

describe("generation is deterministic", () => {
  it.each([
    ["court-annual", COURT_SAMPLE],
    ["gov-annual", GOV_SAMPLE],
  ])("%s: the same workbook gives a byte-identical .docx", async (id, file) => {
    const loaded = loadPack(id);
    const run = async () => {
      const g = generateReport(await readGrid(file), loaded.pack, packTemplate(loaded), {
        allowIncomplete: false,
      });
      if (!g.ok) throw new Error("refused");
      return Buffer.from(g.bytes);
    };
    const first = await run();
    await new Promise((r) => setTimeout(r, 1100)); // a second later: no timestamp may leak in
    expect((await run()).equals(first)).toBe(true);
  });
});
