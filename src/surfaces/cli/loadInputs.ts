import { resolve } from "node:path";
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
import { openSpreadsheet } from "../../adapters/spreadsheet-file/openSpreadsheet";
import { createEngine } from "../../core/engine/engine";
import { UserError } from "../../core/errors/userError";
import type { Dataset } from "../../core/read/dataset.types";
import type { PackPicker } from "../../core/read/readWorkbook";
import type { OpenedTemplate } from "../../core/report/openTemplate";

/** The CLI's engine: Node's zlib for the capped inflate, nothing else of the platform. */
export const engine = createEngine({ inflateRaw: nodeInflateRaw, relieveMemory });

/**
 * A workbook file → the dataset of a pack, reading only what the pack uses. Without `--pack`,
 * the pack is the built-in one the workbook's 报告类型 names, else the default.
 */
export async function readWorkbook(
  path: string,
  packArg: string | undefined,
  /** the file's bytes, when the caller has read them already */
  bytes?: Uint8Array,
): Promise<{ dataset: Dataset; loaded: LoadedPack }> {
  const given = packArg === undefined ? null : loadPack(packArg);
  const builtin = given ? [] : listBuiltinPacks();
  const byMark = (id: string | null | undefined): LoadedPack =>
    builtin.find((b) => b.pack.id === id) ??
    builtin.find((b) => b.pack.id === DEFAULT_PACK_ID) ??
    loadPack();
  const picker: PackPicker = {
    packs: builtin.map((b) => b.pack),
    pick: (mark) => byMark(mark?.id).pack,
  };
  try {
    const { source } = await openSpreadsheet(
      bytes ?? readUserFile(path, "workbook"),
      nodeInflateRaw,
    );
    const dataset = await engine.read(source, given ? given.pack : picker);
    return { dataset, loaded: given ?? byMark(dataset.pack.id) };
  } catch (e) {
    // the engine's file failures know the file's role; the CLI adds its name
    if (e instanceof UserError && e.args.role === "workbook" && e.args.path === undefined)
      throw new UserError(e.code, { ...e.args, path });
    throw e;
  }
}

/** The template to use with a pack: `--template`, else the pack's own, both through the guard. */
export function resolveTemplate(loaded: LoadedPack, templateArg?: string): OpenedTemplate {
  if (templateArg) return engine.openTemplate(readUserFile(templateArg, "template"), templateArg);
  const name = loaded.pack.template ? resolve(loaded.dir, loaded.pack.template) : undefined;
  return engine.openTemplate(packTemplateBytes(loaded), name);
}
