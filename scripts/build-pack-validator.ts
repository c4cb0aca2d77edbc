/**
 * Compiles packs/pack.schema.json into a plain validation function (Ajv's standalone code), so
 * that the pane — whose Content-Security-Policy forbids eval — and the CLI validate packs with
 * the same schema pack authors see in their editor. Run by `npm run build:assets`; a test fails
 * when the committed file no longer matches the schema.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone";

export function packValidatorSource(root: string): string {
  const schema = JSON.parse(
    readFileSync(join(root, "packs", "pack.schema.json"), "utf8"),
  ) as object;
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    code: { source: true, lines: true, esm: true },
  });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `/* eslint-disable */\n// @ts-nocheck\n// Generated from packs/pack.schema.json by scripts/build-pack-validator.ts: do not edit.\n${code}\n`;
}

export const PACK_VALIDATOR_FILE = join("src", "core", "packs", "packSchemaValidator.generated.ts");

if (require.main === module) {
  const root = join(__dirname, "..", "..");
  writeFileSync(join(root, PACK_VALIDATOR_FILE), packValidatorSource(root));
}
