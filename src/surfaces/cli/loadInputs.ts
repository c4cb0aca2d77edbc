import { existsSync, readFileSync, statSync } from "node:fs";
import { nodeInflateRaw } from "../../adapters/node-files/nodeInflateRaw";
import { loadPack, packTemplate, type LoadedPack } from "../../adapters/node-files/packStore";
import { readXlsxGrid } from "../../adapters/xlsx-file/readXlsxGrid";
import type { WorkbookGrid } from "../../core/grid/grid.types";
import { CliError } from "./exitCodes";

export function readInputFile(path: string, what: string): Uint8Array {
  if (!existsSync(path)) throw new CliError(`找不到${what}：${path}`);
  if (statSync(path).isDirectory()) throw new CliError(`${path} 是文件夹，不是${what}`);
  return new Uint8Array(readFileSync(path));
}

export async function readWorkbook(path: string): Promise<WorkbookGrid> {
  return readXlsxGrid(readInputFile(path, "工作簿"), nodeInflateRaw);
}

export function resolvePackAndTemplate(
  packArg?: string,
  templateArg?: string,
): { loaded: LoadedPack; template: Uint8Array } {
  const loaded = loadPack(packArg);
  const template = templateArg ? readInputFile(templateArg, "模板文件") : packTemplate(loaded);
  return { loaded, template };
}
