import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listBuiltinPacks } from "../../src/adapters/node-files/packStore";
import { buildTemplateDocx } from "../../src/core/docx/buildTemplateDocx";
import { courtAnnualSample } from "../../samples/src/courtAnnualSample";
import { govAnnualSample } from "../../samples/src/govAnnualSample";
import { writeSampleXlsx } from "../../samples/src/writeSampleXlsx";
import { ROOT } from "../helpers/paths";
import { PACK_VALIDATOR_FILE, packValidatorSource } from "../../scripts/build-pack-validator";
import { parsePack } from "../../src/core/packs/parsePack";

/** The shipped binaries are exactly what their sources build: `npm run build:assets` after a change. */
describe("shipped templates and samples are reproducible from source", () => {
  it.each(listBuiltinPacks().map((p) => [p.pack.id, p] as const))("%s template", (_id, loaded) => {
    const shipped = readFileSync(join(loaded.dir, loaded.pack.template ?? "template.docx"));
    expect(Buffer.from(buildTemplateDocx(loaded.pack)).equals(shipped)).toBe(true);
  });

  it("the pack validator is compiled from packs/pack.schema.json as it stands", () => {
    expect(readFileSync(join(ROOT, PACK_VALIDATOR_FILE), "utf8")).toBe(packValidatorSource(ROOT));
  });

  it("every built-in pack passes its own schema", () => {
    for (const { pack } of listBuiltinPacks()) expect(parsePack(pack, pack.id).id).toBe(pack.id);
  });

  it.each([courtAnnualSample, govAnnualSample].map((s) => [s.file, s] as const))(
    "%s",
    async (_f, sample) => {
      const shipped = readFileSync(join(ROOT, "samples", sample.file));
      expect(Buffer.from(await writeSampleXlsx(sample)).equals(shipped)).toBe(true);
    },
  );
});
