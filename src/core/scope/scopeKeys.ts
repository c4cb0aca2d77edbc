/**
 * The keys of the report's data that templates name directly: part of the template language, so
 * kept in one table. A category ({审判执行}) has 标题, 简称, 编号 and 表述 (its narrative items);
 * each item has 文本, 标题 and 编号.
 */
export const CATEGORY_KEYS = {
  title: "标题",
  short: "简称",
  number: "编号",
  items: "表述",
} as const;

export const ITEM_KEYS = {
  text: "文本",
  heading: "标题",
  number: "编号",
} as const;

/** The title's key when a pack has no info row with the title role. */
export const DEFAULT_TITLE_KEY = "报告标题";
