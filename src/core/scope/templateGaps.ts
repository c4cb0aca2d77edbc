import type { TemplatePlace } from "../issues/issue.types";
import { applyFilters, lookupPath, toSectionValue, toText } from "../template/evaluate";
import type { SiteInOrder } from "../template/inspectTags";
import { nameKey } from "../values/names";
import type { SchemaEntry, ScopeSchema } from "../template/scopeSchema";
import { Gap, type TemplateValue } from "../template/templateValues";
import type { ReportData } from "./reportScope.types";

/** A fact the Word template itself needs and the workbook does not give, and the tag that needs it. */
export interface TemplateGap {
  readonly gap: Gap;
  readonly place: TemplatePlace;
}

interface Frame {
  /** this year's data skips what the section holds */
  readonly skip: boolean;
  /** inside a loop: the names each item has (read per item, so not judged here) */
  readonly item: ReadonlyMap<string, SchemaEntry> | null;
}

function entryAt(schema: ScopeSchema, path: readonly string[]): SchemaEntry | undefined {
  let entry = schema.top.get(path[0] ?? "");
  for (let i = 1; i < path.length && entry; i++) entry = entry.fields?.get(path[i] ?? "");
  return entry;
}

/**
 * What the template's own tags would print as gap markers with this data: a walk over its tags in
 * document order that follows its sections as docxtemplater will — a condition that is false
 * (a blank, zero or 不适用 figure; an absent 成文日期) skips what it holds. Tags reading a loop's
 * items (文本, 标题, 编号) are left out: an item's text is a statement, judged at its own cell.
 */
export function templateGaps(
  sites: ReadonlyArray<SiteInOrder<TemplatePlace>>,
  data: ReportData,
  schema: ScopeSchema,
): TemplateGap[] {
  const out: TemplateGap[] = [];
  const frames: Frame[] = [];
  const ctx = { lookup: (name: string) => lookupPath(data, [nameKey(name)]) };
  const readsItem = (head: string | undefined) =>
    head !== undefined && frames.some((f) => f.item?.has(head));
  const evaluate = (site: SiteInOrder<TemplatePlace>): TemplateValue | undefined => {
    const found = lookupPath(data, site.expr.path);
    return found === undefined ? undefined : applyFilters(found, site.expr, ctx);
  };

  for (const site of sites) {
    if (site.prefix === "/") {
      frames.pop();
      continue;
    }
    const skipping = frames.some((f) => f.skip);
    const head = site.expr.path[0];
    if (site.prefix === "#" || site.prefix === "^") {
      if (skipping || site.expr.path.length === 0 || readsItem(head)) {
        frames.push({ skip: skipping, item: null });
        continue;
      }
      const value = evaluate(site);
      const shown = value === undefined ? false : toSectionValue(value);
      const present = Array.isArray(shown) ? shown.length > 0 : Boolean(shown);
      const entry = entryAt(schema, site.expr.path);
      frames.push({
        skip: site.prefix === "#" ? !present : present,
        // a list's items, or a record's fields, are what the names inside read first
        item: site.prefix === "#" ? (entry?.item ?? entry?.fields ?? null) : null,
      });
      continue;
    }
    if (skipping || site.expr.path.length === 0 || readsItem(head)) continue;
    const value = evaluate(site);
    // an unknown name is the static pass's finding, not a gap
    if (value === undefined) continue;
    const text = toText(value);
    if (text instanceof Gap) out.push({ gap: text, place: site.place });
  }
  return out;
}
