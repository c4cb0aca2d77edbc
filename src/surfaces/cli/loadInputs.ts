import { resolve } from "node:path";
import { readUserFile } from "../../adapters/node-files/files";
import { nodeInflateRaw } from "../../adapters/node-files/nodeInflateRaw";
import { loadPack, packTemplateBytes, type LoadedPack } from "../../adapters/node-files/packStore";
import { openSpreadsheet } from "../../adapters/spreadsheet-file/openSpreadsheet";
import { createEngine } from "../../core/engine/engine";
import { UserError } from "../../core/errors/userError";
import type { Pack } from "../../core/packs/pack.types";
import type { Dataset } from "../../core/read/dataset.types";
import type { OpenedTemplate } from "../../core/report/openTemplate";

/** The CLI's engine: Node's zlib for the capped inflate, nothing else of the platform. */
export const engine = createEngine({ inflateRaw: nodeInflateRaw });

/** A workbook file → the dataset of a pack, reading only what the pack uses. */
export async function readWorkbook(path: string, pack: Pack): Promise<Dataset> {
  try {
    return await engine.read(
      await openSpreadsheet(readUserFile(path, "workbook"), nodeInflateRaw),
      pack,
    );
  } catch (e) {
    // the engine's file failures know the file's role; the CLI adds its name
    if (e instanceof UserError && e.args.role === "workbook" && e.args.path === undefined)
      throw new UserError(e.code, { ...e.args, path });
    throw e;
  }
}

/** The pack, and the template to use with it: `--template`, else the pack's own, both through the guard. */
export function resolvePackAndTemplate(
  packArg?: string,
  templateArg?: string,
): { loaded: LoadedPack; template: OpenedTemplate } {
  const loaded = loadPack(packArg);
  if (templateArg) {
    return {
      loaded,
      template: engine.openTemplate(readUserFile(templateArg, "template"), templateArg),
    };
  }
  const name = loaded.pack.template ? resolve(loaded.dir, loaded.pack.template) : undefined;
  return { loaded, template: engine.openTemplate(packTemplateBytes(loaded), name) };
}
