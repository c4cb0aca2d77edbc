/**
 * Rebuilds the binary files the repository ships, from their sources:
 *   packs/<id>/template.docx     from packs/<id>/pack.json (GB/T 9704 default template)
 *   samples/<pack>-sample.xlsx   from samples/src/*.ts
 * Run with `npm run build:assets`; the output is deterministic, so a rebuild without source
 * changes leaves git clean.
 */
import { join } from "node:path";
import { buildTemplateDocx } from "../src/core/docx/buildTemplateDocx";
import { listBuiltinPacks, PRODUCT_ROOT } from "../src/adapters/node-files/packStore";
import { writeFileAtomic } from "../src/adapters/node-files/writeFileAtomic";
import { writeSampleXlsx } from "../samples/src/writeSampleXlsx";
import { courtAnnualSample } from "../samples/src/courtAnnualSample";
import { govAnnualSample } from "../samples/src/govAnnualSample";

async function main(): Promise<void> {
  for (const { pack, dir } of listBuiltinPacks()) {
    if (!pack.template) continue;
    writeFileAtomic(join(dir, pack.template), buildTemplateDocx(pack));
    console.log(`template  ${join(dir, pack.template)}`);
  }
  for (const sample of [courtAnnualSample, govAnnualSample]) {
    const out = join(PRODUCT_ROOT, "samples", sample.file);
    writeFileAtomic(out, await writeSampleXlsx(sample));
    console.log(`sample    ${out}`);
  }
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
