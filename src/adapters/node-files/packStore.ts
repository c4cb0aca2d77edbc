import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { buildTemplateDocx } from "../../core/docx/buildTemplateDocx";
import { parsePack, PackError } from "../../core/packs/parsePack";
import type { Pack } from "../../core/packs/pack.types";

/** The installed product's root: the nearest folder above this file that holds packs/. */
function productRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "packs", "court-annual", "pack.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("the built-in packs folder is missing from this installation");
    dir = up;
  }
  return dir;
}

export const PRODUCT_ROOT = productRoot();
export const BUILTIN_PACKS_DIR = join(PRODUCT_ROOT, "packs");
export const DEFAULT_PACK_ID = "court-annual";

export interface LoadedPack {
  readonly pack: Pack;
  /** the folder holding pack.json, where the template is looked up */
  readonly dir: string;
}

export function loadPackFile(file: string): LoadedPack {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new PackError(file, [
      e instanceof SyntaxError ? `not valid JSON (${e.message})` : "cannot be read",
    ]);
  }
  return { pack: parsePack(json, file), dir: dirname(file) };
}

export function listBuiltinPacks(): LoadedPack[] {
  return readdirSync(BUILTIN_PACKS_DIR)
    .filter((d) => existsSync(join(BUILTIN_PACKS_DIR, d, "pack.json")))
    .sort()
    .map((d) => loadPackFile(join(BUILTIN_PACKS_DIR, d, "pack.json")));
}

/** `--pack` takes a built-in id, a folder holding pack.json, or a pack.json file. */
export function loadPack(idOrPath: string = DEFAULT_PACK_ID): LoadedPack {
  const asPath = resolve(idOrPath);
  if (existsSync(asPath)) {
    const file = statSync(asPath).isDirectory() ? join(asPath, "pack.json") : asPath;
    if (!existsSync(file)) throw new PackError(idOrPath, ["the folder has no pack.json"]);
    return loadPackFile(file);
  }
  const builtin = join(BUILTIN_PACKS_DIR, basename(idOrPath), "pack.json");
  if (/^[a-z0-9-]+$/.test(idOrPath) && existsSync(builtin)) return loadPackFile(builtin);
  const known = listBuiltinPacks()
    .map((p) => p.pack.id)
    .join(", ");
  throw new PackError(idOrPath, [`no such pack (built-in: ${known}) and no such folder`]);
}

/** A pack shipped with the product (its template is built from it and tested with it). */
export function isBuiltinPack(loaded: LoadedPack): boolean {
  return resolve(loaded.dir) === resolve(BUILTIN_PACKS_DIR, basename(loaded.dir));
}

/** The pack's own template file, or one built from the pack when it ships none. */
export function packTemplate(loaded: LoadedPack): Uint8Array {
  const file = loaded.pack.template ? join(loaded.dir, loaded.pack.template) : null;
  if (file && existsSync(file)) return new Uint8Array(readFileSync(file));
  return buildTemplateDocx(loaded.pack);
}
