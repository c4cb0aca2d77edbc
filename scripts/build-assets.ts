/**
 * Rebuilds the files the repository ships, from their sources:
 *   src/core/packs/packSchemaValidator.generated.ts  from packs/pack.schema.json
 *   packs/<id>/template.docx     from packs/<id>/pack.json (GB/T 9704 default template)
 *   samples/<pack>-sample.xlsx   from samples/src/*.ts
 * Run with `npm run build:assets`; the output is deterministic, so a rebuild without source
 * changes leaves git clean.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACK_VALIDATOR_FILE, packValidatorSource } from "./build-pack-validator";
import { buildTemplateDocx } from "../src/core/docx/buildTemplateDocx";
import { listBuiltinPacks, productRoot } from "../src/adapters/node-files/packStore";
import { writeFileWhole } from "../src/adapters/node-files/files";
import { writeSampleXlsx } from "../samples/src/writeSampleXlsx";
import { courtAnnualSample } from "../samples/src/courtAnnualSample";
import { govAnnualSample } from "../samples/src/govAnnualSample";
import { xxgkAnnualSample } from "../samples/src/xxgkAnnualSample";

async function main(): Promise<void> {
  writeFileSync(join(productRoot(), PACK_VALIDATOR_FILE), packValidatorSource(productRoot()));
  console.log(`validator ${PACK_VALIDATOR_FILE}`);
  for (const { pack, dir } of listBuiltinPacks()) {
    if (!pack.template) continue;
    writeFileWhole(join(dir, pack.template), buildTemplateDocx(pack), "template");
    console.log(`template  ${join(dir, pack.template)}`);
  }
  for (const sample of [courtAnnualSample, govAnnualSample, xxgkAnnualSample]) {
    const out = join(productRoot(), "samples", sample.file);
    writeFileWhole(out, await writeSampleXlsx(sample), "workbook");
    console.log(`sample    ${out}`);
  }
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
