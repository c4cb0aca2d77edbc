import courtAnnual from "../../../packs/court-annual/pack.json";
import govAnnual from "../../../packs/gov-annual/pack.json";
import xxgkAnnual from "../../../packs/xxgk-annual/pack.json";
import { parsePack } from "../../core/engine/essentials";
import type { Pack } from "../../core/packs/pack.types";

/** The packs shipped in the pane's bundle; their templates and samples are copied beside it. */
export const BUILTIN_PACKS: readonly Pack[] = [
  parsePack(courtAnnual, "court-annual"),
  parsePack(govAnnual, "gov-annual"),
  parsePack(xxgkAnnual, "xxgk-annual"),
];

/** URLs relative to the page, so the pane works from any folder of any static server. */
export const templateUrl = (pack: Pack) => `packs/${pack.id}/${pack.template ?? "template.docx"}`;
export const sampleUrl = (pack: Pack) => `samples/${pack.id}-sample.xlsx`;
