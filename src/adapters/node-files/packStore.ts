import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { buildTemplateDocx } from "../../core/docx/buildTemplateDocx";
import { UserError } from "../../core/errors/userError";
import { parsePack } from "../../core/packs/parsePack";
import type { Pack } from "../../core/packs/pack.types";

let root: string | null = null;

/** The installed product's root: the nearest folder above this file that holds packs/. */
export function productRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(join(dir, "packs", "court-annual", "pack.json"))) {
    const up = dirname(dir);
    // An installation without its packs is broken, not the user's input: an internal error.
    if (up === dir) throw new Error("the built-in packs folder is missing from this installation");
    dir = up;
  }
  return (root = dir);
}

const builtinPacksDir = () => join(productRoot(), "packs");
export const DEFAULT_PACK_ID = "court-annual";

export interface LoadedPack {
  readonly pack: Pack;
  /** the folder holding pack.json, where the template is looked up */
  readonly dir: string;
}

function loadPackFile(file: string): LoadedPack {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    if (e instanceof SyntaxError)
      throw new UserError("PACK_NOT_JSON", { path: file, detail: e.message });
    throw new UserError("FILE_NO_PERMISSION", { role: "pack", path: file });
  }
  return { pack: parsePack(json, file), dir: dirname(file) };
}

export function listBuiltinPacks(): LoadedPack[] {
  const dir = builtinPacksDir();
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, "pack.json")))
    .sort()
    .map((d) => loadPackFile(join(dir, d, "pack.json")));
}

/** `--pack` takes a built-in id, a folder holding pack.json, or a pack.json file. */
export function loadPack(idOrPath: string = DEFAULT_PACK_ID): LoadedPack {
  const asPath = resolve(idOrPath);
  if (existsSync(asPath)) {
    const file = statSync(asPath).isDirectory() ? join(asPath, "pack.json") : asPath;
    if (!existsSync(file)) throw new UserError("FILE_NOT_FOUND", { role: "pack", path: file });
    return loadPackFile(file);
  }
  const builtin = join(builtinPacksDir(), basename(idOrPath), "pack.json");
  if (/^[a-z0-9-]+$/.test(idOrPath) && existsSync(builtin)) return loadPackFile(builtin);
  const known = listBuiltinPacks()
    .map((p) => p.pack.id)
    .join(", ");
  throw new UserError("PACK_NOT_FOUND", { name: idOrPath, known });
}

/**
 * The pack's template file, or one built from the pack when it names none. A template the pack
 * names but does not have is an error, never silently replaced by the built one.
 */
export function packTemplateBytes(loaded: LoadedPack): Uint8Array {
  if (!loaded.pack.template) return buildTemplateDocx(loaded.pack);
  const file = join(loaded.dir, basename(loaded.pack.template)); // parsePack allows names only
  if (!existsSync(file) || statSync(file).isDirectory())
    throw new UserError("PACK_TEMPLATE_MISSING", { pack: loaded.pack.id, path: file });
  return new Uint8Array(readFileSync(file));
}
