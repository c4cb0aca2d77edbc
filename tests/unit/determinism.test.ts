import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { loadPack, packTemplateBytes } from "../../src/adapters/node-files/packStore";
import { COURT_SAMPLE, GOV_SAMPLE, ROOT, tempDir } from "../helpers/paths";
import { engine, generateGrid, readGrid } from "../helpers/workbooks";

describe("generation is deterministic", () => {
  it.each([
    ["court-annual", COURT_SAMPLE],
    ["gov-annual", GOV_SAMPLE],
  ])("%s: the same workbook gives a byte-identical .docx", async (id, file) => {
    const loaded = loadPack(id);
    const template = engine.openTemplate(packTemplateBytes(loaded));
    const run = async () => {
      const g = generateGrid(await readGrid(file), loaded.pack, template, {
        allowIncomplete: false,
      });
      if (!g.ok) throw new Error("refused");
      return Buffer.from(g.bytes);
    };
    const first = await run();
    await new Promise((r) => setTimeout(r, 1100)); // a second later: no timestamp may leak in
    expect((await run()).equals(first)).toBe(true);
  });

  it("gives the same bytes under any time zone and locale", () => {
    const dir = tempDir();
    const runs = [
      { TZ: "UTC", LANG: "C" },
      { TZ: "Asia/Shanghai", LANG: "zh_CN.UTF-8" },
      { TZ: "America/New_York", LANG: "en_US.UTF-8" },
    ].map((env, i) => {
      const out = join(dir, `r${i}.docx`);
      const r = spawnSync(
        process.execPath,
        [
          join(ROOT, "bin", "report-assembler.js"),
          "generate",
          GOV_SAMPLE,
          "--pack",
          "gov-annual",
          "-o",
          out,
        ],
        { env: { ...process.env, ...env, LC_ALL: "" }, encoding: "utf8" },
      );
      expect(r.status).toBe(0);
      return readFileSync(out);
    });
    expect(runs[1]!.equals(runs[0]!)).toBe(true);
    expect(runs[2]!.equals(runs[0]!)).toBe(true);
  });
});
