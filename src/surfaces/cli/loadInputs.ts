import { existsSync, readFileSync, statSync } from "node:fs";
import { nodeInflateRaw } from "../../adapters/node-files/nodeInflateRaw";
import {
  isBuiltinPack,
  loadPack,
  packTemplate,
  type LoadedPack,
} from "../../adapters/node-files/packStore";
import { readXlsxGrid } from "../../adapters/xlsx-file/readXlsxGrid";
import type { WorkbookGrid } from "../../core/grid/grid.types";
import { DEFAULT_ZIP_LIMITS, inspectZip } from "../../core/zip/inspectZip";
import { TemplateReadError } from "../../core/zip/workbookReadError";
import { CliError } from "./exitCodes";

export function readInputFile(path: string, what: string): Uint8Array {
  if (!existsSync(path)) throw new CliError(`找不到${what}：${path}`);
  if (statSync(path).isDirectory()) throw new CliError(`${path} 是文件夹，不是${what}`);
  return new Uint8Array(readFileSync(path));
}

export async function readWorkbook(path: string): Promise<WorkbookGrid> {
  return readXlsxGrid(readInputFile(path, "工作簿"), nodeInflateRaw);
}

/** A template file is checked like a workbook (bombs, entity bombs, wrong file types) before use. */
export function readTemplateFile(path: string): Uint8Array {
  const bytes = readInputFile(path, "模板文件");
  const verdict = inspectZip(bytes, nodeInflateRaw, DEFAULT_ZIP_LIMITS, "document");
  if (!verdict.ok) throw new TemplateReadError(verdict.reason);
  return bytes;
}

export function resolvePackAndTemplate(
  packArg?: string,
  templateArg?: string,
): { loaded: LoadedPack; template: Uint8Array; shipped: boolean } {
  const loaded = loadPack(packArg);
  const template = templateArg ? readTemplateFile(templateArg) : packTemplate(loaded);
  // A built-in pack's own template is made from the pack and tested with it; any other template
  // (a user's file, a user's pack) may have been edited and is checked tag by tag.
  const shipped = !templateArg && isBuiltinPack(loaded);
  return { loaded, template, shipped };
}
