import { resolve } from "node:path";
import { readUserFile } from "../../adapters/node-files/files";
import { nodeInflateRaw } from "../../adapters/node-files/nodeInflateRaw";
import { loadPack, packTemplateBytes, type LoadedPack } from "../../adapters/node-files/packStore";
import { readXlsxGrid } from "../../adapters/xlsx-file/readXlsxGrid";
import { createEngine } from "../../core/engine/engine";
import { UserError } from "../../core/errors/userError";
import type { WorkbookGrid } from "../../core/grid/grid.types";
import type { OpenedTemplate } from "../../core/report/openTemplate";

/** The CLI's engine: Node's zlib for the capped inflate, nothing else of the platform. */
export const engine = createEngine({ inflateRaw: nodeInflateRaw });

export async function readWorkbook(path: string): Promise<WorkbookGrid> {
  try {
    return await readXlsxGrid(readUserFile(path, "workbook"), nodeInflateRaw);
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
