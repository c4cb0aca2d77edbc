import PizZip from "pizzip";
import { buildTemplateDocx } from "../../src/core/docx/buildTemplateDocx";
import { documentXml } from "../../src/core/docx/ooxmlParts";
import type { Pack } from "../../src/core/packs/pack.types";

export const p = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
export const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A Word template whose body is `paragraphs`, with the rest of the package from the pack's default. */
export function templateWith(pack: Pack, paragraphs: string[]): Uint8Array {
  const zip = new PizZip(buildTemplateDocx(pack));
  zip.file("word/document.xml", documentXml(paragraphs.join("")));
  return zip.generate({ type: "uint8array" });
}
