import { present } from "../errors/present";
import { metricsByName } from "../packs/metricsByName";
import { leafCategories } from "../packs/leafCategories";
import type { InfoField, LeafCategory, Pack } from "../packs/pack.types";
import type { Dataset, InfoValue, NarrativeItem } from "../read/dataset.types";
import { CellTextRuntime, type TagSite } from "../template/cellTextRuntime";
import { nameUses, type NameUses } from "./nameUses";
import type { StaticType } from "../template/filters";
import { nameKey } from "../values/names";
import type { SchemaEntry, ScopeSchema } from "../template/scopeSchema";
import { newSession } from "../template/tagParser";
import {
  DayValue,
  Gap,
  MetricValue,
  YesNoValue,
  markPrompts,
  tableAnchor,
  wrapMarker,
  type TemplateValue,
} from "../template/templateValues";
import { tableOfCategory } from "../packs/tableGeometry";
import { MISSING, type MetricFigure } from "../values/figure";
import type { BareUses, ReportScope, TextUse } from "./reportScope.types";
import { withSentenceEnd } from "./sentenceEnd";
import { textFactsFinder } from "./textFacts";
import { CATEGORY_KEYS, DEFAULT_TITLE_KEY, ITEM_KEYS } from "./scopeKeys";
import {
  implicitClauses,
  type ClauseFate,
  type DropReason,
  type DroppedClause,
} from "./implicitClauses";
import { normalizeBraces } from "../template/normalizeBraces";

type Data = Record<string, TemplateValue>;

const TEXT: StaticType = { t: "text" };
const NUMBER: StaticType = { t: "number" };

const entry = (type: StaticType, more: Partial<SchemaEntry> = {}): SchemaEntry => ({
  type,
  ...more,
});

function infoType(f: InfoField): StaticType {
  return f.kind === "year" ? NUMBER : f.kind === "date" ? { t: "date" } : TEXT;
}

function titleKey(pack: Pack): string {
  return pack.info.find((f) => f.role === "title")?.key ?? DEFAULT_TITLE_KEY;
}

const ITEM_SCHEMA: ReadonlyMap<string, SchemaEntry> = new Map([
  [ITEM_KEYS.text, entry(TEXT)],
  [ITEM_KEYS.heading, entry(TEXT)],
  [ITEM_KEYS.number, entry(NUMBER)],
]);

/** The names a tag may use, from the pack alone: what templates and statements are checked against. */
export function scopeSchema(pack: Pack): ScopeSchema {
  const top = new Map<string, SchemaEntry>();
  const put = (name: string, e: SchemaEntry) => top.set(nameKey(name), e);
  for (const f of pack.info) put(f.key, entry(infoType(f)));
  put(titleKey(pack), entry(TEXT));
  const metrics = metricsByName(pack);
  for (const m of pack.metrics) {
    put(m.code, entry({ t: "metric", def: m }));
    put(m.name, entry({ t: "metric", def: m }));
  }
  for (const leaf of leafCategories(pack)) {
    const fields = new Map<string, SchemaEntry>([
      [CATEGORY_KEYS.title, entry(TEXT)],
      [CATEGORY_KEYS.short, entry(TEXT)],
      [CATEGORY_KEYS.number, entry(NUMBER)],
      [CATEGORY_KEYS.items, entry({ t: "list" }, { item: ITEM_SCHEMA })],
    ]);
    put(leaf.short, entry({ t: "record" }, { fields }));
  }
  return { top, metricNamed: (name) => metrics.get(nameKey(name)) };
}

function infoTemplateValue(f: InfoField, v: InfoValue): TemplateValue {
  const key = f.key;
  switch (v.kind) {
    case "text":
      return f.kind === "yesNo" ? new YesNoValue(v.text === "是") : v.text;
    case "year":
      return v.year;
    case "date":
      return new DayValue(v.date);
    case "missing":
      return new Gap(key, "missing");
    case "invalid":
      return new Gap(key, "invalid");
  }
}

/** a message names the first few sentences that print a zero, and how many there are */
const BARE_PLACES_KEPT = 5;
/** a sentence's usual number of tags, and more: up to it, names are counted tag by tag */
const FEW_TAGS = 8;

/**
 * Dataset → the data a template reads, and every cell text compiled for it. Metrics are reachable
 * by code and by name, categories by their sheet name, report information by its key. Statements
 * are in the same placeholder language as the template, so "开展党建共建活动{党建共建活动}" stays
 * tied to its figure. Check needs only what each statement meets (its tags, evaluated once each);
 * the statements are written out only when a report is made.
 */
export function buildReportScope(
  dataset: Dataset,
  cellTexts: CellTextRuntime = new CellTextRuntime(),
): ReportScope {
  const { pack } = dataset;
  // cast: a prototype-free record (no __proto__ tricks from names typed by users)
  const data: Data = Object.create(null) as Data;
  const put = (target: Data, name: string, v: TemplateValue) => {
    target[nameKey(name)] = v;
  };
  for (const def of pack.metrics) {
    const row = dataset.metrics.get(def.code);
    const mv = new MetricValue(def, row?.figure ?? MISSING, row?.prior ?? MISSING);
    put(data, def.code, mv);
    put(data, def.name, mv);
  }
  const schema = scopeSchema(pack);
  // every cell text of this report is compiled, checked and written by the runtime given (the
  // engine's, whose caches of shapes outlive a report; they hold no figure)
  const factsOf = textFactsFinder(schema, data, cellTexts);
  const texts: TextUse[] = [];
  const names = new Set<string>();
  const bare = new Map<string, BareUses>();
  const usesPerTag = new Map<string, NameUses>();
  const bareBefore = (tags: readonly TagSite[], end: number, name: string) => {
    for (let j = 0; j < end; j++)
      if (usesPerTag.get(present(tags[j], "tags[j]").raw)?.bare.includes(name)) return true;
    return false;
  };
  const dropped: Array<DroppedClause & { sheet: string; cell: string }> = [];
  const fateOf = clauseFates(dataset);
  const use = (source: string, sheet: string, cell: string, categoryId: string): TextUse => {
    const rewrite = implicitClauses(normalizeBraces(source), fateOf);
    for (const d of rewrite.dropped) dropped.push({ ...d, sheet, cell });
    const compiled = cellTexts.compile(rewrite.source);
    // a figure whose clause left (or became the pack's words for 0) is still used by the text
    if (rewrite.source !== source && rewrite.source !== normalizeBraces(source))
      for (const n of nameUses(cellTexts.compile(source).tags).names) names.add(n);
    const u: TextUse = {
      sheet,
      cell,
      categoryId,
      source,
      written: rewrite.source,
      text: compiled.text,
      facts: factsOf(compiled),
    };
    const countBare = (n: string) => {
      let at = bare.get(n);
      if (!at) bare.set(n, (at = { count: 0, first: [] }));
      at.count += 1;
      if (at.first.length < BARE_PLACES_KEPT) at.first.push({ sheet, cell });
    };
    const { tags } = compiled;
    if (tags.length > FEW_TAGS || tags.some((t) => t.prefix !== "")) {
      // sections decide which names are printed bare: the text is walked whole (so is a text of
      // many tags, where telling each tag's names from those before it would cost their square)
      const found = nameUses(tags);
      for (const n of found.names) names.add(n);
      found.bare.forEach(countBare);
    } else {
      // plain placeholders (nearly every statement): each tag's names are worked out once
      for (let i = 0; i < tags.length; i++) {
        const tag = present(tags[i], "tags[i]");
        let found = usesPerTag.get(tag.raw);
        if (!found) usesPerTag.set(tag.raw, (found = nameUses([tag])));
        for (const n of found.names) names.add(n);
        // a name printed twice in one text ({X}, {X|同比}) counts once for it
        for (const n of found.bare) if (!bareBefore(tags, i, n)) countBare(n);
      }
    }
    texts.push(u);
    return u;
  };
  const textFields: Array<{ key: string; source: string; sheet: string; cell: string }> = [];
  for (const [key, e] of dataset.info.entries) {
    // the 导语, the title and the parts' headings are read like 表述 (checked, carried, rewritten)
    // whether or not they hold a placeholder; other rows only when they do
    const prose =
      e.field.role === "lead" || e.field.role === "title" || e.field.role === "categoryHeading";
    if (e.value.kind === "text" && (prose || e.value.text.includes("{")) && e.cell)
      textFields.push({ key, source: e.value.text, sheet: e.sheet, cell: e.cell });
    else put(data, key, infoTemplateValue(e.field, e.value));
  }
  // the 主送机关 line ends in a full-width colon (GB/T 9704 §7.2.4), typed or not
  const addressee = dataset.info.byRole("addressee");
  if (addressee?.value.kind === "text") {
    const t = addressee.value.text.trim().replace(/[:：]$/, "");
    if (t !== "") put(data, addressee.field.key, `${t}：`);
  }
  // 导语 and a typed title may use placeholders too: few, written out at once.
  for (const f of textFields) {
    const u = use(f.source, f.sheet, f.cell, "");
    put(data, f.key, cellTexts.render(cellTexts.compile(u.written), newSession(data)));
  }
  const title = titleKey(pack);
  const given = data[nameKey(title)];
  if (!(typeof given === "string" && given !== ""))
    put(data, title, cellTexts.render(cellTexts.compile(pack.defaultTitle), newSession(data)));

  const leaves = leafCategories(pack);
  const headings = new Map<string, string>();
  for (const e of dataset.info.entries.values())
    if (e.field.role === "categoryHeading" && e.field.category && e.value.kind === "text")
      headings.set(e.field.category, e.value.text);
  // the unit's own heading for a part, else the pack's
  const headingOf = (leaf: LeafCategory) => headings.get(leaf.category.id) ?? leaf.category.title;
  // each category's statements, compiled, in the order of dataset.items
  const statements = new Map<string, TextUse[]>();
  for (const leaf of leaves) {
    const items = dataset.items.get(leaf.category.id) ?? [];
    statements.set(
      leaf.category.id,
      items.map((item) => use(item.text, item.sheet, item.cell, leaf.category.id)),
    );
    // until the statements are written out, a category reads as itself, without them
    put(
      data,
      leaf.short,
      categoryRecord(
        leaf,
        headingOf(leaf),
        [],
        tableOfCategory(pack, leaf.category.id) !== undefined,
      ),
    );
  }

  let written: Data | null = null;
  let writeOne: ((c: ReturnType<typeof cellTexts.compile>) => string) | null = null;
  return {
    data,
    schema,
    texts,
    dropped,
    uses: { names, bare },
    writeText: (text) => {
      writeOne ??= cellTexts.writer(data);
      return writeOne(cellTexts.compile(text.written));
    },
    reportData: () => {
      if (written) return written;
      // cast: a prototype-free record, as above
      const full: Data = Object.assign(Object.create(null) as Data, data);
      // a prompt the clerk left (【请填写：…】) is marked in the report like a gap: highlighted
      // and counted in a draft (check has already made it an error)
      for (const f of textFields) {
        const v = data[nameKey(f.key)];
        if (typeof v === "string") put(full, f.key, markPrompts(v));
      }
      const write = cellTexts.writer(data);
      for (const leaf of leaves) {
        const items = dataset.items.get(leaf.category.id) ?? [];
        const rendered = (statements.get(leaf.category.id) ?? []).map((text, i) => ({
          item: present(items[i], "items[i]"),
          text: markPrompts(write(cellTexts.compile(text.written))),
        }));
        const table = tableOfCategory(pack, leaf.category.id);
        // the part's table is set right after its heading, wherever the template prints it
        const heading = table ? headingOf(leaf) + tableAnchor(table.id) : headingOf(leaf);
        put(full, leaf.short, categoryRecord(leaf, heading, rendered, table !== undefined));
      }
      return (written = full);
    },
  };
}

/** A category as templates read it, its statements written out (or none yet). */
function categoryRecord(
  leaf: LeafCategory,
  title: string,
  rendered: ReadonlyArray<{ item: NarrativeItem; text: string }>,
  /** the part prints a table: without sentences of its own, the table says it all */
  hasTable = false,
): Data {
  // A statement whose conditions all fell away says nothing: it leaves no empty paragraph.
  const items: Data[] = rendered
    .filter((r) => r.text.trim() !== "")
    .map(({ item, text }, i) => ({
      [ITEM_KEYS.text]: withSentenceEnd(text),
      // the template adds the full stop after a heading; a typed one would be doubled
      [ITEM_KEYS.heading]: item.heading.replace(/[。．.]+$/u, ""),
      [ITEM_KEYS.number]: i + 1,
    }));
  if (items.length === 0 && !hasTable) {
    // A category that may be empty says so, the way reports do; one that may not shows a
    // marker where its text belongs, so the draft never silently drops a section.
    const optional = (leaf.category.minItems ?? 0) === 0;
    const text = optional
      ? "无。"
      : wrapMarker(new Gap(`${leaf.short}的工作表述`, "missing").marker);
    items.push({ [ITEM_KEYS.text]: text, [ITEM_KEYS.heading]: "", [ITEM_KEYS.number]: 1 });
  }
  return {
    [CATEGORY_KEYS.title]: title,
    [CATEGORY_KEYS.short]: leaf.short,
    [CATEGORY_KEYS.number]: leaf.path[leaf.path.length - 1] ?? 0,
    [CATEGORY_KEYS.items]: items,
  };
}

const KEEP: ClauseFate = { kind: "keep" };

/** What each placeholder's figure asks of its clause, from the dataset (see implicitClauses). */
function clauseFates(dataset: Dataset): (tag: string) => ClauseFate {
  const byName = metricsByName(dataset.pack);
  // the same few tags recur in thousands of texts: each is worked out once
  const known = new Map<string, ClauseFate>();
  return (tag) => {
    let fate = known.get(tag);
    if (!fate) known.set(tag, (fate = fateOfTag(tag)));
    return fate;
  };
  function fateOfTag(tag: string): ClauseFate {
    const [head = "", filter = ""] = tag.split("|");
    const def = byName.get(nameKey(head.trim()));
    if (!def) return KEEP;
    const row = dataset.metrics.get(def.code);
    const f = row?.figure ?? MISSING;
    const drop = (reason: DropReason): ClauseFate => ({ kind: "drop", name: def.name, reason });
    if (f.kind === "notApplicable") return drop("notApplicable");
    // a blank required figure stays: an error, and a marker in a draft
    if (f.kind === "missing") return def.required ? KEEP : drop("missing");
    const [form = "", arg = ""] = filter.split(":").map((x) => x.trim());
    const comparison = /^(同比|变化)/u.test(form);
    if (f.kind === "number" && f.value === 0) {
      // "全年未发生…" says it all: the figure's clause becomes those words, its comparison leaves
      if (def.zeroText)
        return comparison ? drop("zero") : { kind: "replace", name: def.name, text: def.zeroText };
      if (def.zero === "drop") return drop("zero");
    }
    const prior = row?.prior ?? MISSING;
    const compared = (p: MetricFigure) => p.kind === "number" && p.value !== 0;
    if (form === "同比分别") {
      const other = byName.get(nameKey(arg));
      const otherPrior = other ? dataset.metrics.get(other.code)?.prior : undefined;
      return compared(prior) || (otherPrior && compared(otherPrior)) ? KEEP : drop("noPrior");
    }
    if (comparison && !compared(prior)) return drop("noPrior");
    if (form === "上年" && prior.kind !== "number") return drop("noPrior");
    return KEEP;
  }
}
