import { cellAddress, parseCellAddress } from "../../grid/a1";
import type { Issue } from "../../issues/issue.types";
import type { Pack } from "../../packs/pack.types";
import { GAP_MARKER_PATTERN } from "../../template/templateValues";
import type { TextUse } from "../../scope/reportScope.types";
import { at, issue, type Check } from "../checkContext";

/** The first marker in a text, or null: 【请填写：…】, or a 【待补充：…】 copied from a draft. */
function firstMarker(text: string): string | null {
  GAP_MARKER_PATTERN.lastIndex = 0;
  const m = GAP_MARKER_PATTERN.exec(text);
  GAP_MARKER_PATTERN.lastIndex = 0;
  return m ? m[0] : null;
}

/** A prompt's wording shorter than this could be a clerk's own words. */
const MIN_PROMPT_WORDING = 8;

/** The wording inside each of the pack's prompts (本年度党建工作的特色做法和成效，一至两句). */
function promptWordings(pack: Pack): string[] {
  const out = new Set<string>();
  const visit = (cats: Pack["categories"]) => {
    for (const c of cats) {
      for (const d of c.defaultItems ?? [])
        for (const text of [d.text, d.heading ?? ""])
          for (const m of text.matchAll(/【请填写：([^】]+)】/g))
            if ((m[1] ?? "").length >= MIN_PROMPT_WORDING) out.add(m[1] ?? "");
      if (c.children) visit(c.children);
    }
  };
  visit(pack.categories);
  if (pack.defaultLead)
    for (const m of pack.defaultLead.matchAll(/【请填写：([^】]+)】/g))
      if ((m[1] ?? "").length >= MIN_PROMPT_WORDING) out.add(m[1] ?? "");
  return [...out];
}

/** A few characters either side of a text's first 【 or 】, for the message. */
function aroundBracket(text: string): string | null {
  const i = text.search(/[【】]/);
  if (i === -1) return null;
  return text.slice(Math.max(0, i - 8), i + 9);
}

/**
 * What no official report may print, at the cell that holds it (表述, 小标题, 导语, any text of
 * 报告信息): PROMPT_UNFILLED for a 【请填写：…】 prompt left as the blank workbook gave it, a marker
 * copied from a draft, or a prompt's wording kept after its brackets or 请填写 were deleted;
 * BRACKET_LEFT for any other 【 or 】 — published reports use neither, and a clerk who reads
 * "删去【】中的提示" literally leaves the empty pair.
 */
export const checkPrompts: Check = ({ dataset, scope }) => {
  const out: Issue[] = [];
  const wordings = promptWordings(dataset.pack);
  // one pass over a text for all of the pack's prompts
  const anyWording =
    wordings.length > 0
      ? new RegExp(wordings.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "u")
      : null;
  const fault = (
    text: string,
  ): { code: "PROMPT_UNFILLED" | "BRACKET_LEFT"; arg: string } | null => {
    const bracketed = text.includes("【") || text.includes("】");
    const marker = bracketed ? firstMarker(text) : null;
    if (marker) return { code: "PROMPT_UNFILLED", arg: marker };
    const kept = anyWording?.exec(text)?.[0];
    if (kept) return { code: "PROMPT_UNFILLED", arg: kept };
    const around = bracketed ? aroundBracket(text) : null;
    return around ? { code: "BRACKET_LEFT", arg: around } : null;
  };
  const push = (
    f: ReturnType<typeof fault>,
    sheet: string,
    cell: string,
    category?: string,
  ): void => {
    if (!f) return;
    out.push(
      issue(
        f.code,
        "error",
        at(sheet, cell),
        f.code === "PROMPT_UNFILLED" ? { prompt: f.arg } : { text: f.arg },
        category ? { category } : {},
      ),
    );
  };
  // a prompt inside a condition that does not hold ({#本机关为人民政府}【请填写：…】{/…}) is not
  // in the report: texts with sections get a second look, written out
  const textAt = new Map<string, TextUse>();
  const printed = (f: ReturnType<typeof fault>, sheet: string, cell: string, source: string) => {
    if (!f || f.code !== "PROMPT_UNFILLED" || !/[{｛][#^]/.test(source)) return f;
    if (textAt.size === 0) for (const t of scope.texts) textAt.set(`${t.sheet}!${t.cell}`, t);
    const use = textAt.get(`${sheet}!${cell}`);
    return !use || scope.writeText(use).includes(f.arg) ? f : null;
  };
  const info = dataset.info;
  for (const e of info.entries.values()) {
    if (e.value.kind !== "text" || !e.cell || !info.sheet) continue;
    push(fault(e.value.text), info.sheet, e.cell);
  }
  for (const [categoryId, items] of dataset.items) {
    const sheet = dataset.sheets.find((s) => s.category?.category.id === categoryId);
    const headingsSeen = new Set<number>();
    for (const item of items) {
      push(
        printed(fault(item.text), item.sheet, item.cell, item.text),
        item.sheet,
        item.cell,
        categoryId,
      );
      const row = parseCellAddress(item.cell)?.row;
      const col = sheet?.columns.heading;
      if (row === undefined || col === undefined || headingsSeen.has(row)) continue;
      headingsSeen.add(row);
      push(fault(item.heading), item.sheet, cellAddress(row, col), categoryId);
    }
  }
  return out;
};
