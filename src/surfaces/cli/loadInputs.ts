import { readUserFile } from "../../adapters/node-files/files";
import { nodeInflateRaw } from "../../adapters/node-files/nodeInflateRaw";
import { relieveMemory } from "../../adapters/node-files/relieveMemory";
import {
  DEFAULT_PACK_ID,
  listBuiltinPacks,
  loadPack,
  packTemplateBytes,
  type LoadedPack,
} from "../../adapters/node-files/packStore";
import { workbookFiles } from "../../adapters/spreadsheet-file/workbookFiles";
import { createEngine } from "../../core/engine/engine";
import { UserError } from "../../core/engine/essentials";
import type { Pack } from "../../core/packs/pack.types";
import type { Dataset } from "../../core/read/dataset.types";
import type { PackPicker } from "../../core/read/readWorkbook";
import type { OpenedTemplate } from "../../core/report/openTemplate";

/** The CLI's engine: Node's zlib for the capped inflate, workbook files, garbage collection. */
export const engine = createEngine({
  inflateRaw: nodeInflateRaw,
  files: workbookFiles(nodeInflateRaw),
  relieveMemory,
});

/** A workbook file's failures know the file's role; the CLI adds its name. */
export async function naming<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UserError && e.args.role === "workbook" && e.args.path === undefined)
      throw new UserError(e.code, { ...e.args, path });
    throw e;
  }
}

/**
 * The pack to read a workbook with: `--pack`, else the built-in one the workbook's 报告类型 names,
 * else the default; with the folder it was loaded from (where its template is).
 */
export function packChoice(packArg: string | undefined): {
  readonly pack: Pack | PackPicker;
  readonly loaded: (pack: Pack) => LoadedPack;
} {
  const given = packArg === undefined ? null : loadPack(packArg);
  const builtin = given ? [] : listBuiltinPacks();
  const byMark = (id: string | null | undefined): LoadedPack =>
    builtin.find((b) => b.pack.id === id) ??
    builtin.find((b) => b.pack.id === DEFAULT_PACK_ID) ??
    loadPack();
  return {
    pack: given
      ? given.pack
      : { packs: builtin.map((b) => b.pack), pick: (m) => byMark(m?.id).pack },
    loaded: (pack) => given ?? byMark(pack.id),
  };
}

/**
 * A workbook file → the dataset of a pack, reading only what the pack uses. Without `--pack`,
 * the pack is the built-in one the workbook's 报告类型 names, else the default.
 */
export async function readWorkbook(
  path: string,
  packArg: string | undefined,
): Promise<{ dataset: Dataset; loaded: LoadedPack }> {
  const choice = packChoice(packArg);
  const dataset = await naming(path, () =>
    engine.readFile(readUserFile(path, "workbook"), choice.pack),
  );
  return { dataset, loaded: choice.loaded(dataset.pack) };
}

/** The template to use with a pack: `--template`, else the pack's own, both through the guard. */
export async function resolveTemplate(
  loaded: LoadedPack,
  templateArg?: string,
): Promise<OpenedTemplate> {
  if (templateArg) return engine.openTemplate(readUserFile(templateArg, "template"), templateArg);
  return engine.defaultTemplate(loaded.pack, () => packTemplateBytes(loaded));
}
