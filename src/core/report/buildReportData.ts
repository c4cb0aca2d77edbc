import { leafCategories } from "../packs/leafCategories";
import type { Dataset, NarrativeItem } from "../read/dataset.types";
import { parseDay, parseYear } from "../read/readReportInfo";
import { displayRaw } from "../read/resolveFigure";
import { nameKey } from "../template/names";
import { renderText } from "../template/renderText";
import { DayValue, Gap, MetricValue, type TemplateValue } from "../template/templateValues";
import { normalizeText } from "../values/normalizeText";

type Scope = Record<string, TemplateValue>;

/** Each narrative item as the template sees it inside {#分类.表述}…{/分类.表述}. */
export interface ItemScope {
  readonly 文本: string;
  readonly 标题: string;
  readonly 编号: number;
}

/**
 * Dataset → the data a template reads. Metrics are reachable by code and by name, categories by
 * their sheet name, report information by its key. Narrative items are rendered here, in the same
 * placeholder language, so "开展党建共建活动{党建共建活动}" stays tied to its figure.
 */
export function buildReportData(
  dataset: Dataset,
  options: { itemsPerCategory?: number } = {},
): Scope {
  const { pack } = dataset;
  const data: Scope = Object.create(null) as Scope;
  const put = (name: string, v: TemplateValue) => {
    data[nameKey(name)] = v;
  };

  for (const field of pack.info) {
    const raw = dataset.info.entries.get(field.key)?.raw;
    const text = raw === undefined || raw === null ? "" : displayRaw(raw).trim();
    if (text === "") {
      put(field.key, new Gap(field.key, "missing"));
      continue;
    }
    if (field.kind === "year") {
      const y = parseYear(raw);
      put(field.key, y ?? new Gap(field.key, "invalid"));
    } else if (field.kind === "date") {
      const d = parseDay(raw, dataset.info.year ?? undefined);
      put(field.key, d ? new DayValue(d) : new Gap(field.key, "invalid"));
    } else put(field.key, typeof raw === "string" ? raw.trim() : normalizeText(text));
  }

  for (const def of pack.metrics) {
    const row = dataset.metrics.get(def.code);
    const mv = new MetricValue(
      def,
      row?.figure ?? { kind: "missing" },
      row?.prior ?? { kind: "missing" },
    );
    put(def.code, mv);
    put(def.name, mv);
  }

  // Text fields such as 导语 may use placeholders too; so may the title.
  for (const field of pack.info) {
    const v = data[nameKey(field.key)];
    if (field.kind === "text" && typeof v === "string" && v.includes("{"))
      put(field.key, renderText(v, data).text);
  }
  const givenTitle = data[nameKey("报告标题")];
  if (!(typeof givenTitle === "string" && givenTitle !== "")) {
    put("报告标题", renderText(pack.defaultTitle, data).text);
  }

  for (const leaf of leafCategories(pack)) {
    const all = dataset.items.get(leaf.category.id) ?? [];
    const items =
      options.itemsPerCategory === undefined ? all : all.slice(0, options.itemsPerCategory);
    const scoped = items.map((item, i) => itemScope(item, i, data));
    if (scoped.length === 0) {
      // A category that may be empty says so, the way reports do; one that may not shows a
      // marker where its text belongs, so the draft never silently drops a section.
      const optional = (leaf.category.minItems ?? 0) === 0;
      const text = optional ? "无。" : new Gap(`${leaf.short}的工作表述`, "missing").marker;
      scoped.push({ 文本: text, 标题: "", 编号: 1 });
    }
    put(leaf.short, {
      标题: leaf.category.title,
      简称: leaf.short,
      编号: leaf.path[leaf.path.length - 1] as number,
      表述: scoped as unknown as TemplateValue,
    });
  }
  return data;
}

function itemScope(item: NarrativeItem, index: number, data: Scope): ItemScope {
  const rendered = renderText(item.text, data);
  return {
    文本: rendered.text,
    // the template adds the full stop after a heading; a typed one would be doubled
    标题: item.heading.replace(/[。．.]+$/u, ""),
    编号: index + 1,
  };
}
